import { createHash } from 'node:crypto';
import type { Codebook } from './types.js';

/**
 * JSON with object keys sorted at every level, so the same codebook gives the same text
 * however its file ordered keys (list order is kept: it is meaningful).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A content version of a codebook: sha256 (hex) of its canonical JSON. Formatting and comments do not change it. */
export function codebookDigest(codebook: Codebook): string {
  return createHash('sha256').update(canonicalJson(codebook)).digest('hex');
}
