import { decayedHistory, dayBucketsAsStatements, type DayBucketRow } from './decayed-positions.js';

const DAY = 86_400_000;
const row = (day: string, sw: number, ow: number, nw = 0): DayBucketRow => ({
  actor_key: 'sadr',
  topic_key: 'us-presence',
  bucket_start: new Date(`${day}T00:00:00Z`),
  sw,
  ow,
  nw,
  sc: sw > 0 ? 1 : 0,
  oc: ow > 0 ? 1 : 0,
  nc: nw > 0 ? 1 : 0,
});

describe('decayed positions from day buckets', () => {
  it('turns each stance of a day bucket into one weighted statement at noon', () => {
    const statements = dayBucketsAsStatements([row('2024-03-04', 1.5, 0, 0.5)]);
    expect(statements.map((s) => [s.stance, s.weightMicro, s.observedAt.toISOString()])).toEqual([
      ['support', 1_500_000, '2024-03-04T12:00:00.000Z'],
      ['neutral', 500_000, '2024-03-04T12:00:00.000Z'],
    ]);
  });

  it('gives one history point per bucket, empty ones included', () => {
    const points = decayedHistory(
      [row('2024-01-01', 1, 0), row('2024-01-29', 0, 1)],
      'week',
      14 * DAY,
      undefined,
      undefined,
    );
    expect(points.map((p) => p.bucketStart)).toEqual([
      '2024-01-01',
      '2024-01-08',
      '2024-01-15',
      '2024-01-22',
      '2024-01-29',
    ]);
    expect(points[1]!.bucketNetScore).toBe(0);
    expect(points[1]!.currentNetScore).toBe(1);
    expect(points[4]!.currentNetScore).toBeLessThan(0);
  });
});
