import { createHash } from 'node:crypto';
import { normalizeText } from './normalize-text.js';

/** sha256 (hex) of the normalised text, so re-encoded copies of one article hash the same. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeText(text), 'utf8').digest('hex');
}
