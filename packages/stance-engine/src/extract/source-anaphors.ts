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
import { pushAll } from './arrays.js';

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

// A spokesperson's office (folded): "المتحدث باسم X", "الناطقة الرسمية باسم X".
const SPOKESPERSON_WORDS = new Set(['المتحدث', 'المتحدثه', 'الناطق', 'الناطقه']);
const OFFICIAL_WORDS = new Set(['الرسمي', 'الرسميه']);
// A spokesperson's name is two or three words ("جوناثان كونريكس", "سعد الحديثي").
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;

/**
 * Token k is a plain word no mention covers: a word of a person's name. Where the name is not
 * closed by a comma on both sides, a word the cue lexicon reads ends it (the verb before it).
 */
function nameWord(tokens: Tokens, covered: Uint8Array, k: number, closed = false): boolean {
  const w = tokens.text[k] ?? '';
  return (
    tokens.isWord[k] === 1 &&
    covered[k] === 0 &&
    w.length > 1 &&
    !isPrepositionWord(w) &&
    (closed || lookupArabicCue(w) === undefined) &&
    !SPOKESPERSON_WORDS.has(w)
  );
}

/**
 * The tracked actor a spokesperson at token k speaks for ("المتحدث باسم الجيش الإسرائيلي",
 * "الناطقة باسم وزارة الخارجية الروسية") and the token after that body's name; undefined if none.
 */
function spokespersonBody(
  tokens: Tokens,
  mentions: readonly Mention[],
  k: number,
): { actor: number; end: number } | undefined {
  let j = k + 1;
  if (OFFICIAL_WORDS.has(tokens.text[j] ?? '')) j++;
  if (tokens.text[j] !== 'باسم') return undefined;
  // Past the body's office words ("باسم وزارة الخارجية الروسية").
  for (let i = j + 1; i < tokens.count && i <= j + 3; i++) {
    const m = mentions.find((x) => x.tokStart === i && x.kind !== 'topic');
    if (m) {
      // A nationality speaks only after an office word ("باسم الرئاسة التركية").
      const actor = m.kind === 'demonym' && i > j + 1 ? (m.countryOf ?? m.actor) : issuerOf(m);
      return actor >= 0 ? { actor, end: m.tokEnd } : undefined;
    }
    if (!isOfficeWord(tokens.text[i]!, 'ar')) return undefined;
  }
  return undefined;
}

/**
 * The surname of a spokesperson we do not track introduced in apposition to his office, after it
 * ("المتحدث باسم الجيش، جوناثان كونريكس،") or before it ("قال سعد الحديثي، المتحدث باسم …"):
 * the token of the name's last word, or -1.
 */
function spokespersonSurname(
  tokens: Tokens,
  covered: Uint8Array,
  k: number,
  bodyEnd: number,
  sentence: Sentence,
): number {
  // After: "، W1 W2(، W3)،" — the name closed by a comma.
  if (tokens.text[bodyEnd] === ',') {
    let e = bodyEnd + 1;
    while (e < sentence.end && e - bodyEnd - 1 < MAX_NAME_WORDS && nameWord(tokens, covered, e, true)) e++;
    const n = e - bodyEnd - 1;
    if (n >= MIN_NAME_WORDS && tokens.text[e] === ',' && !tokens.text[bodyEnd + 1]!.startsWith('ال'))
      return e - 1;
  }
  // Before: "(قال) W1 W2، المتحدث باسم …" — the name after a verb or opening the sentence.
  if (tokens.text[k - 1] === ',') {
    let s = k - 1;
    while (s - 1 >= sentence.start && k - 1 - s < MAX_NAME_WORDS && nameWord(tokens, covered, s - 1)) s--;
    const n = k - 1 - s;
    const before = s - 1;
    if (
      n >= MIN_NAME_WORDS &&
      !tokens.text[s]!.startsWith('ال') &&
      (before < sentence.start || lookupArabicCue(tokens.text[before]!)?.cue.pos === 'verb')
    )
      return k - 2;
  }
  return -1;
}

/**
 * "المتحدث باسم الجيش، جوناثان كونريكس … . وأضاف كونريكس: …": a spokesperson we do not track,
 * introduced by name in apposition to his office, is later named by his surname alone as the
 * subject of a verb; that surname stands for the body he speaks for, as "المصدر" does for an
 * official source. A surname two spokespeople (or two bodies) share stands for none.
 */
function spokespersonSurnames(
  tokens: Tokens,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
): Mention[] {
  let covered: Uint8Array | undefined;
  const bodyOf = new Map<string, number>();
  const introducedAt = new Set<number>();
  const added: Mention[] = [];
  let si = 0;
  for (let k = 0; k < tokens.count; k++) {
    const w = tokens.text[k]!;
    const spokesperson = SPOKESPERSON_WORDS.has(w);
    if (!spokesperson && (bodyOf.size === 0 || !bodyOf.has(w))) continue;
    while (si < sentences.length && sentences[si]!.end <= k) si++;
    if (si >= sentences.length) break;
    if (!covered) {
      covered = new Uint8Array(tokens.count);
      for (const m of mentions) covered.fill(1, m.tokStart, m.tokEnd);
    }
    if (spokesperson) {
      const body = spokespersonBody(tokens, mentions, k);
      if (!body) continue;
      const at = spokespersonSurname(tokens, covered, k, body.end, sentences[si]!);
      if (at < 0) continue;
      const surname = tokens.text[at]!;
      const known = bodyOf.get(surname);
      bodyOf.set(surname, known === undefined || known === body.actor ? body.actor : -1);
      introducedAt.add(at);
      continue;
    }
    const actor = bodyOf.get(w)!;
    if (actor < 0 || covered[k] === 1 || introducedAt.has(k)) continue;
    if (lookupArabicCue(tokens.text[k - 1] ?? '')?.cue.pos !== 'verb') continue;
    added.push(actorMention(tokens, k, k + 1, actor, false));
  }
  return added;
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
  pushAll(added, spokespersonSurnames(tokens, sentences, mentions));
  return withAddedMentions(mentions, added);
}
