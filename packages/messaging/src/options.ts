import { MessagingError } from './errors.js';

export interface MessagingConnectionOptions {
  /** NATS URL(s), e.g. `nats://127.0.0.1:4222`. */
  servers: string | string[];
  /** Prefix for every subject and stream (tests, parallel runs); see resolveTopology. */
  namespace?: string;
  /** Connection name shown in NATS monitoring. */
  connectionName?: string;
  /** How long the first connect may take before boot fails. */
  connectTimeoutMs?: number;
}

/** How one durable consumer retries and how much it processes at once. */
export interface ConsumerPolicy {
  /** Handlers of this subject running at once in this process. */
  concurrency: number;
  /** Time the server waits for an ack before redelivering (the handler heartbeats meanwhile). */
  ackWaitMs: number;
  /** Deliveries before a message is dead-lettered (the first delivery counts). */
  maxDeliver: number;
  /** nak delay after the n-th failed delivery; the last entry repeats. */
  retryDelaysMs: number[];
  /** Unacked messages the server lets this durable (all instances together) have out. */
  maxAckPending: number;
}

export const DEFAULT_CONSUMER_POLICY: Readonly<ConsumerPolicy> = Object.freeze({
  concurrency: 4,
  ackWaitMs: 30_000,
  maxDeliver: 5,
  retryDelaysMs: [1_000, 5_000, 30_000, 120_000],
  maxAckPending: 1_000,
});

const SERVICE_NAME = /^[a-z0-9][a-z0-9-]{0,31}$/;

export function assertServiceName(service: string): void {
  if (!SERVICE_NAME.test(service)) {
    throw new MessagingError(
      'INVALID_OPTIONS',
      `service "${service}" is invalid: use 1-32 lowercase letters, digits or '-' (it names durable consumers)`,
    );
  }
}

/** Merges overrides onto the defaults and rejects values the server would refuse or misuse. */
export function resolveConsumerPolicy(
  ...overrides: Array<Partial<ConsumerPolicy> | undefined>
): ConsumerPolicy {
  const policy: ConsumerPolicy = { ...DEFAULT_CONSUMER_POLICY };
  for (const override of overrides) {
    if (!override) continue;
    for (const [key, value] of Object.entries(override)) {
      if (value !== undefined) (policy as unknown as Record<string, unknown>)[key] = value;
    }
  }
  const positiveInts: Array<keyof ConsumerPolicy> = [
    'concurrency',
    'ackWaitMs',
    'maxDeliver',
    'maxAckPending',
  ];
  for (const key of positiveInts) {
    const value = policy[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      throw new MessagingError(
        'INVALID_OPTIONS',
        `consumer policy ${key} must be a positive integer, got ${String(value)}`,
      );
    }
  }
  if (policy.retryDelaysMs.length === 0 || policy.retryDelaysMs.some((d) => !Number.isInteger(d) || d < 0)) {
    throw new MessagingError(
      'INVALID_OPTIONS',
      'consumer policy retryDelaysMs must be a non-empty list of integers >= 0',
    );
  }
  return policy;
}
