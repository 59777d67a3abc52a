import type { BucketTally } from './series.js';
import type { Statement } from './statements.js';
import { addToTally, EMPTY_TALLY, mergeTallies, type Tally } from './tally.js';
import { bucketEnd, bucketStart, type Granularity } from './time-buckets.js';

/** A change to apply to one stored bucket tally. */
export interface BucketDelta {
  readonly bucketStart: Date;
  readonly delta: Tally;
}

function isZero(t: Tally): boolean {
  return (
    t.supportCount === 0 &&
    t.opposeCount === 0 &&
    t.neutralCount === 0 &&
    t.supportMicro === 0 &&
    t.opposeMicro === 0 &&
    t.neutralMicro === 0
  );
}

/**
 * What an upsert of one statement changes in stored bucket tallies. `previous` is the statement
 * as stored before (undefined if new), `next` the merged statement after the upsert. A new copy
 * can raise the weight or move the statement to an earlier bucket; the deltas remove the old
 * contribution and add the new one. Returns [] when nothing changes (e.g. a redelivery).
 */
export function statementBucketDeltas(
  previous: Statement | undefined,
  next: Statement,
  granularity: Granularity,
): BucketDelta[] {
  const nextStart = bucketStart(next.observedAt, granularity);
  const added = addToTally(EMPTY_TALLY, next.stance, next.weightMicro);
  if (!previous) return [{ bucketStart: nextStart, delta: added }];
  const previousStart = bucketStart(previous.observedAt, granularity);
  const removed = addToTally(EMPTY_TALLY, previous.stance, previous.weightMicro, -1);
  if (previousStart.getTime() === nextStart.getTime()) {
    const delta = mergeTallies(removed, added);
    return isZero(delta) ? [] : [{ bucketStart: nextStart, delta }];
  }
  return [
    { bucketStart: previousStart, delta: removed },
    { bucketStart: nextStart, delta: added },
  ];
}

/**
 * Applies bucket deltas to a bucket series (what a store does with UPDATE … SET x = x + delta),
 * dropping buckets left empty. Deltas commute, so their order does not matter.
 */
export function applyBucketDeltas(
  series: readonly BucketTally[],
  deltas: readonly BucketDelta[],
  granularity: Granularity,
): BucketTally[] {
  const byStart = new Map<number, Tally>(series.map((b) => [b.bucketStart.getTime(), b.tally]));
  for (const { bucketStart: start, delta } of deltas) {
    const key = start.getTime();
    byStart.set(key, mergeTallies(byStart.get(key) ?? EMPTY_TALLY, delta));
  }
  return [...byStart.entries()]
    .filter(([, tally]) => !isZero(tally))
    .sort(([a], [b]) => a - b)
    .map(([start, tally]) => ({
      bucketStart: new Date(start),
      bucketEnd: bucketEnd(new Date(start), granularity),
      tally,
    }));
}
