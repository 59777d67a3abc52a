// News agencies open stories with a dateline: the place the story was filed from and the
// agency ("دبي، الإمارات العربية المتحدة (CNN)-- …", "BEIRUT (Reuters) - …"). The place there is
// no actor of the story: read as one, every CNN Arabic article was held by the UAE.

// A few words without sentence punctuation, the agency in brackets, then a dash.
const DATELINE = /^\s*[^\n().!?:"«»]{1,60}?\s*\([^()\n]{1,30}\)\s*[-—–]+/u;

/** Length (in UTF-16 units of the original text) of the article's dateline, 0 if it has none. */
export function datelineLength(text: string): number {
  const m = DATELINE.exec(text);
  return m ? m[0].length : 0;
}

// Pages that run several wire stories together repeat the dateline inside the text ("… Daesh
// Defeat MOSCOW (Sputnik) According to …"): a place in capitals before a news agency in brackets.
const AGENCIES = new Set([
  'sputnik',
  'reuters',
  'afp',
  'ap',
  'tass',
  'sana',
  'anadolu',
  'upi',
  'dpa',
  'xinhua',
  'cnn',
  'irna',
  'kuna',
]);

/**
 * Whether the original text from `start` to `end` is a place in capitals followed by a news
 * agency in brackets: an inline dateline, which names no actor of the story. The place may carry
 * its country in brackets ("DEIR EZ-ZOR (Syria) (Sputnik)"), and that country is the dateline's too.
 */
export function isInlineDateline(original: string, start: number, end: number): boolean {
  if (original.charCodeAt(start - 1) === 0x28 && original.charCodeAt(end) === 0x29) {
    return capitalsBefore(original, start - 1) && agencyBracketAt(original, end + 1);
  }
  for (let i = start; i < end; i++) {
    const c = original.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  if (agencyBracketAt(original, end)) return true;
  // "ALEPPO (Syria) (Sputnik)": past the place's country in brackets.
  const country = /^ *\([A-Za-z ]{1,30}\)/.exec(original.slice(end, end + 40));
  return country !== null && agencyBracketAt(original, end + country[0].length);
}

/** A news agency in brackets at `at`, past spaces. */
function agencyBracketAt(original: string, at: number): boolean {
  let i = at;
  while (original.charCodeAt(i) === 0x20) i++;
  if (original.charCodeAt(i) !== 0x28) return false;
  const close = original.indexOf(')', i);
  return close > i && close - i <= 16 && AGENCIES.has(original.slice(i + 1, close).toLowerCase());
}

/** A word in capitals (two letters or more) right before the bracket at `at`, past spaces. */
function capitalsBefore(original: string, at: number): boolean {
  const m = /([A-Z][A-Z-]+) *$/.exec(original.slice(Math.max(0, at - 40), at));
  return m !== null;
}
