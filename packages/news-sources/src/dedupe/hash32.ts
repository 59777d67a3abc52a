/** FNV-1a over UTF-16 code units: fast, deterministic, good enough to spread words across 32 bits. */
export function hashString32(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's finaliser: an avalanche mix so that seeded variants behave like independent hash functions. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Order-dependent combination of word hashes into one shingle hash. */
export function combineHash32(seed: number, value: number): number {
  return mix32(Math.imul(seed ^ value, 0x9e3779b1) + 0x7f4a7c15);
}
