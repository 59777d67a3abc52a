// News pages carry links to other stories: a teaser line inside the story ("اقرأ أيضا: …",
// "للمزيد: …") or, on pages flattened to one line, run-on headlines after "Related", "Tags" or
// "Topic". Those headlines belong to other stories; read as this one, their verbs made positions
// ("Related … Syrian Army Kills Dozens Daesh Militants").
import type { Sentence } from './segment.js';
import type { Tokens } from './tokens.js';

// Folded Arabic teaser labels, each followed by ":" or "/".
const AR_TEASER_LABELS: readonly (readonly string[])[] = [
  ['اقرا', 'ايضا'],
  ['اقرا', 'المزيد'],
  ['شاهد', 'ايضا'],
  ['للمزيد'],
];

// English list labels, capitalised on the page; "Related" may name its list ("Related News"), and
// so does a page footer's "Category News" before its run of other stories' headlines.
const EN_LIST_LABELS = new Set(['related', 'tags', 'topic', 'category']);
const EN_LIST_NAMES = new Set(['news', 'coverage', 'stories', 'articles', 'content', 'posts']);
// Tag lists run straight into the story's opening words on flattened pages ("Tags Syria Idlib
// The brigade announced …", "… Khan Sheikhun Fifty nine US cruise missiles struck …"): a
// capitalised article or number word opens the story again.
const EN_STORY_OPENERS = new Set([
  'the',
  'a',
  'an',
  'at',
  'in',
  'on',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
]);

/**
 * Adds the token spans of the sentence's link lists to `out`. A teaser line is all of its line;
 * run-on headlines run to the next full stop; a topic label to its story count ("Topic Violence
 * Erupts as Islamic State Rises (1881)"); tags to the story's first words.
 */
export function collectLinkLists(
  tokens: Tokens,
  sentence: Sentence,
  lang: 'ar' | 'en',
  /** English: 1 where the token is capitalised in the original. */
  capitalized: Uint8Array | undefined,
  out: Sentence[],
): void {
  if (lang === 'ar') {
    if (isArabicTeaser(tokens, sentence)) out.push(sentence);
    return;
  }
  if (!capitalized) return;
  for (let k = sentence.start; k + 1 < sentence.end; k++) {
    if (photoCredit(tokens, k, sentence.end, capitalized)) {
      // The photo's caption is another story's headline, up to this story's opening words.
      const end = captionEnd(tokens, k + 3, sentence.end, capitalized);
      out.push({ start: k, end });
      k = end - 1;
      continue;
    }
    const label = tokens.text[k]!;
    if (capitalized[k] !== 1 || !EN_LIST_LABELS.has(label)) continue;
    let next = k + 1;
    if (
      (label === 'related' || label === 'category') &&
      EN_LIST_NAMES.has(tokens.text[next]!) &&
      capitalized[next] === 1
    )
      next++;
    if (next >= sentence.end || tokens.isWord[next] !== 1) continue;
    // Tags are often lower-case ("Tags chemical weapons Damascus"); headlines are capitalised.
    if (label !== 'tags' && capitalized[next] !== 1) continue;
    const end = listEnd(tokens, label, next, sentence.end, capitalized);
    out.push({ start: k, end });
    k = end - 1;
  }
}

/**
 * "… told Sputnik. Sputnik Mikhail Voskresenskiy Syrian Army Repelled Daesh Attack …": an agency's
 * photo credit (the agency and a photographer's first and last name, or "AP Photo") before a
 * capitalised caption.
 */
function photoCredit(tokens: Tokens, k: number, end: number, capitalized: Uint8Array): boolean {
  if (k + 3 >= end || !PHOTO_AGENCIES.has(tokens.text[k]!)) return false;
  if (tokens.text[k] === 'ap' && tokens.text[k + 1] !== 'photo') return false;
  for (let j = k; j <= k + 3; j++) if (capitalized[j] !== 1 || tokens.isWord[j] !== 1) return false;
  return !EN_STORY_OPENERS.has(tokens.text[k + 1]!) && !EN_STORY_OPENERS.has(tokens.text[k + 2]!);
}

const PHOTO_AGENCIES = new Set(['sputnik', 'reuters', 'afp', 'ap', 'epa']);

// Short words a title-case caption leaves lower-case ("Turkish Army Seizes Armed Insurgent at
// Turkish-Syrian Border").
const CAPTION_FUNCTION_WORDS = new Set([
  'a',
  'al',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'its',
  'of',
  'on',
  'or',
  'over',
  'than',
  'the',
  'to',
  'with',
]);

/**
 * A caption runs to the story's opening words: a capitalised article or number word, a dateline
 * ("MOSCOW (Sputnik)"), or the capitalised word before two lower-case words that are no caption's
 * function words ("… at Turkish-Syrian Border Syrian forces managed to regain …").
 */
function captionEnd(tokens: Tokens, from: number, end: number, capitalized: Uint8Array): number {
  for (let k = from; k < end; k++) {
    if (capitalized[k] === 1 && EN_STORY_OPENERS.has(tokens.text[k]!)) return k;
    if (k > from && tokens.text[k + 1] === '(' && capitalized[k] === 1) return k;
    if (
      k > from &&
      k + 1 < end &&
      capitalized[k - 1] === 1 &&
      lowerWord(tokens, k, capitalized) &&
      lowerWord(tokens, k + 1, capitalized)
    )
      return k - 1;
  }
  return end;
}

function lowerWord(tokens: Tokens, k: number, capitalized: Uint8Array): boolean {
  return tokens.isWord[k] === 1 && capitalized[k] !== 1 && !CAPTION_FUNCTION_WORDS.has(tokens.text[k]!);
}

function listEnd(tokens: Tokens, label: string, from: number, end: number, capitalized: Uint8Array): number {
  for (let k = from; k < end; k++) {
    if (label === 'topic' && tokens.text[k] === ')') return k + 1;
    if (label === 'tags' && capitalized[k] === 1 && EN_STORY_OPENERS.has(tokens.text[k]!)) return k;
  }
  return end;
}

function isArabicTeaser(tokens: Tokens, sentence: Sentence): boolean {
  return AR_TEASER_LABELS.some((label) => {
    const at = sentence.start + label.length;
    return (
      at < sentence.end &&
      (tokens.text[at] === ':' || tokens.text[at] === '/') &&
      label.every((w, i) => tokens.text[sentence.start + i] === w)
    );
  });
}
