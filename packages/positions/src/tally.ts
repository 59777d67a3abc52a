import type { Stance } from './observation.js';
import type { Statement } from './statements.js';
import { addMicro, fromMicro } from './weights.js';

/**
 * Weighted sums (integer micro-units of confidence) and raw counts of deduplicated statements.
 * Integer fields make merging exact: any grouping or order of merges gives the same tally.
 */
export interface Tally {
  readonly supportMicro: number;
  readonly opposeMicro: number;
  readonly neutralMicro: number;
  readonly supportCount: number;
  readonly opposeCount: number;
  readonly neutralCount: number;
}

/** Weighted sums as plain numbers (confidence units). */
export interface StanceWeights {
  readonly support: number;
  readonly oppose: number;
  readonly neutral: number;
}

export const EMPTY_TALLY: Tally = Object.freeze({
  supportMicro: 0,
  opposeMicro: 0,
  neutralMicro: 0,
  supportCount: 0,
  opposeCount: 0,
  neutralCount: 0,
});

/** Adds (sign = 1) or removes (sign = −1) one statement's contribution. */
export function addToTally(tally: Tally, stance: Stance, weightMicro: number, sign: 1 | -1 = 1): Tally {
  const w = sign * weightMicro;
  switch (stance) {
    case 'support':
      return {
        ...tally,
        supportMicro: addMicro(tally.supportMicro, w),
        supportCount: tally.supportCount + sign,
      };
    case 'oppose':
      return { ...tally, opposeMicro: addMicro(tally.opposeMicro, w), opposeCount: tally.opposeCount + sign };
    case 'neutral':
      return {
        ...tally,
        neutralMicro: addMicro(tally.neutralMicro, w),
        neutralCount: tally.neutralCount + sign,
      };
  }
}

/** A tally being accumulated in place; read it as a Tally once done. */
export type MutableTally = { -readonly [K in keyof Tally]: Tally[K] };

/** A fresh mutable tally for accumulation loops (avoids one allocation per statement). */
export function createTallyAccumulator(): MutableTally {
  return { ...EMPTY_TALLY };
}

/** Adds one statement's contribution to a mutable tally in place. */
export function accumulateIntoTally(target: MutableTally, stance: Stance, weightMicro: number): void {
  switch (stance) {
    case 'support':
      target.supportMicro = addMicro(target.supportMicro, weightMicro);
      target.supportCount += 1;
      return;
    case 'oppose':
      target.opposeMicro = addMicro(target.opposeMicro, weightMicro);
      target.opposeCount += 1;
      return;
    case 'neutral':
      target.neutralMicro = addMicro(target.neutralMicro, weightMicro);
      target.neutralCount += 1;
      return;
  }
}

/** Sum of two tallies of disjoint statement sets. Commutative and associative (exact integers). */
export function mergeTallies(a: Tally, b: Tally): Tally {
  return {
    supportMicro: addMicro(a.supportMicro, b.supportMicro),
    opposeMicro: addMicro(a.opposeMicro, b.opposeMicro),
    neutralMicro: addMicro(a.neutralMicro, b.neutralMicro),
    supportCount: a.supportCount + b.supportCount,
    opposeCount: a.opposeCount + b.opposeCount,
    neutralCount: a.neutralCount + b.neutralCount,
  };
}

/** a − b: removes a sub-tally (e.g. a statement's old contribution before re-adding its new one). */
export function subtractTallies(a: Tally, b: Tally): Tally {
  return mergeTallies(a, {
    supportMicro: -b.supportMicro,
    opposeMicro: -b.opposeMicro,
    neutralMicro: -b.neutralMicro,
    supportCount: -b.supportCount,
    opposeCount: -b.opposeCount,
    neutralCount: -b.neutralCount,
  });
}

/** Tally of a collection of deduplicated statements. */
export function tallyStatements(statements: Iterable<Statement>): Tally {
  const tally = createTallyAccumulator();
  for (const s of statements) accumulateIntoTally(tally, s.stance, s.weightMicro);
  return tally;
}

/** Total number of statements in a tally. */
export function tallyCount(tally: Tally): number {
  return tally.supportCount + tally.opposeCount + tally.neutralCount;
}

/** Weighted sums of a tally in confidence units. */
export function tallyWeights(tally: Tally): StanceWeights {
  return {
    support: fromMicro(tally.supportMicro),
    oppose: fromMicro(tally.opposeMicro),
    neutral: fromMicro(tally.neutralMicro),
  };
}
