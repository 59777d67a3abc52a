#!/usr/bin/env node
// Prints the cue reading of every token of a text (debugging aid).
import { lookupArabicCue } from '../dist/extract/cues.js';
import { lookupEnglishCue } from '../dist/lexicon/english-cues.js';
import { normalizeText } from '../dist/text/normalize.js';
import { tokenize } from '../dist/text/tokens.js';
const text = process.argv.slice(2).join(' ');
const t = tokenize(normalizeText(text).text);
const out = [];
for (let i = 0; i < t.count; i++) {
  const w = t.text[i];
  const hit = /[a-z]/.test(w) ? lookupEnglishCue(w, t.text[i + 1]) : lookupArabicCue(w)?.cue;
  out.push(
    hit
      ? `${w}[${hit.kind}${hit.polarity > 0 ? '+' : hit.polarity < 0 ? '-' : ''}${hit.pos === 'verb' ? 'V' : hit.pos === 'noun' ? 'N' : ''}]`
      : w,
  );
}
console.log(out.join(' '));
