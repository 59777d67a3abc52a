import { NewsSourceError } from '../errors.js';
import { combineHash32 } from './hash32.js';
import { leadContainment } from './lead-overlap.js';
import { MinHasher, estimateJaccard, orderedShingles } from './minhash.js';

export interface NearDuplicateOptions {
  /** Estimated Jaccard similarity of 3-word shingle sets at or above which two texts may be near-duplicates. */
  threshold: number;
  /** LSH bands × rows = signature length. 32 × 4 makes pairs at J = 0.5 candidates with p ≈ 0.88, at 0.6 with p ≈ 0.99. */
  bands: number;
  rows: number;
  shingleSize: number;
  /**
   * Both texts' leads (first `leadWords` words) must share at least this fraction of their
   * shingles with the other's opening (first `openingWords` words); 0 turns the check off.
   * Rejects follow-up stories that repeat an earlier article as background under a new lead.
   */
  minLeadOverlap: number;
  leadWords: number;
  openingWords: number;
}

export const DEFAULT_NEAR_DUPLICATE_OPTIONS: Readonly<NearDuplicateOptions> = {
  threshold: 0.5,
  bands: 32,
  rows: 4,
  shingleSize: 3,
  minLeadOverlap: 0.25,
  leadWords: 30,
  openingWords: 120,
};

export interface NearDuplicateMatch {
  id: string;
  clusterId: string;
  /** Estimated Jaccard similarity of the two texts' shingle sets. */
  similarity: number;
}

export interface AddResult {
  /** The cluster of the most similar earlier text, or this id when nothing earlier is near. */
  clusterId: string;
  nearestId?: string;
  similarity?: number;
}

interface Fingerprint {
  signature: Uint32Array;
  /** Shingles of the opening words, in order; the lead is its prefix. */
  opening: Uint32Array;
}

/**
 * In-memory MinHash + LSH index grouping syndicated copies and light edits into clusters.
 * Deterministic: the same texts added in the same order give the same clusters. Fingerprints can be
 * persisted (`fingerprintOf`, a Uint32Array) and reloaded (`addFingerprint`) so a service can rebuild
 * the index at start-up without the texts.
 */
export class NearDuplicateIndex {
  readonly options: Readonly<NearDuplicateOptions>;
  private readonly hasher: MinHasher;
  private readonly ids: string[] = [];
  private readonly clusters: string[] = [];
  private readonly fingerprints: Fingerprint[] = [];
  private readonly positions = new Map<string, number>();
  /** Per band: band key → one position, or several (most buckets hold one, and a bare number saves an array). */
  private readonly buckets: Map<number, number | number[]>[];

  constructor(options: Partial<NearDuplicateOptions> = {}) {
    this.options = { ...DEFAULT_NEAR_DUPLICATE_OPTIONS, ...options };
    const { threshold, bands, rows, shingleSize, minLeadOverlap, leadWords, openingWords } = this.options;
    if (!(threshold > 0 && threshold <= 1)) {
      throw new NewsSourceError('INPUT_INVALID', `threshold must be in (0, 1], got ${threshold}`);
    }
    if (!(minLeadOverlap >= 0 && minLeadOverlap <= 1)) {
      throw new NewsSourceError('INPUT_INVALID', `minLeadOverlap must be in [0, 1], got ${minLeadOverlap}`);
    }
    for (const [name, value] of Object.entries({ bands, rows, shingleSize, leadWords, openingWords })) {
      if (!Number.isInteger(value) || value < 1) {
        throw new NewsSourceError('INPUT_INVALID', `${name} must be a positive integer, got ${value}`);
      }
    }
    if (leadWords > openingWords) {
      throw new NewsSourceError(
        'INPUT_INVALID',
        `leadWords (${leadWords}) cannot exceed openingWords (${openingWords})`,
      );
    }
    this.hasher = new MinHasher({ shingleSize, numHashes: bands * rows });
    this.buckets = Array.from({ length: bands }, () => new Map<number, number | number[]>());
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

  /** Compact, storable form of a text: MinHash signature followed by the opening's shingles. */
  fingerprintOf(text: string): Uint32Array {
    const shingles = orderedShingles(text, this.options.shingleSize);
    const signature = this.hasher.signatureOfShingles(shingles);
    const opening = shingles.subarray(0, this.openingShingleCount());
    const fingerprint = new Uint32Array(signature.length + opening.length);
    fingerprint.set(signature);
    fingerprint.set(opening, signature.length);
    return fingerprint;
  }

  /** Near-duplicates of `text` already indexed, most similar first (ties: earliest added first). */
  query(text: string): NearDuplicateMatch[] {
    return this.queryFingerprint(this.fingerprintOf(text));
  }

  queryFingerprint(fingerprint: Uint32Array): NearDuplicateMatch[] {
    return this.findMatches(this.splitFingerprint(fingerprint));
  }

  add(id: string, text: string): AddResult {
    return this.addFingerprint(id, this.fingerprintOf(text));
  }

  /**
   * Adds a stored fingerprint. `clusterId`, when given (restoring stored state), is kept as is;
   * otherwise the text joins its nearest earlier neighbour's cluster.
   */
  addFingerprint(id: string, fingerprint: Uint32Array, clusterId?: string): AddResult {
    if (this.positions.has(id)) {
      throw new NewsSourceError(
        'INPUT_INVALID',
        `id ${JSON.stringify(id)} is already in the near-duplicate index`,
      );
    }
    const parts = this.splitFingerprint(fingerprint);
    const nearest = this.findMatches(parts)[0];
    const result: AddResult = nearest
      ? { clusterId: clusterId ?? nearest.clusterId, nearestId: nearest.id, similarity: nearest.similarity }
      : { clusterId: clusterId ?? id };
    const position = this.ids.length;
    this.ids.push(id);
    this.clusters.push(result.clusterId);
    this.fingerprints.push(parts);
    this.positions.set(id, position);
    if (!isEmptySignature(parts.signature)) {
      this.forEachBandKey(parts.signature, (band, key) => {
        const bucket = this.buckets[band] as Map<number, number | number[]>;
        const members = bucket.get(key);
        if (members === undefined) bucket.set(key, position);
        else if (typeof members === 'number') bucket.set(key, [members, position]);
        else members.push(position);
      });
    }
    return result;
  }

  private findMatches(query: Fingerprint): NearDuplicateMatch[] {
    if (isEmptySignature(query.signature)) return [];
    const candidates = new Set<number>();
    this.forEachBandKey(query.signature, (band, key) => {
      const members = this.buckets[band]?.get(key);
      if (typeof members === 'number') candidates.add(members);
      else for (const position of members ?? []) candidates.add(position);
    });
    const matches: Array<NearDuplicateMatch & { position: number }> = [];
    for (const position of candidates) {
      const candidate = this.fingerprints[position] as Fingerprint;
      const similarity = estimateJaccard(query.signature, candidate.signature);
      if (similarity >= this.options.threshold && this.leadsAgree(query, candidate)) {
        const id = this.ids[position] as string;
        matches.push({ id, clusterId: this.clusters[position] as string, similarity, position });
      }
    }
    matches.sort((a, b) => b.similarity - a.similarity || a.position - b.position);
    return matches.map(({ id, clusterId, similarity }) => ({ id, clusterId, similarity }));
  }

  private leadsAgree(a: Fingerprint, b: Fingerprint): boolean {
    const { minLeadOverlap } = this.options;
    if (minLeadOverlap === 0) return true;
    const leadLength = this.leadShingleCount();
    return (
      leadContainment(a.opening.subarray(0, leadLength), b.opening) >= minLeadOverlap &&
      leadContainment(b.opening.subarray(0, leadLength), a.opening) >= minLeadOverlap
    );
  }

  private openingShingleCount(): number {
    return Math.max(1, this.options.openingWords - this.options.shingleSize + 1);
  }

  private leadShingleCount(): number {
    return Math.max(1, this.options.leadWords - this.options.shingleSize + 1);
  }

  private splitFingerprint(fingerprint: Uint32Array): Fingerprint {
    const length = this.options.bands * this.options.rows;
    if (fingerprint.length < length || fingerprint.length > length + this.openingShingleCount()) {
      throw new NewsSourceError(
        'INPUT_INVALID',
        `fingerprint has ${fingerprint.length} values; this index expects ${length} signature values plus at most ${this.openingShingleCount()} opening shingles`,
      );
    }
    return { signature: fingerprint.subarray(0, length), opening: fingerprint.subarray(length) };
  }

  private forEachBandKey(signature: Uint32Array, visit: (band: number, key: number) => void): void {
    const { bands, rows } = this.options;
    for (let band = 0; band < bands; band++) {
      let key = band;
      for (let row = 0; row < rows; row++) key = combineHash32(key, signature[band * rows + row] ?? 0);
      visit(band, key);
    }
  }
}

/** A text without a single word has no shingles; it must not match other empty texts. */
function isEmptySignature(signature: Uint32Array): boolean {
  return signature.every((value) => value === 0xffffffff);
}
