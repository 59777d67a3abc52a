import { PositionsError, assertValidDate } from './errors.js';

export type Granularity = 'day' | 'week' | 'month';

export const GRANULARITIES: readonly Granularity[] = ['day', 'week', 'month'];

const DAY_MS = 86_400_000;

/** Throws INVALID_ARGUMENT unless `granularity` is day, week or month. */
export function assertGranularity(granularity: Granularity): void {
  if (!GRANULARITIES.includes(granularity)) {
    throw new PositionsError(
      'INVALID_ARGUMENT',
      `granularity must be one of ${GRANULARITIES.join('|')}, got ${JSON.stringify(granularity)}`,
    );
  }
}

/**
 * Start (inclusive) of the UTC bucket holding `date`: midnight UTC for days, Monday 00:00 UTC
 * for ISO weeks, the 1st 00:00 UTC for months.
 */
export function bucketStart(date: Date, granularity: Granularity): Date {
  assertValidDate('date', date);
  assertGranularity(granularity);
  return new Date(bucketStartMs(date.getTime(), granularity));
}

/** bucketStart on epoch milliseconds, unchecked: for loops over already validated statements. */
export function bucketStartMs(ms: number, granularity: Granularity): number {
  const dayStart = Math.floor(ms / DAY_MS) * DAY_MS;
  if (granularity === 'day') return dayStart;
  if (granularity === 'week') {
    // 1970-01-01 was a Thursday: (days since epoch + 3) mod 7 counts days since Monday.
    const days = dayStart / DAY_MS;
    const daysSinceMonday = (((days + 3) % 7) + 7) % 7;
    return dayStart - daysSinceMonday * DAY_MS;
  }
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/** End (exclusive) of the bucket holding `date`, i.e. the start of the next bucket. */
export function bucketEnd(date: Date, granularity: Granularity): Date {
  const start = bucketStart(date, granularity);
  if (granularity === 'day') return new Date(start.getTime() + DAY_MS);
  if (granularity === 'week') return new Date(start.getTime() + 7 * DAY_MS);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/**
 * Starts of every bucket intersecting [from, to), in order. Refuses ranges of more than
 * `maxBuckets` buckets so a bad query cannot allocate without bound.
 */
export function listBucketStarts(
  from: Date,
  to: Date,
  granularity: Granularity,
  maxBuckets = 100_000,
): Date[] {
  assertValidDate('from', from);
  assertValidDate('to', to);
  const starts: Date[] = [];
  for (
    let cursor = bucketStart(from, granularity);
    cursor.getTime() < to.getTime();
    cursor = bucketEnd(cursor, granularity)
  ) {
    if (starts.length >= maxBuckets) {
      throw new PositionsError(
        'INVALID_ARGUMENT',
        `range ${from.toISOString()}..${to.toISOString()} spans more than ${maxBuckets} ${granularity} buckets`,
      );
    }
    starts.push(cursor);
  }
  return starts;
}
