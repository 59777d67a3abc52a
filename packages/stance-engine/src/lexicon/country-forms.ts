// Which gazetteer countries a codebook phrase names, word by word: "البرلمان العراقي" and
// "للعراق" name Iraq, while "المالكي" names no Mali and "السوداني" inside a person's name is
// left to the caller (it asks only about institutions and topics).
import { foldString } from '../text/normalize.js';
import { listCountries } from './countries.js';

interface Form {
  code: string;
  /** A nationality adjective or people's name that is no name of the country ("عراقي", not "US"). */
  demonym: boolean;
}

interface FormIndex {
  /** Folded one-word names and demonyms. */
  words: Map<string, Form[]>;
  /** Folded names and demonyms of several words, by their first word. */
  phrases: Map<string, (Form & { words: string[] })[]>;
}

// Proclitics a country word may carry: conjunction, then preposition.
const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

let index: FormIndex | undefined;

function formIndex(): FormIndex {
  if (index) return index;
  const words = new Map<string, Form[]>();
  const phrases: FormIndex['phrases'] = new Map();
  for (const country of listCountries()) {
    const names = new Set([...country.names.ar, ...country.names.en].map(foldString));
    const forms = [...country.names.ar, ...country.names.en, ...country.demonyms.ar, ...country.demonyms.en];
    for (const form of new Set(forms.filter((f) => f.length >= 3).map(foldString))) {
      const entry = { code: country.code, demonym: !names.has(form) };
      const parts = form.split(' ');
      if (parts.length > 1)
        phrases.set(parts[0]!, [...(phrases.get(parts[0]!) ?? []), { ...entry, words: parts }]);
      else words.set(form, [...(words.get(form) ?? []), entry]);
    }
  }
  index = { words, phrases };
  return index;
}

/** The folded words of a codebook phrase. */
function foldedWords(text: string): string[] {
  return foldString(text)
    .split(/[^\p{L}\p{N}.]+/u)
    .filter(Boolean);
}

/** The word as written and without each proclitic ("للعراق" → "العراق" too). */
function readings(word: string): string[] {
  const out: string[] = [];
  for (const p of PROCLITICS) {
    if (!word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    out.push(rest);
    // ل + ال is written لل.
    if (p.endsWith('ل') && rest.startsWith('ل')) out.push('ا' + rest);
  }
  return out;
}

/**
 * The countries (ISO codes) whose names or demonyms occur as words in the texts; with
 * `demonymsOnly`, only those named by a nationality adjective ("البرلمان العراقي", "Iraqi").
 */
export function countriesNamedIn(texts: readonly string[], demonymsOnly = false): Set<string> {
  const { words, phrases } = formIndex();
  const named = new Set<string>();
  for (const text of texts) {
    const folded = foldedWords(text);
    folded.forEach((word, i) => {
      for (const r of readings(word)) {
        for (const f of words.get(r) ?? []) if (f.demonym || !demonymsOnly) named.add(f.code);
        for (const p of phrases.get(r) ?? [])
          if ((p.demonym || !demonymsOnly) && p.words.every((w, j) => j === 0 || folded[i + j] === w))
            named.add(p.code);
      }
    });
  }
  return named;
}

// Prepositions that set a scene: "in northern Iraq", "في شمال العراق", "inside Syria".
const IN_WORDS = new Set(['in', 'inside', 'within', 'في', 'داخل']);

/**
 * The countries a codebook phrase sets its topic in: named within three words after "in"/"في"
 * ("Turkish military operations in northern Iraq" → IQ, not TR, which acts there).
 */
export function settingCountriesIn(texts: readonly string[]): Set<string> {
  const setting = new Set<string>();
  for (const text of texts) {
    const words = foldedWords(text);
    words.forEach((word, i) => {
      if (IN_WORDS.has(word))
        for (const code of countriesNamedIn([words.slice(i + 1, i + 4).join(' ')])) setting.add(code);
    });
  }
  return setting;
}
