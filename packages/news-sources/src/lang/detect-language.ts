import { eld } from 'eld/small';

export type DetectedLanguage = 'ar' | 'en' | 'und' | (string & {});

const ARABIC_LETTER = /(?=\p{L})\p{Script=Arabic}/gu;
// Letters of Persian, Urdu, Kurdish and Pashto that standard Arabic does not use: their presence means "ask the model".
const NON_ARABIC_LANGUAGE_LETTERS =
  /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06BE\u06C1\u06D2\u0679\u0688\u0691\u06D5\u06B5\u06CE]/gu;
const LETTER = /\p{L}/gu;
const MIN_LETTERS = 3;
const ARABIC_SHORTCUT_RATIO = 0.6;
// The model is linear in input length and a few thousand characters settle it.
const MODEL_SAMPLE_CHARS = 3000;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * ISO 639-1 code of the text's language: 'ar' and 'en' for the languages this project reads,
 * another code when the model is confident, 'und' when the text is too short or ambiguous.
 * Arabic is decided by script ratio alone (fast, and reliable for news text).
 */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, MODEL_SAMPLE_CHARS).replace(/https?:\/\/\S+/g, ' ');
  const letters = countMatches(sample, LETTER);
  if (letters < MIN_LETTERS) return 'und';
  const arabicLetters = countMatches(sample, ARABIC_LETTER);
  if (arabicLetters / letters >= ARABIC_SHORTCUT_RATIO) {
    const foreign = countMatches(sample, NON_ARABIC_LANGUAGE_LETTERS);
    if (foreign / arabicLetters < 0.01) return 'ar';
  }
  const result = eld.detect(sample);
  return result.language !== '' && result.isReliable() ? result.language : 'und';
}
