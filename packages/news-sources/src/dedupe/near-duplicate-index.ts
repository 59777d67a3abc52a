import { NewsSourceError } from '../errors.js';
import { combineHash32 } from './hash32.js';
import { MinHasher, estimateJaccard } from './minhash.js';

export interface NearDuplicateOptions {
  /** Estimated Jaccard similarity of 3-word shingle sets at or above which two texts are near-duplicates. */
  threshold: number;
  /** LSH bands × rows = signature length. 32 × 4 makes pairs at the threshold candidates with p ≈ 0.88, at 0.6 with p ≈ 0.99. */
  bands: number;
  rows: number;
  shingleSize: number;
}

export const DEFAULT_NEAR_DUPLICATE_OPTIONS: Readonly<NearDuplicateOptions> = {
  threshold: 0.5,
  bands: 32,
  rows: 4,
  shingleSize: 3,
};

export interface NearDuplicateMatch {
  id: string;
  clusterId: string;
  similarity: number;
}

export interface AddResult {
  /** The cluster of the most similar earlier text, or this id when nothing earlier is near. */
  clusterId: string;
  nearestId?: string;
  similarity?: number;
}

/**
 * In-memory MinHash + LSH index grouping syndicated copies and light edits into clusters.
 * Deterministic: the same texts added in the same order give the same clusters. Signatures can be
 * persisted (`signatureOf`) and reloaded (`addSignature`) so a service can rebuild it at start-up.
 */
export class NearDuplicateIndex {
  readonly options: Readonly<NearDuplicateOptions>;
  private readonly hasher: MinHasher;
  private readonly ids: string[] = [];
  private readonly clusters: string[] = [];
  private readonly signatures: Uint32Array[] = [];
  private readonly positions = new Map<string, number>();
  private readonly buckets: Map<number, number[]>[];

  constructor(options: Partial<NearDuplicateOptions> = {}) {
    this.options = { ...DEFAULT_NEAR_DUPLICATE_OPTIONS, ...options };
    const { threshold, bands, rows, shingleSize } = this.options;
    if (!(threshold > 0 && threshold <= 1))
      throw new NewsSourceError('INPUT_INVALID', `threshold must be in (0, 1], got ${threshold}`);
    for (const [name, value] of Object.entries({ bands, rows, shingleSize })) {
      if (!Number.isInteger(value) || value < 1)
        throw new NewsSourceError('INPUT_INVALID', `${name} must be a positive integer, got ${value}`);
    }
    this.hasher = new MinHasher({ shingleSize, numHashes: bands * rows });
    this.buckets = Array.from({ length: bands }, () => new Map<number, number[]>());
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.positions.has(id);
  }

  clusterOf(id: string): string | undefined {
    const position = this.positions.get(id);
    return position === undefined ? undefined : this.clusters[position];
  }

  signatureOf(text: string): Uint32Array {
    return this.hasher.signature(text);
  }

  /** Near-duplicates of `text` already indexed, most similar first (ties: earliest added first). */
  query(text: string): NearDuplicateMatch[] {
    return this.querySignature(this.signatureOf(text));
  }

  querySignature(signature: Uint32Array): NearDuplicateMatch[] {
    this.requireSignatureLength(signature);
    if (isEmptySignature(signature)) return [];
    const candidates = new Set<number>();
    this.forEachBandKey(signature, (band, key) => {
      for (const position of this.buckets[band]?.get(key) ?? []) candidates.add(position);
    });
    const matches: Array<NearDuplicateMatch & { position: number }> = [];
    for (const position of candidates) {
      const similarity = estimateJaccard(signature, this.signatures[position] as Uint32Array);
      if (similarity >= this.options.threshold) {
        matches.push({
          id: this.ids[position] as string,
          clusterId: this.clusters[position] as string,
          similarity,
          position,
        });
      }
    }
    matches.sort((a, b) => b.similarity - a.similarity || a.position - b.position);
    return matches.map(({ id, clusterId, similarity }) => ({ id, clusterId, similarity }));
  }

  add(id: string, text: string): AddResult {
    return this.addSignature(id, this.signatureOf(text));
  }

  /**
   * Adds a precomputed signature. `clusterId`, when given (restoring stored state), is kept as is;
   * otherwise the text joins its nearest earlier neighbour's cluster.
   */
  addSignature(id: string, signature: Uint32Array, clusterId?: string): AddResult {
    if (this.positions.has(id))
      throw new NewsSourceError(
        'INPUT_INVALID',
        `id ${JSON.stringify(id)} is already in the near-duplicate index`,
      );
    const nearest = this.querySignature(signature)[0];
    const result: AddResult = nearest
      ? { clusterId: clusterId ?? nearest.clusterId, nearestId: nearest.id, similarity: nearest.similarity }
      : { clusterId: clusterId ?? id };
    const position = this.ids.length;
    this.ids.push(id);
    this.clusters.push(result.clusterId);
    this.signatures.push(signature);
    this.positions.set(id, position);
    if (!isEmptySignature(signature)) {
      this.forEachBandKey(signature, (band, key) => {
        const bucket = this.buckets[band] as Map<number, number[]>;
        const members = bucket.get(key);
        if (members) members.push(position);
        else bucket.set(key, [position]);
      });
    }
    return result;
  }

  private forEachBandKey(signature: Uint32Array, visit: (band: number, key: number) => void): void {
    const { bands, rows } = this.options;
    for (let band = 0; band < bands; band++) {
      let key = band;
      for (let row = 0; row < rows; row++) key = combineHash32(key, signature[band * rows + row] ?? 0);
      visit(band, key);
    }
  }

  private requireSignatureLength(signature: Uint32Array): void {
    const expected = this.options.bands * this.options.rows;
    if (signature.length !== expected) {
      throw new NewsSourceError(
        'INPUT_INVALID',
        `signature has ${signature.length} values, this index uses ${expected}`,
      );
    }
  }
}

/** A text without a single word has no shingles; it must not match other empty texts. */
function isEmptySignature(signature: Uint32Array): boolean {
  return signature.every((value) => value === 0xffffffff);
}
