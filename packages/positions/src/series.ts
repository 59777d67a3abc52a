import { compareStatements, type Statement } from './statements.js';
import { accumulateIntoTally, createTallyAccumulator, mergeTallies, type Tally } from './tally.js';
import { assertGranularity, bucketEnd, bucketStartMs, type Granularity } from './time-buckets.js';

/** Tally of the statements first reported inside one UTC bucket [bucketStart, bucketEnd). */
export interface BucketTally {
  readonly bucketStart: Date;
  readonly bucketEnd: Date;
  readonly tally: Tally;
}

/**
 * Per-bucket tallies of statements by event time (the statement's earliest publication time),
 * sorted by bucket start; buckets without statements are omitted.
 */
export function bucketizeStatements(
  statements: Iterable<Statement>,
  granularity: Granularity,
): BucketTally[] {
  // Statements carry validated dates, so only the granularity needs checking.
  assertGranularity(granularity);
  const byStart = new Map<number, ReturnType<typeof createTallyAccumulator>>();
  for (const statement of statements) {
    const start = bucketStartMs(statement.observedAt.getTime(), granularity);
    let tally = byStart.get(start);
    if (!tally) byStart.set(start, (tally = createTallyAccumulator()));
    accumulateIntoTally(tally, statement.stance, statement.weightMicro);
  }
  return [...byStart.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, tally]) => ({
      bucketStart: new Date(start),
      bucketEnd: bucketEnd(new Date(start), granularity),
      tally,
    }));
}

/**
 * Merges bucket series computed over DISJOINT statement sets (e.g. per partition of the key
 * space) by adding tallies bucket by bucket. Commutative and associative. Partials that may share
 * statements must be merged as statement sets (mergeStatementSets) and bucketized afterwards.
 */
export function mergeBucketSeries(a: readonly BucketTally[], b: readonly BucketTally[]): BucketTally[] {
  const byStart = new Map<number, BucketTally>();
  for (const bucket of [...a, ...b]) {
    const key = bucket.bucketStart.getTime();
    const existing = byStart.get(key);
    byStart.set(key, existing ? { ...existing, tally: mergeTallies(existing.tally, bucket.tally) } : bucket);
  }
  return [...byStart.values()].sort((x, y) => x.bucketStart.getTime() - y.bucketStart.getTime());
}

/** Statements sorted canonically and restricted to event times in [from, to). */
export function statementsInWindow(statements: Iterable<Statement>, from: Date, to: Date): Statement[] {
  const lo = from.getTime();
  const hi = to.getTime();
  return [...statements]
    .filter((s) => s.observedAt.getTime() >= lo && s.observedAt.getTime() < hi)
    .sort(compareStatements);
}
