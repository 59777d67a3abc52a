import { NewsSourceError } from '../errors.js';

export interface PollState {
  /** Normal polling interval. */
  intervalMs: number;
  /** Failed polls since the last success; 0 when healthy. */
  consecutiveFailures: number;
  /** Longest wait a failing feed may be pushed back to (defaults to max(6 h, intervalMs)). */
  maxBackoffMs?: number;
  /** Spread as a fraction of the delay, ±jitterRatio (defaults to 0.1), so feeds added together drift apart. */
  jitterRatio?: number;
  /** A server's Retry-After, honoured as a lower bound. */
  retryAfterMs?: number;
}

const DEFAULT_MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;
const DEFAULT_JITTER_RATIO = 0.1;

function requireNonNegative(name: string, value: number | undefined, allowZero = true): void {
  if (value === undefined) return;
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new NewsSourceError(
      'INPUT_INVALID',
      `${name} must be a ${allowZero ? 'non-negative' : 'positive'} finite number, got ${value}`,
    );
  }
}

/**
 * When to poll a feed next: interval × 2^failures, capped, then jittered by ±jitterRatio and never
 * earlier than Retry-After. Pure: `random` must return a number in [0, 1).
 */
export function nextPollAt(feed: PollState, now: Date, random: () => number): Date {
  requireNonNegative('intervalMs', feed.intervalMs, false);
  requireNonNegative('maxBackoffMs', feed.maxBackoffMs);
  requireNonNegative('retryAfterMs', feed.retryAfterMs);
  if (!Number.isInteger(feed.consecutiveFailures) || feed.consecutiveFailures < 0) {
    throw new NewsSourceError(
      'INPUT_INVALID',
      `consecutiveFailures must be a non-negative integer, got ${feed.consecutiveFailures}`,
    );
  }
  const jitterRatio = feed.jitterRatio ?? DEFAULT_JITTER_RATIO;
  if (!(jitterRatio >= 0 && jitterRatio < 1)) {
    throw new NewsSourceError('INPUT_INVALID', `jitterRatio must be in [0, 1), got ${jitterRatio}`);
  }
  const r = random();
  if (!(r >= 0 && r < 1))
    throw new NewsSourceError('INPUT_INVALID', `random() must return a number in [0, 1), got ${r}`);

  const cap = Math.max(feed.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS, feed.intervalMs);
  // Exponent capped so 2^n cannot overflow to Infinity for feeds failing for weeks.
  const backoff = Math.min(cap, feed.intervalMs * 2 ** Math.min(feed.consecutiveFailures, 52));
  const jittered = backoff * (1 + jitterRatio * (2 * r - 1));
  const delay = Math.max(jittered, feed.retryAfterMs ?? 0);
  return new Date(now.getTime() + Math.round(delay));
}
