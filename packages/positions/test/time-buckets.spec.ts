import { describe, expect, it } from '@jest/globals';
import { bucketEnd, bucketStart, listBucketStarts, PositionsError } from '../src/index.js';
import { seededRandom } from './helpers.js';

const at = (iso: string): Date => new Date(iso);

describe('bucketStart / bucketEnd', () => {
  it('cuts days at UTC midnight regardless of the local offset in the input', () => {
    expect(bucketStart(at('2024-03-10T23:59:59.999Z'), 'day').toISOString()).toBe('2024-03-10T00:00:00.000Z');
    expect(bucketStart(at('2024-03-11T01:30:00+03:00'), 'day').toISOString()).toBe(
      '2024-03-10T00:00:00.000Z',
    );
    expect(bucketEnd(at('2024-03-10T05:00:00Z'), 'day').toISOString()).toBe('2024-03-11T00:00:00.000Z');
  });

  it('starts ISO weeks on Monday, across month and year boundaries', () => {
    // 2024-03-10 is a Sunday: its ISO week began Monday 2024-03-04.
    expect(bucketStart(at('2024-03-10T12:00:00Z'), 'week').toISOString()).toBe('2024-03-04T00:00:00.000Z');
    expect(bucketStart(at('2024-03-11T00:00:00Z'), 'week').toISOString()).toBe('2024-03-11T00:00:00.000Z');
    // 2021-01-01 (Friday) belongs to ISO week 2020-W53 starting Monday 2020-12-28.
    expect(bucketStart(at('2021-01-01T10:00:00Z'), 'week').toISOString()).toBe('2020-12-28T00:00:00.000Z');
    expect(bucketEnd(at('2021-01-01T10:00:00Z'), 'week').toISOString()).toBe('2021-01-04T00:00:00.000Z');
  });

  it('handles months of every length including leap February', () => {
    expect(bucketStart(at('2024-02-29T23:00:00Z'), 'month').toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(bucketEnd(at('2024-02-29T23:00:00Z'), 'month').toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(bucketEnd(at('2024-12-31T23:00:00Z'), 'month').toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('agrees with a calendar-based ISO week computation on random instants, before and after 1970', () => {
    const random = seededRandom(77);
    for (let i = 0; i < 2000; i++) {
      const date = new Date(Math.floor((random() - 0.3) * 4e12));
      const start = bucketStart(date, 'week');
      expect(start.getUTCDay()).toBe(1);
      expect(start.getTime()).toBeLessThanOrEqual(date.getTime());
      expect(date.getTime() - start.getTime()).toBeLessThan(7 * 86_400_000);
      expect(start.getUTCHours() + start.getUTCMinutes() + start.getUTCSeconds()).toBe(0);
    }
  });

  it('rejects invalid dates and granularities with coded errors', () => {
    expect(() => bucketStart(new Date('nope'), 'day')).toThrow(PositionsError);
    expect(() => bucketStart(new Date(), 'year' as never)).toThrow(
      /granularity must be one of day\|week\|month/,
    );
  });
});

describe('listBucketStarts', () => {
  it('lists every bucket intersecting [from, to)', () => {
    const starts = listBucketStarts(at('2024-01-30T10:00:00Z'), at('2024-04-01T00:00:00Z'), 'month').map(
      (d) => d.toISOString().slice(0, 10),
    );
    expect(starts).toEqual(['2024-01-01', '2024-02-01', '2024-03-01']);
  });

  it('refuses unbounded ranges', () => {
    expect(() => listBucketStarts(at('2000-01-01Z'), at('2030-01-01Z'), 'day', 100)).toThrow(
      /more than 100 day buckets/,
    );
  });
});
