// Sentence segmentation over tokens. A sentence ends at . ! ? or a line break, except a full
// stop after an abbreviation or an initial ("U.S.", "Mr.", "J.").
import type { Tokens } from './tokens.js';

export interface Sentence {
  /** Token range [start, end). */
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'maj',
  'prof',
  'sen',
  'rep',
  'gov',
  'jr',
  'sr',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'no',
  'vs',
  'etc',
  'inc',
  'co',
  'corp',
  'u.s',
  'u.n',
  'u.k',
  'e.u',
]);

function isSentenceEnd(tokens: Tokens, i: number): boolean {
  const t = tokens.text[i]!;
  if (t === '\n' || t === '!' || t === '?') return true;
  if (t !== '.') return false;
  if (i === 0) return true;
  // "Rep. Ann Lee, D-Calif., said", "(R-Fla.)": a full stop before a comma or a closing
  // bracket ends an abbreviation, not the sentence.
  const next = tokens.text[i + 1];
  if ((next === ',' || next === ')') && tokens.end[i] === tokens.start[i + 1]) return false;
  const prev = tokens.text[i - 1]!;
  // The abbreviation must touch the full stop.
  if (tokens.end[i - 1] !== tokens.start[i]) return true;
  if (ABBREVIATIONS.has(prev) || prev.includes('.')) return false;
  if (prev.length === 1 && /[a-z]/.test(prev)) return false;
  return true;
}

export function splitSentences(tokens: Tokens): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (isSentenceEnd(tokens, i)) {
      if (i > start) sentences.push({ start, end: i });
      start = i + 1;
    }
  }
  if (start < tokens.count) sentences.push({ start, end: tokens.count });
  return sentences;
}

const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '"']);

/** True when token i is clause punctuation (comma, semicolon, colon, bracket, quote). */
export function isClauseMark(tokens: Tokens, i: number): boolean {
  return tokens.isWord[i] === 0 && CLAUSE_MARKS.has(tokens.text[i]!);
}

// Words that open a new clause inside a sentence.
const CLAUSE_OPENERS = new Set([
  'بينما',
  'لكن',
  'ولكن',
  'لكنه',
  'لكنها',
  'حيث',
  'اذ',
  'كما',
  'ثم',
  'بل',
  'فيما',
  'الا',
  'غير',
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'however',
  'meanwhile',
]);

/**
 * Clauses of a sentence: breaks at commas, semicolons and colons, and before clause-opening
 * conjunctions (بينما، لكن، حيث، كما … / but, while, because …).
 */
export function splitClauses(tokens: Tokens, sentence: Sentence): Sentence[] {
  const clauses: Sentence[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    const t = tokens.text[i]!;
    const mark = tokens.isWord[i] === 0 && (t === ',' || t === ';' || t === ':');
    const opener = tokens.isWord[i] === 1 && i > start && CLAUSE_OPENERS.has(t);
    if (mark) {
      if (i > start) clauses.push({ start, end: i });
      start = i + 1;
    } else if (opener) {
      clauses.push({ start, end: i });
      start = i;
    }
  }
  if (start < sentence.end) clauses.push({ start, end: sentence.end });
  return clauses;
}
