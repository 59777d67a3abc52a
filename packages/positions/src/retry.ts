import { PositionsError } from './errors.js';

export interface RetryPolicy {
  /** Delay before the first retry, in ms. */
  readonly baseDelayMs: number;
  /** Upper bound of any single delay, in ms. */
  readonly maxDelayMs: number;
  /** Growth per attempt (2 doubles the delay each time). */
  readonly factor: number;
  /** Total delivery attempts (first try included); after the last failure the delivery is dead. */
  readonly maxAttempts: number;
  /** Fraction of the delay that is randomised: 0 = none, 1 = "full jitter" (uniform in [0, delay]). */
  readonly jitter: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  factor: 2,
  maxAttempts: 8,
  jitter: 0.5,
});

export type RetryDecision = { readonly kind: 'retry'; readonly delayMs: number } | { readonly kind: 'dead' };

function assertPolicy(policy: RetryPolicy): void {
  const ok =
    Number.isFinite(policy.baseDelayMs) &&
    policy.baseDelayMs >= 0 &&
    Number.isFinite(policy.maxDelayMs) &&
    policy.maxDelayMs >= policy.baseDelayMs &&
    Number.isFinite(policy.factor) &&
    policy.factor >= 1 &&
    Number.isSafeInteger(policy.maxAttempts) &&
    policy.maxAttempts >= 1 &&
    policy.jitter >= 0 &&
    policy.jitter <= 1;
  if (!ok) throw new PositionsError('INVALID_ARGUMENT', `invalid retry policy ${JSON.stringify(policy)}`);
}

/**
 * What to do after `failedAttempts` failed deliveries (1 after the first try failed):
 * retry after min(maxDelay, base × factor^(failedAttempts − 1)) minus a random share of up to
 * `jitter` of it, or give up ('dead') once maxAttempts attempts have failed.
 * `random` returns values in [0, 1); pass a seeded source for deterministic schedules.
 */
export function nextRetryDelay(
  failedAttempts: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  random: () => number = Math.random,
): RetryDecision {
  assertPolicy(policy);
  if (!Number.isSafeInteger(failedAttempts) || failedAttempts < 1) {
    throw new PositionsError(
      'INVALID_ARGUMENT',
      `failedAttempts must be an integer >= 1, got ${String(failedAttempts)}`,
    );
  }
  if (failedAttempts >= policy.maxAttempts) return { kind: 'dead' };
  const ceiling = Math.min(
    policy.maxDelayMs,
    policy.baseDelayMs * Math.pow(policy.factor, failedAttempts - 1),
  );
  const r = random();
  if (!(r >= 0 && r < 1))
    throw new PositionsError(
      'INVALID_ARGUMENT',
      `random source must return a number in [0, 1), got ${String(r)}`,
    );
  return { kind: 'retry', delayMs: Math.round(ceiling * (1 - policy.jitter * r)) };
}
