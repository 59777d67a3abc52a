import { nextPollAt } from './next-poll-at.js';
import { isNewsSourceError } from '../errors.js';

const now = new Date('2026-01-01T00:00:00Z');
const MIN = 60_000;
const offsetMs = (date: Date): number => date.getTime() - now.getTime();

describe('nextPollAt', () => {
  it('waits exactly the interval when random() is 0.5 (no jitter)', () => {
    expect(offsetMs(nextPollAt({ intervalMs: 5 * MIN, consecutiveFailures: 0 }, now, () => 0.5))).toBe(
      5 * MIN,
    );
  });

  it('spreads by ±jitterRatio of the delay', () => {
    const feed = { intervalMs: 10 * MIN, consecutiveFailures: 0, jitterRatio: 0.2 };
    expect(offsetMs(nextPollAt(feed, now, () => 0))).toBe(8 * MIN);
    expect(offsetMs(nextPollAt(feed, now, () => 0.999999))).toBeCloseTo(12 * MIN, -2);
  });

  it('doubles per consecutive failure up to the cap', () => {
    const delays = [0, 1, 2, 3, 10, 1000].map((failures) =>
      offsetMs(
        nextPollAt(
          { intervalMs: 5 * MIN, consecutiveFailures: failures, maxBackoffMs: 60 * MIN },
          now,
          () => 0.5,
        ),
      ),
    );
    expect(delays).toEqual([5 * MIN, 10 * MIN, 20 * MIN, 40 * MIN, 60 * MIN, 60 * MIN]);
  });

  it('never backs off below the interval even with a smaller cap', () => {
    expect(
      offsetMs(
        nextPollAt({ intervalMs: 30 * MIN, consecutiveFailures: 4, maxBackoffMs: MIN }, now, () => 0.5),
      ),
    ).toBe(30 * MIN);
  });

  it('honours Retry-After as a lower bound', () => {
    expect(
      offsetMs(
        nextPollAt({ intervalMs: MIN, consecutiveFailures: 0, retryAfterMs: 90 * MIN }, now, () => 0.5),
      ),
    ).toBe(90 * MIN);
  });

  it('is pure: same input, same output', () => {
    const feed = { intervalMs: 7 * MIN, consecutiveFailures: 2 };
    expect(nextPollAt(feed, now, () => 0.3).getTime()).toBe(nextPollAt(feed, now, () => 0.3).getTime());
  });

  it('rejects invalid input with INPUT_INVALID naming the field', () => {
    const cases: Array<[Parameters<typeof nextPollAt>[0], () => number, RegExp]> = [
      [{ intervalMs: 0, consecutiveFailures: 0 }, () => 0.5, /intervalMs/],
      [{ intervalMs: MIN, consecutiveFailures: -1 }, () => 0.5, /consecutiveFailures/],
      [{ intervalMs: MIN, consecutiveFailures: 1.5 }, () => 0.5, /consecutiveFailures/],
      [{ intervalMs: MIN, consecutiveFailures: 0, jitterRatio: 1 }, () => 0.5, /jitterRatio/],
      [{ intervalMs: MIN, consecutiveFailures: 0 }, () => 1, /random/],
    ];
    for (const [feed, random, message] of cases) {
      let caught: unknown;
      try {
        nextPollAt(feed, now, random);
      } catch (error) {
        caught = error;
      }
      expect(isNewsSourceError(caught, 'INPUT_INVALID')).toBe(true);
      expect((caught as Error).message).toMatch(message);
    }
  });
});
