// "المصدر" (the source) as the subject of a later sentence: "أعلن مصدر مسؤول بوزارة الخارجية
// السعودية … . وأضاف المصدر أن …", "وحمل المصدر النظام السوري مسؤولية …". Gulf and Arab foreign
// ministries speak through the formula "مصدر مسؤول في <body>", the body's official voice; the
// definite "المصدر" after it (also "المصدر المسؤول", "المصدر نفسه") is the same source, so it
// stands for the body. Only that formula is an antecedent: an anonymous "مصدر أمني" or "مصدر
// مطلع" speaks for no one, and a nearer one of those ends the chain.
import type { CompiledCodebook } from '../compile.js';
import type { Tokens } from '../text/tokens.js';
import type { Sentence } from '../text/segment.js';
import { lookupArabicCue } from './cues.js';
import { actorMention, withAddedMentions, type Mention } from './mentions.js';
import { isOfficeWord } from '../lexicon/common-words.js';

// Adjectives of an official source (folded): "مصدر مسؤول", "مصدر رسمي", "مصدر حكومي".
const OFFICIAL_SOURCE_ADJECTIVES = new Set(['مسوول', 'رسمي', 'حكومي', 'دبلوماسي', 'رفيع']);
// How many sentences back the source may have been introduced (a statement runs on for a few).
const MAX_SENTENCES_BACK = 4;

/** The tracked body (not a person) a source at token j speaks for: "مصدر مسؤول في/بـ X", or -1. */
function sourceBody(
  compiled: CompiledCodebook,
  tokens: Tokens,
  mentions: readonly Mention[],
  j: number,
): number {
  let k = j + 1;
  let official = false;
  while (k < tokens.count && k <= j + 3 && OFFICIAL_SOURCE_ADJECTIVES.has(tokens.text[k]!)) {
    official = true;
    k++;
  }
  // "مصدر في وزارة الخارجية الكويتية", "مصدر مسؤول بوزارة …", "مصدر مسؤول في التحالف".
  const w = tokens.text[k] ?? '';
  const inBody = w === 'في' ? k + 1 : /^ب/.test(w) && w.length > 3 ? k : -1;
  if (inBody < 0) return -1;
  for (let i = inBody; i < tokens.count && i <= inBody + 3; i++) {
    const m = mentions.find((x) => x.tokStart <= i && x.tokEnd > i && x.kind !== 'topic');
    if (m) {
      const actor = m.countryOf ?? m.actor;
      if (actor < 0 || compiled.codebook.actors[actor]!.kind === 'person') return -1;
      // A bare "مصدر في X" is the body's only when X is an office of it ("وزارة الخارجية …").
      return official || m.kind === 'demonym' || i > inBody ? actor : -1;
    }
    const word = i === inBody && w !== 'في' ? w.slice(1) : tokens.text[i]!;
    if (!isOfficeWord(word, 'ar')) return -1;
  }
  return -1;
}

/**
 * "مصدر"/"المصدر" at k is a clause's subject: after a verb ("وأضاف المصدر"), after the verb opening
 * its sentence ("وحمل المصدر …", a verb the cue lexicon leaves out), or after "عن" (نقلت … عن المصدر).
 */
function subjectSource(tokens: Tokens, k: number, sentenceStart: number): boolean {
  const prev = tokens.text[k - 1] ?? '';
  return (
    lookupArabicCue(prev)?.cue.pos === 'verb' ||
    prev === 'عن' ||
    (k - 1 === sentenceStart && /^[وف]/.test(prev) && prev.length > 2)
  );
}

/** The first token from `from` on that is "مصدر" or "المصدر", or -1. */
function nextSourceWord(tokens: Tokens, from: number): number {
  for (let k = from; k < tokens.count; k++) {
    const w = tokens.text[k]!;
    if (w === 'مصدر' || w === 'المصدر') return k;
  }
  return -1;
}

/** Arabic mentions with each "المصدر" after an official source's formula standing for its body. */
export function withSourceAnaphors(
  compiled: CompiledCodebook,
  tokens: Tokens,
  sentences: readonly Sentence[],
  mentions: Mention[],
): Mention[] {
  // (The search for the source word runs in a function of its own: most stories have none, and
  // a loop holding the rest would be optimised before the rest had run, then thrown away at each
  // of its first steps.)
  let k = nextSourceWord(tokens, 0);
  if (k < 0) return mentions;
  const added: Mention[] = [];
  // The body of the source introduced last and the sentence it was in (-1: none, or anonymous).
  let body = -1;
  let since = -1;
  let si = 0;
  for (; k >= 0; k = nextSourceWord(tokens, k + 1)) {
    const w = tokens.text[k]!;
    while (si < sentences.length && sentences[si]!.end <= k) si++;
    const subject = si < sentences.length && subjectSource(tokens, k, sentences[si]!.start);
    if (w === 'مصدر') {
      // "قال مصدر أمني" introduces another source; "مصدر قلق" (a cause of concern) none.
      const introduced = sourceBody(compiled, tokens, mentions, k);
      if (introduced >= 0 || subject) [body, since] = [introduced, si];
      continue;
    }
    if (body < 0 || si - since > MAX_SENTENCES_BACK || !subject) continue;
    if (mentions.some((m) => m.tokStart <= k && m.tokEnd > k)) continue;
    added.push(actorMention(tokens, k, k + 1, body, false));
    // The chain runs on from each sentence that names the source again.
    since = si;
  }
  return withAddedMentions(mentions, added);
}
