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
