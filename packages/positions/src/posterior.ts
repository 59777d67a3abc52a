import { PositionsError } from './errors.js';
import { type CredibleInterval, equalTailedInterval, regularizedIncompleteBeta } from './beta.js';
import { type StanceWeights, type Tally, tallyWeights } from './tally.js';

/** Beta prior pseudo-counts for support (α₀) and oppose (β₀). */
export interface BetaPrior {
  readonly support: number;
  readonly oppose: number;
}

/** Bayes–Laplace uniform prior Beta(1, 1) and Jeffreys prior Beta(½, ½). */
export const PRIORS = Object.freeze({
  uniform: Object.freeze({ support: 1, oppose: 1 }) as BetaPrior,
  jeffreys: Object.freeze({ support: 0.5, oppose: 0.5 }) as BetaPrior,
});

export interface PositionOptions {
  /** Default: uniform Beta(1, 1). */
  readonly prior?: BetaPrior;
  /** Credible level of the equal-tailed interval; default 0.95. */
  readonly level?: number;
}

/**
 * Where an actor stands on a topic, with its uncertainty.
 * p = P(a non-neutral statement is support); posterior Beta(α₀ + S, β₀ + O).
 */
export interface PositionEstimate {
  /** Weighted evidence (confidence sums, possibly decayed). */
  readonly support: number;
  readonly oppose: number;
  readonly neutral: number;
  /** Posterior shape parameters. */
  readonly alpha: number;
  readonly beta: number;
  /** Posterior mean of p. */
  readonly supportProbability: number;
  /** Equal-tailed credible interval for p. */
  readonly interval: CredibleInterval;
  /** upper − lower: wide with little evidence ("2 of 2"), narrow with much ("200 of 200"). */
  readonly intervalWidth: number;
  /** Posterior P(p > ½): how sure we are the actor leans to support rather than oppose. */
  readonly probabilityLeansSupport: number;
  /** (S − O) / (S + O + N) in [−1, 1]; 0 without evidence. Neutral statements pull it to 0. */
  readonly netScore: number;
  /** 2 × posterior mean − 1: the net direction shrunk toward 0 when evidence is thin. */
  readonly posteriorNet: number;
}

function assertPrior(prior: BetaPrior): void {
  if (!(
    prior.support > 0 &&
    prior.oppose > 0 &&
    Number.isFinite(prior.support) &&
    Number.isFinite(prior.oppose)
  )) {
    throw new PositionsError(
      'INVALID_ARGUMENT',
      `prior pseudo-counts must be finite and > 0, got support=${prior.support}, oppose=${prior.oppose}`,
    );
  }
}

function assertWeights(weights: StanceWeights): void {
  for (const stance of ['support', 'oppose', 'neutral'] as const) {
    const w = weights[stance];
    if (!(Number.isFinite(w) && w >= 0))
      throw new PositionsError(
        'INVALID_ARGUMENT',
        `${stance} weight must be finite and >= 0, got ${String(w)}`,
      );
  }
}

/** Net score (S − O) / (S + O + N), 0 when there is no evidence at all. */
export function netScore(weights: StanceWeights): number {
  const total = weights.support + weights.oppose + weights.neutral;
  return total > 0 ? (weights.support - weights.oppose) / total : 0;
}

/**
 * Posterior P(p > ½) for the given evidence: 1 − I_½(α, β) = I_½(β, α) by symmetry (the latter
 * avoids cancellation when the answer is close to 1). Cheaper than a full estimate: no quantiles.
 */
export function probabilityLeansSupport(weights: StanceWeights, prior: BetaPrior = PRIORS.uniform): number {
  assertPrior(prior);
  assertWeights(weights);
  return regularizedIncompleteBeta(0.5, prior.oppose + weights.oppose, prior.support + weights.support);
}

/** Posterior position from weighted stance evidence. */
export function estimatePosition(weights: StanceWeights, options: PositionOptions = {}): PositionEstimate {
  const prior = options.prior ?? PRIORS.uniform;
  assertPrior(prior);
  assertWeights(weights);
  const alpha = prior.support + weights.support;
  const beta = prior.oppose + weights.oppose;
  const interval = equalTailedInterval(alpha, beta, options.level ?? 0.95);
  const mean = alpha / (alpha + beta);
  return {
    support: weights.support,
    oppose: weights.oppose,
    neutral: weights.neutral,
    alpha,
    beta,
    supportProbability: mean,
    interval,
    intervalWidth: interval.upper - interval.lower,
    probabilityLeansSupport: regularizedIncompleteBeta(0.5, beta, alpha),
    netScore: netScore(weights),
    posteriorNet: 2 * mean - 1,
  };
}

/** Posterior position of a bucket or window tally. */
export function estimateTallyPosition(tally: Tally, options: PositionOptions = {}): PositionEstimate {
  return estimatePosition(tallyWeights(tally), options);
}
