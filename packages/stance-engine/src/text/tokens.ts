// Splits folded text into word tokens and punctuation marks that matter for structure.
import { isWordChar } from './normalize.js';

export interface Tokens {
  /** Number of tokens. */
  count: number;
  /** Folded-text start offset of each token. */
  start: Int32Array;
  /** Folded-text end offset (exclusive). */
  end: Int32Array;
  /** The token strings (folded). Punctuation tokens are single characters. */
  text: string[];
  /** 1 for word tokens, 0 for punctuation. */
  isWord: Uint8Array;
}

const PUNCT = new Set([',', ';', ':', '.', '!', '?', '"', '(', ')', '[', ']', '\n', '/']);

export function tokenize(folded: string): Tokens {
  const n = folded.length;
  const starts: number[] = [];
  const ends: number[] = [];
  const texts: string[] = [];
  const words: number[] = [];
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < n) {
        const d = folded.charCodeAt(j);
        if (isWordChar(d)) {
          j++;
        } else if (d === 0x2e && j + 1 < n && isWordChar(folded.charCodeAt(j + 1)) && j - i <= 2) {
          // Keeps abbreviations such as "u.s" or "u.n" in one token.
          j++;
        } else {
          break;
        }
      }
      starts.push(i);
      ends.push(j);
      texts.push(folded.slice(i, j));
      words.push(1);
      i = j;
    } else {
      const ch = folded[i]!;
      if (PUNCT.has(ch)) {
        starts.push(i);
        ends.push(i + 1);
        texts.push(ch);
        words.push(0);
      }
      i++;
    }
  }
  return {
    count: starts.length,
    start: Int32Array.from(starts),
    end: Int32Array.from(ends),
    text: texts,
    isWord: Uint8Array.from(words),
  };
}

/** Index of the token containing folded offset `pos`, or the next one after it. */
export function tokenAt(tokens: Tokens, pos: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.end[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
