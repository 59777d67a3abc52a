// English quotations and their speakers. Normalisation turns quotation marks into spaces, so
// the analysis of one sentence cannot see that it is part of a longer quotation whose speaker
// is named in another sentence: "“Schiff is a disgrace. He should resign,” Trump said.",
// "Trump wrote on Twitter:\n“Schiff should resign!”", "“…,” Trump said. “Pelosi is a disaster.”"
// Arabic news quotes the same way, with the attribution before the quotation: "وقال يلدريم:
// "سيتم تنفيذ عمليات … . نحن على تواصل …"", "نقلت وكالة … عن ظريف قوله إن "… . وبقية
// الإرهابيين يجب أن يغادروا إدلب"", "وأضاف "…"" (the speaker of the sentence before).
// This pass finds the quotations in the original text, the speaker each one is attributed to,
// and gives that speaker to the sentences that lie wholly inside a quotation whose attribution
// is outside them (in Arabic: that open inside it, up to its closing mark).
import type { Sentence } from '../text/segment.js';
import type { Language } from '../text/language.js';
import type { Tokens } from '../text/tokens.js';
import { lookupArabicCue } from './cues.js';
import { pushAll } from './arrays.js';
import type { Cue } from '../lexicon/cue.js';
import { isArabicTitleWord, isOfficeWord } from '../lexicon/common-words.js';
import { lookupEnglishCue } from '../lexicon/english-cues.js';
import type { Mention } from './mentions.js';
import { EN_PERSON_PRONOUNS, EN_TRAILING_REPORT_VERBS } from './word-lists.js';

export interface Span {
  /** Original offsets of the opening mark and of the closing mark (or the paragraph end). */
  open: number;
  close: number;
}

interface Quotation extends Span {
  speakers: QuoteSpeakers;
  /** Token where the attribution was found (inside or outside the quotation's sentences). */
  attribution: number;
}

/**
 * Who speaks a sentence inside a quotation: the actors named as its speaker (none: a speaker we
 * do not track, "قال مصدر: "…""), or — for a reporting verb without a subject ("وأضاف "…"") —
 * the holders an elided subject takes in the sentence of that verb.
 */
export type QuoteSpeakers = number[] | { elidedIn: number };

const OPENING = new Set(['\u201c', '\u201e']);
const CLOSING = new Set(['\u201d']);
// Titles between a reporting verb and the speaker's name: "said Sen. Marco Rubio".
const TITLE_WORDS = new Set([
  'mr',
  'mrs',
  'ms',
  'sen',
  'rep',
  'gov',
  'dr',
  'president',
  'senator',
  'the',
  // ("… ,” an Iranian official said", "said a Turkish official".)
  'a',
  'an',
  '.',
]);
// Reporting verbs after a quotation that the cue lexicon files under other senses.
const AFTER_QUOTE_VERBS = new Set([
  'continued',
  'continues',
  'retorted',
  'quipped',
  'recalled',
  'asked',
  'added',
]);

/** Quotations of one text: curly marks pair up; straight marks alternate within a paragraph. */
function findQuotations(original: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let straight = false;
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    if (c === '\n') {
      // A quotation that runs on into the next paragraph is reopened there.
      if (open >= 0) spans.push({ open, close: i });
      open = -1;
      continue;
    }
    if (OPENING.has(c) || (c === '"' && open < 0)) {
      if (open < 0) {
        open = i;
        straight = c === '"';
      }
    } else if (CLOSING.has(c) || (c === '"' && straight)) {
      if (open >= 0) spans.push({ open, close: i });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ open, close: original.length });
  return spans;
}

// Arabic writers use « », ASCII " and curly marks either way round (”…“ as often as “…”).
// (Compared as char codes: a curly mark matched is a string of its own, not internalised, and a
// string comparison optimised for the others would be thrown away on it.)
const AR_OPENING_ONLY = 0xab; // «
const AR_CLOSING_ONLY = 0xbb; // »
const AR_MARK_OR_BREAK = /["\u201c\u201d\u00ab\u00bb\n]/;

/**
 * Arabic quotations: a mark opens when a word follows it and closes when one precedes it (a
 * quotation inside another, "تساند “رؤية 2030” في السعودية", nests); a mark that could do
 * either (or neither) closes an open quotation and opens one otherwise. A paragraph whose marks do not balance is left out: its
 * pairing is a guess, and a quoted name with a lost mark would swallow the sentences after it.
 */
function findArabicQuotations(original: string): Span[] {
  const spans: Span[] = [];
  let paragraph: Span[] = [];
  let depth = 0;
  let open = -1;
  let balanced = true;
  // Only the marks and line breaks are visited (a per-character loop was a tenth of a run).
  // Outside the text and at a line break the neighbour reads as a space, as at a paragraph's ends.
  const marks = new RegExp(AR_MARK_OR_BREAK.source, 'g');
  for (;;) {
    const found = marks.exec(original);
    if (found === null || original.charCodeAt(found.index) === 0x0a) {
      if (balanced && depth === 0) pushAll(spans, paragraph);
      if (found === null) return spans;
      [paragraph, depth, open, balanced] = [[], 0, -1, true];
      continue;
    }
    if (!balanced) continue;
    const i = found.index;
    const c = original.charCodeAt(i);
    // (Bounds tested, not read past: a string read out of bounds throws optimised code away.)
    const after = i + 1 < original.length ? original[i + 1]! : ' ';
    const before = i > 0 ? original[i - 1]! : ' ';
    const canOpen = c !== AR_CLOSING_ONLY && !/[\s.,،:;؛!?؟)]/.test(after);
    const canClose = c !== AR_OPENING_ONLY && !/[\s(]/.test(before);
    if (depth === 0) {
      // A mark that can only close, with nothing open: the paragraph lost a mark.
      if (canClose && !canOpen) balanced = false;
      else [depth, open] = [1, i];
    } else if (canOpen && !canClose) depth++;
    else if (--depth === 0) paragraph.push({ open, close: i });
  }
}

/**
 * Arabic: the quotations of a text (quotationSpans) as token runs. For the first and the last word token inside
 * each quotation the array holds the other end of its run, -1 elsewhere (undefined without
 * quotations). A quotation is a closed phrase: "وأعرب المجلس عن "إدانة … قوات الاحتلال"،
 * مشددا …" — no actor inside it is the subject of a word after its closing mark.
 */
export function arabicQuotedRuns(
  spans: readonly Span[],
  toOriginal: Int32Array,
  tokens: Tokens,
): Int32Array | undefined {
  if (spans.length === 0) return undefined;
  let out: Int32Array | undefined;
  for (const { open, close } of spans) {
    const first = tokenFrom(tokens, toOriginal, open);
    const last = tokenFrom(tokens, toOriginal, close, first) - 1;
    // (Three words at least: a quoted name or term, "تنظيم "داعش"", is part of its phrase.)
    if (last - first < 2) continue;
    out ??= new Int32Array(tokens.count).fill(-1);
    // Nested quotations sharing an end keep the outer (longer) run.
    if (out[last]! < 0 || first < out[last]!) out[last] = first;
    if (out[first]! < 0 || last > out[first]!) out[first] = last;
  }
  return out;
}

/** First token from `from` on that starts at or after the original offset. */
function tokenFrom(tokens: Tokens, toOriginal: Int32Array, offset: number, from = 0): number {
  let lo = from;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toOriginal[tokens.start[mid]!]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isReportingVerb(tokens: Tokens, k: number): boolean {
  const w = tokens.text[k]!;
  if (AFTER_QUOTE_VERBS.has(w) || EN_TRAILING_REPORT_VERBS.has(w)) return true;
  return lookupEnglishCue(w, tokens.text[k + 1])?.kind === 'speech';
}

/**
 * An actor mention that can be a speaker (a name or a title, not a modifier or a phrase), also an
 * official who speaks for a state ("Turkish Foreign Minister Mevlut Cavusoglu").
 */
function speakerMention(m: Mention | undefined): m is Mention {
  if (m === undefined || m.actor < 0 || m.modifier) return false;
  return m.kind === 'name' || m.kind === 'role' || (m.kind === 'demonym' && m.official && !m.people);
}

// How many words of office and name may stand between an official's nationality and the
// reporting verb after a quotation ("… Turkish Foreign Minister Mevlut Cavusoglu said").
const OFFICIAL_NAME_WORDS = 4;

/** The reporting verb after the speaker m, past an official's office and name words; -1 if none. */
function reportingVerbAfter(q: QuotedText, m: Mention): number {
  const { tokens, mentionAt } = q;
  const reach = m.kind === 'demonym' ? OFFICIAL_NAME_WORDS : 0;
  for (let k = m.tokEnd; k < tokens.count && k <= m.tokEnd + reach; k++) {
    if (isReportingVerb(tokens, k)) return k;
    if (!tokens.isWord[k] || mentionAt.has(k) || lookupEnglishCue(tokens.text[k]!, tokens.text[k + 1]))
      return -1;
  }
  return -1;
}

/** Arabic also lets an official's nationality speak ("وأكد الوزير اليمني قائلا: "…""). */
function arabicSpeakerMention(m: Mention | undefined): m is Mention {
  if (m === undefined || m.actor < 0 || m.modifier) return false;
  return m.kind === 'name' || m.kind === 'role' || (m.kind === 'demonym' && m.official);
}

/** The token positions of one text seen from its quotation marks (original offsets). */
class QuotedText {
  readonly mentionAt = new Map<number, Mention>();

  constructor(
    readonly original: string,
    readonly toOriginal: Int32Array,
    readonly tokens: Tokens,
    readonly sentences: readonly Sentence[],
    readonly mentions: readonly Mention[],
    readonly isPerson: (actor: number) => boolean = () => true,
  ) {
    for (const m of mentions) if (!this.mentionAt.has(m.tokStart)) this.mentionAt.set(m.tokStart, m);
  }

  private endingAt: Map<number, Mention[]> | undefined;

  /** The mentions whose last token is k - 1, in the order of `mentions` (built on first use). */
  mentionsEndingAt(k: number): readonly Mention[] {
    if (this.endingAt === undefined) {
      this.endingAt = new Map();
      for (const m of this.mentions) {
        const list = this.endingAt.get(m.tokEnd);
        if (list) list.push(m);
        else this.endingAt.set(m.tokEnd, [m]);
      }
    }
    return this.endingAt.get(k) ?? [];
  }

  origStart(k: number): number {
    return this.toOriginal[this.tokens.start[k]!]!;
  }

  origEnd(k: number): number {
    return this.toOriginal[this.tokens.end[k]! - 1]! + 1;
  }

  /** First token that starts at or after the original offset. */
  tokenFrom(offset: number): number {
    return tokenFrom(this.tokens, this.toOriginal, offset);
  }

  sentenceOf(k: number): number {
    const { sentences } = this;
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * The last person named before token k (for "he said" after a quotation), within reach: a
   * person, an office or an official, not a state or a body ("… criticized Washington. “…,” he
   * said" is the critic's), and not one named inside a quotation (`spans`): "“We support the
   * Syrian army.” / “…,” he added" is the speaker's, not the army's.
   */
  personBefore(k: number, spans: readonly Span[]): number[] {
    const { mentions } = this;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.tokEnd > k) continue;
      if (k - m.tokEnd > 80) break;
      if (!speakerMention(m) || m.afterPreposition) continue;
      if (m.kind === 'name' && !this.isPerson(m.actor)) continue;
      const at = this.origStart(m.tokStart);
      if (spans.some((span) => span.open < at && at < span.close)) continue;
      return [m.actor];
    }
    return [];
  }
}

/** English: the attribution after the quotation, after a colon before it, or of the one before. */
function attributeEnglish(q: QuotedText, spans: readonly Span[]): Quotation[] {
  const { original, tokens, sentences, mentions, mentionAt } = q;
  const quotations: Quotation[] = [];
  for (const span of spans) {
    let speakers: number[] = [];
    let attribution = -1;
    // After the quotation: ", Trump said", ", said Sen. Rubio", ", he said", "Akin continued".
    const t = q.tokenFrom(span.close + 1);
    if (t < tokens.count && !original.slice(span.close, q.origStart(t)).includes('\n')) {
      let k = t;
      if (tokens.text[k] === ',') k++;
      // "Mr. Trump said", "Sen. Cruz said": the title before the name.
      let n = k;
      while (n < tokens.count && n < k + 3 && TITLE_WORDS.has(tokens.text[n]!) && !mentionAt.has(n)) n++;
      const m = mentionAt.get(n);
      if (isReportingVerb(tokens, k)) {
        let j = k + 1;
        while (j < tokens.count && j < k + 4 && TITLE_WORDS.has(tokens.text[j]!) && !mentionAt.has(j)) j++;
        const speaker = mentionAt.get(j);
        if (speakerMention(speaker)) [speakers, attribution] = [[speaker.actor], k];
      } else if (speakerMention(m) && reportingVerbAfter(q, m) >= 0) {
        [speakers, attribution] = [[m.actor], reportingVerbAfter(q, m)];
      } else if (EN_PERSON_PRONOUNS.has(tokens.text[k]!) && isReportingVerb(tokens, k + 1)) {
        [speakers, attribution] = [q.personBefore(q.tokenFrom(span.open), spans), k + 1];
      }
    }
    // Before it, after a colon: "Trump wrote on Twitter:\n“…”", "Sadr said: “… . …”".
    if (speakers.length === 0) {
      let p = span.open - 1;
      while (p >= 0 && /\s/.test(original[p]!)) p--;
      if (p >= 0 && original[p] === ':') {
        const colon = q.tokenFrom(p);
        const s = sentences[q.sentenceOf(colon)]!;
        const first = mentions.find(
          (m) => m.tokStart >= s.start && m.tokEnd <= colon && speakerMention(m) && !m.afterPreposition,
        );
        if (first) [speakers, attribution] = [[first.actor], colon];
      }
    }
    // A quotation that goes on after its attribution: "“…,” Trump said. “Pelosi is a disaster.”"
    const previous = quotations[quotations.length - 1];
    const said = previous && Array.isArray(previous.speakers) ? previous.speakers : [];
    if (
      speakers.length === 0 &&
      previous &&
      said.length > 0 &&
      previous.attribution >= 0 &&
      q.tokenFrom(span.open) - previous.attribution <= 12 &&
      !original.slice(previous.close, span.open).includes('\n') &&
      ![...mentionAt.values()].some(
        (m) =>
          m.tokStart > previous.attribution &&
          m.tokStart < q.tokenFrom(span.open) &&
          speakerMention(m) &&
          !said.includes(m.actor),
      )
    ) {
      [speakers, attribution] = [said, previous.attribution];
    }
    quotations.push({ ...span, speakers, attribution });
  }
  return quotations.filter((x) => (x.speakers as number[]).length > 0);
}

// Arabic reporting words the cue lexicon files under other senses or lacks (folded).
const AR_REPORTING_WORDS = new Set(['لافتا', 'لافته', 'اردف', 'واردف', 'استطرد', 'واستطرد', 'وختم', 'ختم']);
// Reporting words before a quotation that say whose words follow: "بحسب X "…"" names its source after it.
const AR_SOURCE_WORDS = new Set(['بحسب', 'وبحسب', 'حسب', 'وفق', 'وفقا']);
const AR_RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'ما', 'مما']);
// How many tokens a reporting word may stand before the quotation it introduces.
const AR_ATTRIBUTION_REACH = 14;

/** Word w, whose lexicon cue is `cue`, reports speech: a verb ("قال") or not ("قوله"). */
function arabicReporting(w: string, cue: Cue | undefined): { verb: boolean } | undefined {
  if (AR_REPORTING_WORDS.has(w)) return { verb: /^و?(اردف|استطرد|ختم)$/.test(w) };
  if (AR_SOURCE_WORDS.has(w)) return undefined;
  if (cue?.kind !== 'speech') return undefined;
  return { verb: cue.pos === 'verb' };
}

/**
 * Arabic: the speaker named before the quotation in its sentence — "وقال يلدريم: "…"", "قال
 * رئيس المحكمة في مؤتمر صحفي: "…"", "عن ظريف قوله للصحفيين، إن "…"", "وأكد الوزير اليمني
 * قائلا: "…"", "وأضاف "…"" (elided: the previous speaker). A quotation after anything else (a
 * noun: تنظيم "داعش"، حملة "…") is a name or a title and has no speaker.
 */
function attributeArabic(q: QuotedText, spans: readonly Span[]): Quotation[] {
  const { original, tokens, sentences } = q;
  const quotations: Quotation[] = [];
  const isWord = (k: number): boolean => tokens.isWord[k] === 1;
  for (const span of spans) {
    const p = q.tokenFrom(span.open) - 1;
    if (p < 0) continue;
    const colon = tokens.text[p] === ':';
    if (!colon && original.slice(q.origEnd(p), span.open).includes('\n')) continue;
    const si = q.sentenceOf(p);
    const s = sentences[si]!;
    let k = colon ? p - 1 : p;
    // "لافتا إلى أن بلاده "تتوقع …"": the quotation goes on from the subject of a that-clause.
    const subject = q.mentionsEndingAt(k + 1).find((m) => m.tokStart > s.start)?.tokStart ?? k;
    if (!colon && isWord(k) && isComplementizer(tokens, subject - 1)) k = subject - 1;
    // "قال إن "…"", "قوله للصحفيين، إن "…"".
    if (k >= s.start && isComplementizer(tokens, k)) {
      k--;
      if (tokens.text[k] === ',') k--;
    }
    let j = k;
    let reporting: { verb: boolean } | undefined;
    let cue: Cue | undefined;
    for (; j >= Math.max(s.start, k - AR_ATTRIBUTION_REACH); j--) {
      if (!isWord(j) && tokens.text[j] !== ',') break;
      const w = tokens.text[j]!;
      // One lexicon lookup per word: this runs before every quotation mark in Arabic text.
      cue = lookupArabicCue(w)?.cue;
      reporting = arabicReporting(w, cue);
      if (reporting) break;
      if (cue?.kind === 'complementizer' || AR_RELATIVES.has(w)) break;
    }
    if (!reporting) continue;
    // Tokens between the reporting word and the quotation: a subject, an occasion, an audience.
    let speakers: QuoteSpeakers;
    if (cue?.pos === 'noun' && cue.lemma === 'قال') {
      // "عن ظريف قوله": the one whose saying it is stands before the noun.
      const owner = q.mentionsEndingAt(j)[0];
      speakers = arabicSpeakerMention(owner) ? speakerOf(q, owner) : [];
    } else if (reporting.verb && j < k && !opensOccasion(tokens.text[j + 1]!)) {
      // VSO: "وقال يلدريم:", "قال رئيس المحكمة مدحت المحمود، في مؤتمر صحفي:".
      speakers = speakerAfterVerb(q, j + 1, k + 1);
    } else {
      // "وأكد الوزير اليمني قائلا:", "الصدر قال:", "وأضاف في بيان: "…"": the sentence's subject
      // before the reporting word, or — at the sentence's start — the speaker before.
      const subject = sentenceSubject(q, s.start, j);
      if (subject) speakers = subject;
      else if (j === s.start || (j === s.start + 1 && !isWord(s.start))) speakers = { elidedIn: si };
      else continue;
    }
    quotations.push({ ...span, speakers, attribution: j });
  }
  return quotations;
}

/**
 * The actor who speaks as mention m: the official introduced before for "المتحدثة الأمريكية"
 * (a second mention over the adjective, mentions.ts addOfficialPersons), else m's actor.
 */
function speakerOf(q: QuotedText, m: Mention): number[] {
  const official = q.mentions.find((o) => o.tokStart === m.tokStart && o.countryOf !== undefined);
  return [official?.countryOf ?? m.actor];
}

// Words of a speaker's title before the name ("الأمين العام للأمم المتحدة"), besides office words.
const AR_TITLE_HEADS = new Set([
  'امين',
  'الامين',
  'عام',
  'العام',
  'قائد',
  'القائد',
  'زعيم',
  'الزعيم',
  'باسم',
]);

function titleWord(w: string): boolean {
  return AR_TITLE_HEADS.has(w) || isOfficeWord(w, 'ar') || isArabicTitleWord(w);
}

/**
 * The subject right after a verb at `from` (before `to`): a name, or one after title words ("رئيس
 * المحكمة مدحت المحمود"); a plain word there is a speaker we do not track ("وحذر صالحي ترامب",
 * "وقال مصدر"), whatever follows it.
 */
function speakerAfterVerb(q: QuotedText, from: number, to: number): number[] {
  const { tokens, mentionAt } = q;
  for (let k = from; k < to && k < from + AR_TITLE_REACH; k++) {
    const m = mentionAt.get(k);
    if (m) return arabicSpeakerMention(m) && !m.afterPreposition ? speakerOf(q, m) : [];
    if (tokens.text[k] !== ',' && !titleWord(tokens.text[k]!)) return [];
  }
  return [];
}
// How many title words may stand between a reporting verb and its speaker's name.
const AR_TITLE_REACH = 6;

/**
 * The subject of the sentence opening at `start`, before token `before`: a name before its first
 * verb (not after a preposition), or the subject after that verb; none when the sentence has no
 * verb or name before `before`.
 */
function sentenceSubject(q: QuotedText, start: number, before: number): number[] | undefined {
  const { tokens, mentionAt } = q;
  for (let k = start; k < before; k++) {
    const m = mentionAt.get(k);
    if (m) {
      if (!m.afterPreposition && m.kind !== 'topic') return arabicSpeakerMention(m) ? speakerOf(q, m) : [];
      k = m.tokEnd - 1;
      continue;
    }
    if (lookupArabicCue(tokens.text[k]!)?.cue.pos === 'verb') return speakerAfterVerb(q, k + 1, before);
  }
  return undefined;
}

function isComplementizer(tokens: Tokens, k: number): boolean {
  return k >= 0 && lookupArabicCue(tokens.text[k]!)?.cue.kind === 'complementizer';
}

/** A word after a reporting verb that opens an occasion or an audience, not a subject. */
function opensOccasion(w: string): boolean {
  return /^(في|خلال|عبر|امام|لدي|علي|ل|لل)/.test(w) && !/^(ال)/.test(w);
}

/** A sentence inside a quotation: who speaks, and the token after the quotation's end in it. */
export interface QuotedSentence {
  speakers: QuoteSpeakers;
  end: number;
}

/**
 * For each sentence, the speakers of the quotation that holds the whole sentence when that
 * quotation is attributed outside the sentence; undefined elsewhere. In Arabic the sentence
 * may go on after the quotation closes ("… إرهابيي PKK"، وفقا لما نقلته وكالة …"): the
 * speakers hold up to the closing mark.
 */
/** The quotations of a text, by the marks of its language (original offsets). */
export function quotationSpans(original: string, lang: Language): Span[] {
  return lang === 'en' ? findQuotations(original) : findArabicQuotations(original);
}

export function quotationSpeakers(
  original: string,
  toOriginal: Int32Array,
  tokens: Tokens,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  lang: Language,
  spans: readonly Span[] = quotationSpans(original, lang),
  isPerson?: (actor: number) => boolean,
): (QuotedSentence | undefined)[] {
  // Filled by push: map() gives an array of another elements kind once it runs optimised, and the
  // readers' (and this function's) optimised code would be thrown away on the change of map.
  const result: (QuotedSentence | undefined)[] = [];
  for (let si = 0; si < sentences.length; si++) result.push(undefined);
  if (spans.length === 0) return result;
  const q = new QuotedText(original, toOriginal, tokens, sentences, mentions, isPerson);
  const quotations = lang === 'en' ? attributeEnglish(q, spans) : attributeArabic(q, spans);
  for (const quotation of quotations) {
    const first = q.tokenFrom(quotation.open);
    if (first >= tokens.count) continue;
    for (let si = q.sentenceOf(first); si < sentences.length; si++) {
      const s = sentences[si]!;
      if (q.origStart(s.start) < quotation.open) continue;
      if (q.origStart(s.start) > quotation.close) break;
      const end = q.tokenFrom(quotation.close);
      if (lang === 'en' && q.origEnd(s.end - 1) > quotation.close + 1) break;
      // The attribution in the sentence itself is read by the sentence's own analysis.
      if (quotation.attribution >= s.start && quotation.attribution < s.end) continue;
      result[si] = { speakers: quotation.speakers, end: Math.min(end, s.end) };
    }
  }
  return result;
}
