import { normalizeText } from '../text/normalize-text.js';

// Arabic letter variants that spelling and keyboards use interchangeably: أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي.
const ARABIC_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/[\u0622\u0623\u0625\u0671]/g, '\u0627'],
  [/\u0649/g, '\u064A'],
  [/\u0629/g, '\u0647'],
  [/\u0624/g, '\u0648'],
  [/\u0626/g, '\u064A'],
];

/**
 * Words used for near-duplicate comparison: normalised, case-folded, Arabic letter variants
 * folded, punctuation dropped. Digits are kept: figures distinguish stories.
 */
export function tokenizeForComparison(text: string): string[] {
  let folded = normalizeText(text).toLowerCase();
  for (const [pattern, replacement] of ARABIC_FOLDS) folded = folded.replace(pattern, replacement);
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}
