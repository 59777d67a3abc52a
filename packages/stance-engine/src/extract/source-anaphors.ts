// "المصدر" (the source) as the subject of a later sentence: "أعلن مصدر مسؤول بوزارة الخارجية
// السعودية … . وأضاف المصدر أن …", "وحمل المصدر النظام السوري مسؤولية …". Gulf and Arab foreign
// ministries speak through the formula "مصدر مسؤول في <body>", the body's official voice; the
// definite "المصدر" after it (also "المصدر المسؤول", "المصدر نفسه") is the same source, so it
// stands for the body. Only that formula is an antecedent: an anonymous "مصدر أمني" or "مصدر
// مطلع" speaks for no one, and a nearer one of those ends the chain.
// "البيان" (the statement) likewise: "قالت وزارة الخارجية السعودية في بيان … . وأضاف البيان أن
// …", "أصدر حزب الله بيانا … . ودعا البيان …": a statement speaks for whoever issued it, named
// as the subject of the sentence that introduced it or after it ("بيان صادر عن X"); a statement
// whose issuer we do not track ends the chain.
import type { CompiledCodebook } from '../compile.js';
import { withoutConjunction, type Tokens } from '../text/tokens.js';
import type { Sentence } from '../text/segment.js';
import { lookupArabicCue } from './cues.js';
import { SOURCE_PHRASES } from './word-lists.js';
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

// A statement introduced (folded, indefinite): "بيان", "بيانا", "في بيان", "ببيان", "وبيان".
const STATEMENT_INTRODUCED = /^[وف]?[بل]?بيانا?$/;
// Words between a statement and its issuer: "بيان صادر عن X", "بيان مشترك لـX".
const ISSUED_BY = new Set(['صادر', 'الصادر', 'صدر', 'عن', 'مشترك', 'رسمي']);

/** The tracked actor a mention speaks for: an official's state ("وزارة الخارجية السعودية"), else its own; -1 for none. */
function issuerOf(m: Mention | undefined): number {
  if (!m || m.kind === 'topic' || (m.kind === 'demonym' && !m.official)) return -1;
  return m.countryOf ?? m.actor;
}

/**
 * Who issued the statement introduced at token k: the actor named right after it ("بيان وزارة
 * الخارجية السعودية", "بيان صادر عن حزب الله", "بيان للجيش"), else the sentence's subject, the
 * first actor before it not after a preposition ("وقالت الخارجية السعودية في بيان",
 * "أصدر حزب الله بيانا"); -1 when neither is one we track.
 */
function statementIssuer(
  tokens: Tokens,
  mentions: readonly Mention[],
  k: number,
  sentence: Sentence,
): number {
  let j = k + 1;
  while (j < sentence.end && j <= k + 3 && ISSUED_BY.has(tokens.text[j]!)) j++;
  // "بيان للخارجية السعودية", "بيان وزارة الدفاع الروسية": past the issuer's office words.
  const lam = /^ل/.test(tokens.text[j] ?? '');
  const word = (i: number): string => {
    const w = tokens.text[i]!;
    return i === j && lam ? (w.startsWith('لل') ? 'ا' + w.slice(1) : w.slice(1)) : w;
  };
  let i = j;
  while (
    i < sentence.end &&
    i <= j + 2 &&
    !mentions.some((m) => m.tokStart === i) &&
    isOfficeWord(word(i), 'ar')
  )
    i++;
  const after = mentions.find((m) => m.tokStart === i);
  if (after) return issuerOf(after);
  if (i > j || j > k + 1 || lam) return -1;
  const subject = mentions.find(
    (m) => m.tokStart >= sentence.start && m.tokStart < k && m.kind !== 'topic' && !m.afterPreposition,
  );
  return subject && !isPrepositionWord(tokens.text[subject.tokStart - 1] ?? '') ? issuerOf(subject) : -1;
}

function isPrepositionWord(w: string): boolean {
  return ['في', 'من', 'الي', 'علي', 'عن', 'مع', 'ضد', 'بين', 'حول', 'لدي'].includes(w);
}

/** Arabic mentions with each "المصدر" after an official source's formula standing for its body. */
export function withSourceAnaphors(
  compiled: CompiledCodebook,
  tokens: Tokens,
  sentences: readonly Sentence[],
  mentions: Mention[],
): Mention[] {
  const added: Mention[] = [];
  // The body of the source introduced last and the sentence it was in (-1: none, or anonymous).
  let body = -1;
  let since = -1;
  let si = 0;
  // The same for the statement introduced last.
  let issuer = -1;
  let issuedIn = -1;
  for (let k = 0; k < tokens.count; k++) {
    const w = tokens.text[k]!;
    // (The includes test keeps the regex off the hot path of every other token.)
    const statement = w.includes('بيان') && (w === 'البيان' || STATEMENT_INTRODUCED.test(w));
    if (w !== 'مصدر' && w !== 'المصدر' && !statement) continue;
    while (si < sentences.length && sentences[si]!.end <= k) si++;
    if (si >= sentences.length) break;
    if (statement) {
      if (w !== 'البيان') [issuer, issuedIn] = [statementIssuer(tokens, mentions, k, sentences[si]!), si];
      else if (
        issuer >= 0 &&
        si - issuedIn <= MAX_SENTENCES_BACK &&
        (subjectSource(tokens, k, sentences[si]!.start) ||
          SOURCE_PHRASES.has(withoutConjunction(tokens.text[k - 1] ?? ''))) &&
        !mentions.some((m) => m.tokStart <= k + 1 && m.tokEnd > k) &&
        !ISSUED_BY.has(tokens.text[k + 1] ?? '')
      ) {
        added.push(actorMention(tokens, k, k + 1, issuer, false));
        issuedIn = si;
      }
      continue;
    }
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
