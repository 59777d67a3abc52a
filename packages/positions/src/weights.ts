import { PositionsError } from './errors.js';

/**
 * Weights are kept as integer micro-units (confidence × 10^6, rounded). Integer sums are exact,
 * so totals do not depend on the order of addition, partial aggregates merge exactly, and sliding
 * windows can subtract what they add without drift. 2^53 micro-units ≈ 9 × 10^9 full-confidence
 * observations, far beyond any (actor, topic) series.
 */
export const MICRO_PER_UNIT = 1_000_000;

/** Converts a confidence in [0, 1] to integer micro-units. */
export function toMicro(confidence: number): number {
  return Math.round(confidence * MICRO_PER_UNIT);
}

/** Converts integer micro-units back to a weight. */
export function fromMicro(micro: number): number {
  return micro / MICRO_PER_UNIT;
}

/** Adds integer micro-unit amounts, refusing to silently lose exactness beyond 2^53. */
export function addMicro(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum))
    throw new PositionsError('INVALID_ARGUMENT', `weight sum ${sum} exceeds exact integer range`);
  return sum;
}
