/**
 * The one place where a handler's result becomes a JetStream acknowledgement:
 *   success                                  → ack
 *   permanent error (bad input, never fixable by retrying) → dead-letter, then term
 *   transient error on the last allowed delivery           → dead-letter, then term
 *   other transient error                    → nak with the policy's delay
 */

export type Outcome =
  | { kind: 'ack' }
  | { kind: 'retry'; delayMs: number; errorCode: string; reason: string }
  | { kind: 'dead-letter'; errorCode: string; reason: string; permanent: boolean };

export interface OutcomeInput {
  /** `undefined` when the handler succeeded. */
  error?: unknown;
  failed: boolean;
  deliveryCount: number;
  maxDeliver: number;
  retryDelaysMs: readonly number[];
  isPermanentError: (error: unknown) => boolean;
}

export function errorCodeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && code.length > 0 ? code : 'UNKNOWN';
}

export function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null) {
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string') return message;
    try {
      return JSON.stringify(error);
    } catch {
      return String(error);
    }
  }
  return String(error);
}

export function decideOutcome(input: OutcomeInput): Outcome {
  if (!input.failed) return { kind: 'ack' };
  const errorCode = errorCodeOf(input.error);
  const reason = reasonOf(input.error);
  if (input.isPermanentError(input.error)) return { kind: 'dead-letter', errorCode, reason, permanent: true };
  if (input.deliveryCount >= input.maxDeliver) {
    return {
      kind: 'dead-letter',
      errorCode,
      reason: `gave up after ${input.deliveryCount} deliveries: ${reason}`,
      permanent: false,
    };
  }
  const delays = input.retryDelaysMs;
  const delayMs = delays[Math.min(Math.max(input.deliveryCount, 1), delays.length) - 1] ?? 0;
  return { kind: 'retry', delayMs, errorCode, reason };
}
