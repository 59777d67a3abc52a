import { assertPositive, assertValidDate, PositionsError } from './errors.js';
import { estimatePosition, type PositionEstimate, type PositionOptions } from './posterior.js';
import { bucketizeStatements, type BucketTally } from './series.js';
import { sortStatements, type Statement } from './statements.js';
import { EMPTY_TALLY, type StanceWeights, type Tally, tallyWeights } from './tally.js';
import { bucketEnd, listBucketStarts, type Granularity } from './time-buckets.js';
import { fromMicro } from './weights.js';

export interface DecayOptions extends PositionOptions {
  /** Age at which a statement weighs half as much; e.g. 30 days in ms. */
  readonly halfLifeMs: number;
}

/** 2^(−age / halfLife): the fraction of its weight a statement keeps at the given age. */
export function decayFactor(ageMs: number, halfLifeMs: number): number {
  assertPositive('halfLifeMs', halfLifeMs);
  return Math.pow(2, -ageMs / halfLifeMs);
}

type MutableWeights = { support: number; oppose: number; neutral: number };

/**
 * Stance weights at reference time `at` with exponential decay: each statement observed at or
 * before `at` weighs confidence × 2^(−(at − t)/halfLife); later statements do not count yet.
 */
export function decayedWeights(statements: Iterable<Statement>, at: Date, halfLifeMs: number): StanceWeights {
  assertValidDate('at', at);
  assertPositive('halfLifeMs', halfLifeMs);
  const weights: MutableWeights = { support: 0, oppose: 0, neutral: 0 };
  // Canonical order so floating-point sums are identical for any input order.
  for (const s of sortStatements(statements)) {
    const age = at.getTime() - s.observedAt.getTime();
    if (age < 0) break;
    weights[s.stance] += fromMicro(s.weightMicro) * decayFactor(age, halfLifeMs);
  }
  return weights;
}

export interface CurrentPosition extends PositionEstimate {
  /** Reference time the decay was evaluated at. */
  readonly at: Date;
  /** Number of statements at or before `at` (undecayed count). */
  readonly statementCount: number;
}

/** The decayed "current position" of one (actor, topic) series at `at`. */
export function currentPosition(
  statements: Iterable<Statement>,
  at: Date,
  options: DecayOptions,
): CurrentPosition {
  const list = [...statements];
  const weights = decayedWeights(list, at, options.halfLifeMs);
  const statementCount = list.filter((s) => s.observedAt.getTime() <= at.getTime()).length;
  return { ...estimatePosition(weights, options), at: new Date(at.getTime()), statementCount };
}

export interface PositionHistoryPoint {
  readonly bucketStart: Date;
  readonly bucketEnd: Date;
  /** Statements first reported inside this bucket (empty tally when none). */
  readonly tally: Tally;
  /** Position from this bucket's statements alone (no decay). */
  readonly bucketPosition: PositionEstimate;
  /** Decayed current position as of bucketEnd, from every statement before bucketEnd. */
  readonly current: PositionEstimate;
}

export interface HistoryOptions extends DecayOptions {
  /** First bucket (default: the bucket of the earliest statement). */
  readonly from?: Date;
  /** Last bucket is the one holding `to` (default: the bucket of the latest statement). */
  readonly to?: Date;
}

/**
 * History of one (actor, topic) series: for every bucket from `from` to `to` (empty ones
 * included, since the current position keeps decaying), the bucket's own tally and position and
 * the decayed current position at the bucket's end. One pass: the decayed sums are carried from
 * bucket end to bucket end by multiplying with the decay factor of the gap.
 */
export function positionHistory(
  statements: Iterable<Statement>,
  granularity: Granularity,
  options: HistoryOptions,
): PositionHistoryPoint[] {
  assertPositive('halfLifeMs', options.halfLifeMs);
  const sorted = sortStatements(statements);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const from = options.from ?? first?.observedAt;
  const to = options.to ?? last?.observedAt;
  if (!from || !to) return [];
  if (from.getTime() > to.getTime()) {
    throw new PositionsError(
      'INVALID_ARGUMENT',
      `history range is reversed: from ${from.toISOString()} is after to ${to.toISOString()}`,
    );
  }
  const bucketTallies = new Map<number, BucketTally>(
    bucketizeStatements(sorted, granularity).map((b) => [b.bucketStart.getTime(), b]),
  );
  const starts = listBucketStarts(from, bucketEnd(to, granularity), granularity);
  const decayed: MutableWeights = { support: 0, oppose: 0, neutral: 0 };
  let reference = Number.NEGATIVE_INFINITY;
  let next = 0;
  const points: PositionHistoryPoint[] = [];
  for (const start of starts) {
    const end = bucketEnd(start, granularity).getTime();
    if (reference !== Number.NEGATIVE_INFINITY) {
      const carry = decayFactor(end - reference, options.halfLifeMs);
      decayed.support *= carry;
      decayed.oppose *= carry;
      decayed.neutral *= carry;
    }
    reference = end;
    for (let s = sorted[next]; s !== undefined && s.observedAt.getTime() < end; s = sorted[++next]) {
      decayed[s.stance] +=
        fromMicro(s.weightMicro) * decayFactor(end - s.observedAt.getTime(), options.halfLifeMs);
    }
    const tally = bucketTallies.get(start.getTime())?.tally ?? EMPTY_TALLY;
    points.push({
      bucketStart: start,
      bucketEnd: new Date(end),
      tally,
      bucketPosition: estimatePosition(tallyWeights(tally), options),
      current: estimatePosition({ ...decayed }, options),
    });
  }
  return points;
}
