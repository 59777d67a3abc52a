// Arabic harakat, superscript alef and Quranic marks: optional in news text, so copies differ by them.
const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
// Zero-width and bidi control characters survive copy-paste but carry no content.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Canonical form of article text for exact-duplicate hashing: Unicode NFKC, Arabic diacritics and
 * tatweel removed, invisible characters dropped, every whitespace run collapsed to one space.
 * Case and punctuation are kept: they are content, not encoding.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(ARABIC_DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
