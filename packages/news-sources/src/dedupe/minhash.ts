import { NewsSourceError } from '../errors.js';
import { combineHash32, hashString32, mix32 } from './hash32.js';
import { tokenizeForComparison } from './tokenize.js';

export interface MinHashOptions {
  /** Words per shingle (default 3): long enough that shared vocabulary of one topic does not match. */
  shingleSize: number;
  /** Signature length (default 128): the error of the Jaccard estimate is about 1/sqrt(n). */
  numHashes: number;
}

export const DEFAULT_MINHASH_OPTIONS: Readonly<MinHashOptions> = { shingleSize: 3, numHashes: 128 };

/** Deterministic per-position seeds (splitmix-style sequence from a fixed start). */
function makeSeeds(count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = 0x2545f491;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = mix32(state);
  }
  return seeds;
}

/** Shingle hashes in text order (repeats kept); texts shorter than a shingle form one shingle of all their words. */
export function orderedShingles(text: string, shingleSize: number): Uint32Array {
  const words = tokenizeForComparison(text).map(hashString32);
  const size = Math.min(shingleSize, words.length);
  const count = size > 0 ? words.length - size + 1 : 0;
  const shingles = new Uint32Array(count);
  for (let start = 0; start < count; start++) {
    let hash = 0;
    for (let k = 0; k < size; k++) hash = combineHash32(hash, words[start + k] ?? 0);
    shingles[start] = hash;
  }
  return shingles;
}

/** Distinct shingle hashes of a text. */
export function shingleHashes(text: string, shingleSize: number): Uint32Array {
  return Uint32Array.from(new Set(orderedShingles(text, shingleSize)));
}

/** Computes MinHash signatures: position i holds the minimum of hash-function i over the shingles. */
export class MinHasher {
  readonly options: Readonly<MinHashOptions>;
  private readonly seeds: Uint32Array;

  constructor(options: Partial<MinHashOptions> = {}) {
    this.options = { ...DEFAULT_MINHASH_OPTIONS, ...options };
    this.seeds = makeSeeds(this.options.numHashes);
  }

  /** Signature of a text; an empty text yields all-0xffffffff, which matches only other empty texts. */
  signature(text: string): Uint32Array {
    return this.signatureOfShingles(orderedShingles(text, this.options.shingleSize));
  }

  /** Signature of precomputed shingle hashes (repeats do not change the minimum). */
  signatureOfShingles(shingles: Uint32Array): Uint32Array {
    const signature = new Uint32Array(this.options.numHashes).fill(0xffffffff);
    for (let i = 0; i < this.seeds.length; i++) {
      const seed = this.seeds[i] ?? 0;
      let min = 0xffffffff;
      for (let s = 0; s < shingles.length; s++) {
        const h = mix32((shingles[s] ?? 0) ^ seed);
        if (h < min) min = h;
      }
      signature[i] = min;
    }
    return signature;
  }
}

/** Fraction of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0)
    throw new NewsSourceError('INPUT_INVALID', 'signatures must have the same, non-zero length');
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}
