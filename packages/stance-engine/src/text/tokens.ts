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

// isWordChar for every UTF-16 code unit: tokenize tests each character of every story, and a
// table read costs less than a call.
const WORD_CHARS = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) WORD_CHARS[code] = isWordChar(code) ? 1 : 0;

const PUNCT = new Set([',', ';', ':', '.', '!', '?', '"', '(', ')', '[', ']', '\n', '/']);

// Offsets and word flags go into scratch typed arrays reused from call to call (grown when a
// text needs more), and the used part is copied out: cheaper than growing JS arrays and
// converting them with Int32Array.from.
let scratchStart = new Int32Array(1 << 14);
let scratchEnd = new Int32Array(1 << 14);
let scratchWord = new Uint8Array(1 << 14);
// The token strings too: written in place (appended only past the longest text so far) and
// copied out, instead of a fresh array that grows by copying as tokens are pushed.
const scratchTexts: string[] = [];

export function tokenize(folded: string): Tokens {
  const n = folded.length;
  // A text has at most one token per code unit.
  if (scratchStart.length < n) {
    scratchStart = new Int32Array(n);
    scratchEnd = new Int32Array(n);
    scratchWord = new Uint8Array(n);
  }
  const starts = scratchStart;
  const ends = scratchEnd;
  const words = scratchWord;
  const texts = scratchTexts;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (WORD_CHARS[c] === 1) {
      let j = i + 1;
      while (j < n) {
        const d = folded.charCodeAt(j);
        if (WORD_CHARS[d] === 1) {
          j++;
        } else if (d === 0x2e && j + 1 < n && WORD_CHARS[folded.charCodeAt(j + 1)] === 1 && j - i <= 2) {
          // Keeps abbreviations such as "u.s" or "u.n" in one token.
          j++;
        } else {
          break;
        }
      }
      starts[count] = i;
      ends[count] = j;
      words[count] = 1;
      texts[count++] = folded.slice(i, j);
      i = j;
    } else {
      const ch = folded[i]!;
      // (A space, the commonest, is none of them: no set lookup for it.)
      if (c !== 0x20 && PUNCT.has(ch)) {
        starts[count] = i;
        ends[count] = i + 1;
        words[count] = 0;
        texts[count++] = ch;
      }
      i++;
    }
  }
  return {
    count,
    start: starts.slice(0, count),
    end: ends.slice(0, count),
    text: texts.slice(0, count),
    isWord: words.slice(0, count),
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

/** "ووصفها" → "وصفها", "فالحكومة" → "الحكومة": a folded Arabic word without a leading و/ف. */
export function withoutConjunction(w: string): string {
  return w.replace(/^[وف]/, '');
}
