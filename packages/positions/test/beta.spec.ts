import { describe, expect, it } from '@jest/globals';
import {
  betaDensity,
  equalTailedInterval,
  inverseRegularizedIncompleteBeta as quantile,
  logGamma,
  PositionsError,
  regularizedIncompleteBeta as cdf,
} from '../src/index.js';

/** P(Binomial(n, x) ≥ k), summed in log space: equals I_x(k, n − k + 1) for integer shapes. */
function binomialUpperTail(x: number, a: number, b: number): number {
  const n = a + b - 1;
  let sum = 0;
  for (let k = a; k <= n; k++) {
    const logChoose = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
    sum += Math.exp(logChoose + k * Math.log(x) + (n - k) * Math.log1p(-x));
  }
  return sum;
}

describe('logGamma', () => {
  it('matches factorials and Γ(½) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(logGamma(171)).toBeCloseTo(706.5730622457874, 9);
    expect(logGamma(0.001)).toBeCloseTo(6.907178885383854, 12);
  });
});

describe('regularizedIncompleteBeta', () => {
  it('matches the closed form of Beta(2, 2): 3x² − 2x³', () => {
    for (const x of [0.001, 0.1, 0.3, 0.5, 0.77, 0.999])
      expect(cdf(x, 2, 2)).toBeCloseTo(3 * x * x - 2 * x ** 3, 14);
  });

  it('matches Beta(a, 1) = x^a and Beta(1, b) = 1 − (1 − x)^b', () => {
    for (const x of [0.01, 0.5, 0.99]) {
      expect(cdf(x, 200, 1)).toBeCloseTo(x ** 200, 13);
      expect(cdf(x, 1, 7.5)).toBeCloseTo(1 - (1 - x) ** 7.5, 14);
    }
  });

  it('matches the arcsine law for Beta(½, ½)', () => {
    // Reference evaluated on the side where asin(√·) is well conditioned.
    const arcsine = (x: number): number =>
      x <= 0.5 ? (2 / Math.PI) * Math.asin(Math.sqrt(x)) : 1 - (2 / Math.PI) * Math.asin(Math.sqrt(1 - x));
    for (const x of [1e-8, 0.2, 0.5, 0.9, 1 - 1e-8]) expect(cdf(x, 0.5, 0.5)).toBeCloseTo(arcsine(x), 13);
  });

  it('matches binomial tails for integer shapes, relative error below 1e-10', () => {
    for (const [x, a, b] of [
      [0.3, 30, 50],
      [0.45, 120, 130],
      [0.02, 3, 400],
      [0.9, 60, 4],
    ] as const) {
      const expected = binomialUpperTail(x, a, b);
      expect(Math.abs(cdf(x, a, b) - expected) / expected).toBeLessThan(1e-10);
    }
  });

  it('stays within 1e-8 at a million statements (documented accuracy limit)', () => {
    expect(cdf(0.5, 500_001, 500_001)).toBeCloseTo(0.5, 8);
    const q = quantile(0.975, 1e7, 4);
    expect(cdf(q, 1e7, 4)).toBeCloseTo(0.975, 8);
  });

  it('is symmetric: I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    expect(cdf(0.37, 4.2, 9.1) + cdf(0.63, 9.1, 4.2)).toBeCloseTo(1, 14);
  });

  it('handles the end points and rejects bad arguments with a coded error', () => {
    expect(cdf(0, 2, 3)).toBe(0);
    expect(cdf(1, 2, 3)).toBe(1);
    expect(() => cdf(1.5, 2, 2)).toThrow(/x must be/);
    expect(() => cdf(0.5, 0, 2)).toThrow(PositionsError);
    expect(() => cdf(0.5, 2, Number.NaN)).toThrow(/b \(Beta shape\)/);
  });
});

describe('inverseRegularizedIncompleteBeta', () => {
  it('gives the known Beta(2, 2) quantiles', () => {
    expect(quantile(0.5, 2, 2)).toBeCloseTo(0.5, 14);
    // R: qbeta(0.025, 2, 2) = 0.09429932; qbeta(0.975, 2, 2) = 0.9057007
    expect(quantile(0.025, 2, 2)).toBeCloseTo(0.09429932, 8);
    expect(quantile(0.975, 2, 2)).toBeCloseTo(0.9057007, 7);
  });

  it('gives Beta(200, 1) quantiles q^(1/200), including far tails', () => {
    for (const q of [1e-12, 0.025, 0.05, 0.5, 0.95, 0.975, 1 - 1e-9]) {
      expect(quantile(q, 200, 1)).toBeCloseTo(q ** (1 / 200), 14);
    }
  });

  it('gives Beta(½, ½) quantiles sin²(πq/2) with relative accuracy in the tails', () => {
    for (const q of [1e-10, 0.05, 0.5, 0.95, 1 - 1e-10]) {
      const expected = Math.sin((Math.PI * q) / 2) ** 2;
      expect(Math.abs(quantile(q, 0.5, 0.5) - expected) / expected).toBeLessThan(1e-10);
    }
  });

  it('inverts the CDF for large and lopsided shapes', () => {
    for (const [a, b] of [
      [1e5, 2e5],
      [0.1, 50],
      [3000, 1.5],
      [1.001, 1.001],
    ] as const) {
      for (const q of [0.001, 0.05, 0.5, 0.95, 0.999])
        expect(cdf(quantile(q, a, b), a, b)).toBeCloseTo(q, 10);
    }
  });

  it('is monotone in p', () => {
    let previous = 0;
    for (let q = 0.01; q < 1; q += 0.01) {
      const x = quantile(q, 3.3, 0.7);
      expect(x).toBeGreaterThan(previous);
      previous = x;
    }
  });
});

describe('equalTailedInterval and betaDensity', () => {
  it('puts the requested mass in the interval, split equally', () => {
    const interval = equalTailedInterval(7, 3, 0.9);
    expect(cdf(interval.lower, 7, 3)).toBeCloseTo(0.05, 12);
    expect(cdf(interval.upper, 7, 3)).toBeCloseTo(0.95, 12);
    expect(() => equalTailedInterval(7, 3, 1)).toThrow(/credible level/);
  });

  it('integrates the density to the CDF (Simpson)', () => {
    const steps = 2000;
    const h = 0.6 / steps;
    let sum = betaDensity(0.1, 2.5, 4) + betaDensity(0.7, 2.5, 4);
    for (let i = 1; i < steps; i++) sum += (i % 2 ? 4 : 2) * betaDensity(0.1 + i * h, 2.5, 4);
    expect((sum * h) / 3).toBeCloseTo(cdf(0.7, 2.5, 4) - cdf(0.1, 2.5, 4), 10);
    expect(betaDensity(0, 0.5, 0.5)).toBe(Infinity);
    expect(betaDensity(0, 2, 2)).toBe(0);
  });
});
