// Topic phrases written with one modifier inside them: "انسحاب جميع القوات الأمريكية",
// "انسحاب القوات العسكرية الأمريكية", "withdrawal of all US troops". As generated automaton
// patterns these tripled the default codebook's automaton and its compile time; here the
// phrases are indexed by their first word, and only a story word that begins a phrase is read
// further, with one modifier allowed between two of the phrase's words.
import { foldString } from '../text/normalize.js';
import { listCountries } from '../lexicon/countries.js';
import { AR_PREPOSITIONS } from './bare-heads.js';
import { AR_DEMONSTRATIVES } from './word-lists.js';
import type { Tokens } from '../text/tokens.js';

/** A multi-word topic pattern, by its words. */
export interface GappedPhrase {
  words: readonly string[];
  /** The automaton pattern it spells without the gap. */
  pattern: number;
}

export interface GappedMatch {
  pattern: number;
  /** Token span [tokStart, tokEnd), the gap word included. */
  tokStart: number;
  tokEnd: number;
  /** The gap word's token. */
  gap: number;
  /** The proclitic on the first word ("و" of "وانسحاب"). */
  prefix: string;
}

const ONE_WORD = /^[\u0621-\u064aa-z]+$/;

/** Multi-word topic patterns by their first word (patterns given by index: the automaton's). */
export function indexGappedPhrases(
  patterns: readonly string[],
  isTopicPattern: (pattern: number) => boolean,
): Map<string, GappedPhrase[]> {
  const out = new Map<string, GappedPhrase[]>();
  patterns.forEach((text, pattern) => {
    if (!text.includes(' ') || !isTopicPattern(pattern)) return;
    const words = text.split(' ');
    if (words.length > 6 || !words.every((w) => ONE_WORD.test(w))) return;
    const list = out.get(words[0]!);
    if (list) list.push({ words, pattern });
    else out.set(words[0]!, [{ words, pattern }]);
  });
  return out;
}

// Proclitics a phrase's first word may carry (as in mentions.ts).
const PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

// Words that take the genitive of a construct themselves and so may stand between its head and
// that genitive: quantifiers ("انسحاب جميع القوات"), demonstratives ("نتائج هذه الانتخابات") and
// nouns of place before a place's name ("تحرير مدينة الحديدة", "الانسحاب من مدينة عفرين").
const AR_CONSTRUCT_WORDS = new Set([
  ...'جميع كل كافه باقي بقيه كامل معظم'.split(' '),
  ...AR_DEMONSTRATIVES,
  ...'مدينه بلده قريه منطقه محافظه ميناء مطار ريف اراضي مدن بلدات قري'.split(' '),
]);

// Adjectives other than nisbas that qualify an act without changing which act it is.
const AR_ADJECTIVES = new Set(
  'جديد جديده كامل كامله شامل شامله دايم دايمه واسع واسعه مزعوم مزعومه اخير اخيره مقبل مقبله مستمر مستمره متواصل متواصله'.split(
    ' ',
  ),
);

// Particles spelled like a nisba (ending in ي).
const AR_NOT_NISBA = new Set(['الذي', 'التي', 'اللذي', 'حتي', 'لدي', 'متي', 'الي', 'علي', 'اي', 'لكي', 'كي']);

const EN_GAP_WORDS = new Set(
  'all the remaining new fresh further additional military air aerial ground peace independent lethal immediate full complete total permanent nationwide lasting renewed latest planned alleged unilateral direct comprehensive temporary partial wider broader major massive limited'.split(
    ' ',
  ),
);

let demonyms: Set<string> | undefined;

/** Every country demonym, folded: a modifier naming a country makes the phrase another country's. */
function countryDemonyms(): Set<string> {
  demonyms ??= new Set(
    listCountries().flatMap((c) => [...c.demonyms.ar, ...c.demonyms.en].map((d) => foldString(d))),
  );
  return demonyms;
}

/** Arabic: the gap word may stand after `before` and before `after` (phrase words). */
function isArabicModifier(gap: string, before: string, after: string): boolean {
  const definite = before.startsWith('ال');
  if (!definite && after.startsWith('ال') && !AR_PREPOSITIONS.has(after)) return AR_CONSTRUCT_WORDS.has(gap);
  // An adjective agrees with its noun in definiteness.
  if (gap.startsWith('ال') !== definite) return false;
  const stem = definite ? gap.slice(2) : gap;
  if (AR_ADJECTIVES.has(stem)) return true;
  return (
    stem.length >= 3 &&
    /ي(ه)?$/.test(stem) &&
    !AR_NOT_NISBA.has(gap) &&
    !AR_PREPOSITIONS.has(gap) &&
    !countryDemonyms().has(gap)
  );
}

function isModifier(gap: string, before: string, after: string): boolean {
  if (/^[a-z]+$/.test(gap)) return EN_GAP_WORDS.has(gap);
  return isArabicModifier(gap, before, after);
}

/** Topic phrases in the story with one modifier inside, by token span. */
export function findGappedPhrases(
  index: ReadonlyMap<string, readonly GappedPhrase[]>,
  tokens: Tokens,
): GappedMatch[] {
  const out: GappedMatch[] = [];
  if (index.size === 0) return out;
  for (let k = 0; k < tokens.count; k++) {
    if (!tokens.isWord[k]) continue;
    const first = tokens.text[k]!;
    for (const prefix of PREFIXES) {
      if (!first.startsWith(prefix)) continue;
      const phrases = index.get(prefix === '' ? first : first.slice(prefix.length));
      if (!phrases) continue;
      for (const phrase of phrases) {
        const gap = gapAt(phrase.words, tokens, k);
        if (gap > 0)
          out.push({
            pattern: phrase.pattern,
            tokStart: k,
            tokEnd: k + phrase.words.length + 1,
            gap: k + gap,
            prefix,
          });
      }
    }
  }
  return out;
}

/** Where the phrase's words stand from token k with one modifier inside (its word index), or 0. */
function gapAt(words: readonly string[], tokens: Tokens, k: number): number {
  const n = words.length;
  if (k + n >= tokens.count) return 0;
  // Words before the gap must follow each other; find the first that differs.
  let g = 1;
  while (g < n && tokens.text[k + g] === words[g] && tokens.isWord[k + g]) g++;
  if (g === n) return 0; // the phrase as written (the automaton's)
  for (let i = g; i < n; i++) if (tokens.text[k + i + 1] !== words[i] || !tokens.isWord[k + i + 1]) return 0;
  const gapWord = tokens.text[k + g]!;
  return tokens.isWord[k + g] && isModifier(gapWord, words[g - 1]!, words[g]!) ? g : 0;
}
