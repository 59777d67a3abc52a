import { describe, expect, it } from '@jest/globals';
import {
  currentPosition,
  decayedWeights,
  decayFactor,
  dedupeObservations,
  positionHistory,
} from '../src/index.js';
import { DAY, makeObservation, seededRandom, shuffled, randomObservations, T0 } from './helpers.js';

describe('decay', () => {
  it('halves a weight every half-life', () => {
    expect(decayFactor(0, 10 * DAY)).toBe(1);
    expect(decayFactor(10 * DAY, 10 * DAY)).toBeCloseTo(0.5, 15);
    expect(decayFactor(30 * DAY, 10 * DAY)).toBeCloseTo(0.125, 15);
    expect(() => decayFactor(1, 0)).toThrow(/halfLifeMs must be a finite number > 0/);
  });

  it('weighs old statements less and ignores statements after the reference time', () => {
    const statements = dedupeObservations([
      makeObservation({ stance: 'support', day: 0 }),
      makeObservation({ stance: 'oppose', day: 10 }),
      makeObservation({ stance: 'oppose', day: 30 }),
    ]);
    const weights = decayedWeights(statements, new Date(T0 + 20 * DAY), 10 * DAY);
    expect(weights.support).toBeCloseTo(0.25, 12);
    expect(weights.oppose).toBeCloseTo(0.5, 12);
    expect(weights.neutral).toBe(0);
  });

  it('widens the interval of the current position as evidence ages', () => {
    const statements = dedupeObservations(Array.from({ length: 20 }, () => makeObservation({ day: 0 })));
    const fresh = currentPosition(statements, new Date(T0), { halfLifeMs: 30 * DAY });
    const stale = currentPosition(statements, new Date(T0 + 180 * DAY), { halfLifeMs: 30 * DAY });
    expect(fresh.statementCount).toBe(20);
    expect(fresh.support).toBeCloseTo(20, 12);
    expect(stale.support).toBeCloseTo(20 / 64, 12);
    expect(stale.intervalWidth).toBeGreaterThan(fresh.intervalWidth * 3);
  });

  it('gives the same current position for any input order', () => {
    const random = seededRandom(42);
    const statements = dedupeObservations(randomObservations(200, random)).filter(
      (s) => s.actor === 'sadr' && s.topic === 'budget',
    );
    const at = new Date(T0 + 300 * DAY);
    const reference = currentPosition(statements, at, { halfLifeMs: 20 * DAY });
    for (let i = 0; i < 5; i++)
      expect(currentPosition(shuffled(statements, random), at, { halfLifeMs: 20 * DAY })).toEqual(reference);
  });
});

describe('positionHistory', () => {
  const statements = dedupeObservations([
    makeObservation({ stance: 'support', day: 0 }),
    makeObservation({ stance: 'support', day: 1 }),
    makeObservation({ stance: 'oppose', day: 15 }),
  ]);

  it('has one point per bucket, empty buckets included, with the bucket tally', () => {
    const history = positionHistory(statements, 'week', { halfLifeMs: 7 * DAY });
    // 2024-01-01 is a Monday: weeks starting Jan 1, 8 and 15.
    expect(history.map((p) => p.bucketStart.toISOString().slice(0, 10))).toEqual([
      '2024-01-01',
      '2024-01-08',
      '2024-01-15',
    ]);
    expect(history.map((p) => [p.tally.supportCount, p.tally.opposeCount])).toEqual([
      [2, 0],
      [0, 0],
      [0, 1],
    ]);
    expect(history[1]!.bucketPosition.intervalWidth).toBeCloseTo(0.95, 12);
  });

  it('evaluates the decayed current position at each bucket end, matching a direct evaluation', () => {
    const history = positionHistory(statements, 'day', { halfLifeMs: 7 * DAY, to: new Date(T0 + 40 * DAY) });
    expect(history).toHaveLength(41);
    for (const point of history) {
      // The bucket end is exclusive: evaluate just before it with the decay referenced at the end.
      const direct = decayedWeights(
        statements.filter((s) => s.observedAt < point.bucketEnd),
        point.bucketEnd,
        7 * DAY,
      );
      expect(point.current.support).toBeCloseTo(direct.support, 12);
      expect(point.current.oppose).toBeCloseTo(direct.oppose, 12);
    }
    // The position turns from support to oppose after the day-15 statement once the old ones fade.
    expect(history[10]!.current.netScore).toBeGreaterThan(0);
    expect(history[40]!.current.netScore).toBeLessThan(0);
  });

  it('counts statements before `from` in the current position', () => {
    const history = positionHistory(statements, 'day', {
      halfLifeMs: 7 * DAY,
      from: new Date(T0 + 14 * DAY),
      to: new Date(T0 + 14 * DAY),
    });
    expect(history).toHaveLength(1);
    expect(history[0]!.current.support).toBeGreaterThan(0);
    expect(history[0]!.tally.supportCount).toBe(0);
    expect(positionHistory([], 'day', { halfLifeMs: DAY })).toEqual([]);
    expect(() =>
      positionHistory(statements, 'day', { halfLifeMs: DAY, from: new Date(T0 + DAY), to: new Date(T0) }),
    ).toThrow(/reversed/);
  });
});
