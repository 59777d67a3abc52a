import { describe, expect, it } from '@jest/globals';
import {
  estimatePosition,
  estimateTallyPosition,
  netScore,
  PRIORS,
  tallyStatements,
  dedupeObservations,
} from '../src/index.js';
import { makeObservation } from './helpers.js';

describe('estimatePosition', () => {
  it('tells "2 of 2" from "200 of 200" by the width of the credible interval', () => {
    const few = estimatePosition({ support: 2, oppose: 0, neutral: 0 });
    const many = estimatePosition({ support: 200, oppose: 0, neutral: 0 });
    // Posterior Beta(3, 1) vs Beta(201, 1): 95% intervals [0.292, 0.992] and [0.9818, 0.99987].
    expect(few.interval.lower).toBeCloseTo(0.2924018, 6);
    expect(few.interval.upper).toBeCloseTo(0.9915962, 6);
    expect(many.interval.lower).toBeCloseTo(0.025 ** (1 / 201), 12);
    expect(few.intervalWidth).toBeGreaterThan(0.6);
    expect(many.intervalWidth).toBeLessThan(0.02);
    expect(few.netScore).toBe(1);
    expect(many.netScore).toBe(1);
    expect(few.posteriorNet).toBeCloseTo(0.5, 12);
    expect(many.posteriorNet).toBeCloseTo(200 / 202, 12);
  });

  it('uses the configured prior and level', () => {
    const jeffreys = estimatePosition(
      { support: 3, oppose: 1, neutral: 0 },
      { prior: PRIORS.jeffreys, level: 0.9 },
    );
    expect(jeffreys.alpha).toBe(3.5);
    expect(jeffreys.beta).toBe(1.5);
    expect(jeffreys.supportProbability).toBeCloseTo(0.7, 12);
    expect(jeffreys.interval.level).toBe(0.9);
    expect(() =>
      estimatePosition({ support: 1, oppose: 1, neutral: 0 }, { prior: { support: 0, oppose: 1 } }),
    ).toThrow(/prior pseudo-counts/);
    expect(() => estimatePosition({ support: -1, oppose: 1, neutral: 0 })).toThrow(
      /support weight must be finite and >= 0/,
    );
  });

  it('reports the posterior probability of leaning to support', () => {
    expect(estimatePosition({ support: 0, oppose: 0, neutral: 5 }).probabilityLeansSupport).toBeCloseTo(
      0.5,
      14,
    );
    // Beta(11, 1): P(p > ½) = 1 − ½^11.
    expect(estimatePosition({ support: 10, oppose: 0, neutral: 0 }).probabilityLeansSupport).toBeCloseTo(
      1 - 0.5 ** 11,
      14,
    );
    expect(estimatePosition({ support: 0, oppose: 10, neutral: 0 }).probabilityLeansSupport).toBeCloseTo(
      0.5 ** 11,
      14,
    );
  });

  it('computes the net score with neutral statements diluting it, 0 without evidence', () => {
    expect(netScore({ support: 3, oppose: 1, neutral: 4 })).toBeCloseTo(0.25, 14);
    expect(netScore({ support: 0, oppose: 0, neutral: 0 })).toBe(0);
    expect(netScore({ support: 0, oppose: 2, neutral: 0 })).toBe(-1);
  });

  it('estimates from a tally of weighted statements', () => {
    const tally = tallyStatements(
      dedupeObservations([
        makeObservation({ confidence: 0.5 }),
        makeObservation({ confidence: 0.5 }),
        makeObservation({ stance: 'oppose', confidence: 1 }),
      ]),
    );
    const estimate = estimateTallyPosition(tally);
    expect(estimate.support).toBe(1);
    expect(estimate.oppose).toBe(1);
    expect(estimate.supportProbability).toBeCloseTo(0.5, 14);
  });
});
