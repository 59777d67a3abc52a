// English quotations and their speakers. Normalisation turns quotation marks into spaces, so
// the analysis of one sentence cannot see that it is part of a longer quotation whose speaker
// is named in another sentence: "“Schiff is a disgrace. He should resign,” Trump said.",
// "Trump wrote on Twitter:\n“Schiff should resign!”", "“…,” Trump said. “Pelosi is a disaster.”"
// This pass finds the quotations in the original text, the speaker each one is attributed to,
// and gives that speaker to the sentences that lie wholly inside a quotation whose attribution
// is outside them.
import type { Sentence } from '../text/segment.js';
import type { Tokens } from '../text/tokens.js';
import { lookupEnglishCue } from '../lexicon/english-cues.js';
import type { Mention } from './mentions.js';
import { EN_TRAILING_REPORT_VERBS } from './word-lists.js';

interface Quotation {
  /** Original offsets of the opening mark and of the closing mark (or the paragraph end). */
  open: number;
  close: number;
  speakers: number[];
  /** Token where the attribution was found (inside or outside the quotation's sentences). */
  attribution: number;
}

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
  '.',
]);
const PERSONAL = new Set(['he', 'she']);
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
function findQuotations(original: string): { open: number; close: number }[] {
  const spans: { open: number; close: number }[] = [];
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

function isReportingVerb(tokens: Tokens, k: number): boolean {
  const w = tokens.text[k]!;
  if (AFTER_QUOTE_VERBS.has(w) || EN_TRAILING_REPORT_VERBS.has(w)) return true;
  return lookupEnglishCue(w, tokens.text[k + 1])?.kind === 'speech';
}

/** An actor mention that can be a speaker (a name or a title, not a modifier or a phrase). */
function speakerMention(m: Mention | undefined): m is Mention {
  return m !== undefined && m.actor >= 0 && (m.kind === 'name' || m.kind === 'role') && !m.modifier;
}

/**
 * For each sentence, the speakers of the quotation that holds the whole sentence when that
 * quotation is attributed outside the sentence; undefined elsewhere.
 */
export function quotationSpeakers(
  original: string,
  toOriginal: Int32Array,
  tokens: Tokens,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
): (number[] | undefined)[] {
  const result: (number[] | undefined)[] = sentences.map(() => undefined);
  const spans = findQuotations(original);
  if (spans.length === 0) return result;
  const origStart = (k: number): number => toOriginal[tokens.start[k]!]!;
  const origEnd = (k: number): number => toOriginal[tokens.end[k]! - 1]! + 1;
  const mentionAt = new Map<number, Mention>();
  for (const m of mentions) if (!mentionAt.has(m.tokStart)) mentionAt.set(m.tokStart, m);
  /** First token that starts at or after the original offset. */
  const tokenFrom = (offset: number): number => {
    let lo = 0;
    let hi = tokens.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (origStart(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sentenceOf = (k: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** The last person named before token k (for "he said" after a quotation), within reach. */
  const personBefore = (k: number): number[] => {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.tokEnd > k) continue;
      if (k - m.tokEnd > 80) break;
      if (speakerMention(m) && !m.afterPreposition) return [m.actor];
    }
    return [];
  };

  const quotations: Quotation[] = [];
  for (const span of spans) {
    let speakers: number[] = [];
    let attribution = -1;
    // After the quotation: ", Trump said", ", said Sen. Rubio", ", he said", "Akin continued".
    const t = tokenFrom(span.close + 1);
    if (t < tokens.count && !original.slice(span.close, origStart(t)).includes('\n')) {
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
      } else if (speakerMention(m) && isReportingVerb(tokens, m.tokEnd)) {
        [speakers, attribution] = [[m.actor], m.tokEnd];
      } else if (PERSONAL.has(tokens.text[k]!) && isReportingVerb(tokens, k + 1)) {
        [speakers, attribution] = [personBefore(tokenFrom(span.open)), k + 1];
      }
    }
    // Before it, after a colon: "Trump wrote on Twitter:\n“…”", "Sadr said: “… . …”".
    if (speakers.length === 0) {
      let p = span.open - 1;
      while (p >= 0 && /\s/.test(original[p]!)) p--;
      if (p >= 0 && original[p] === ':') {
        const colon = tokenFrom(p);
        const s = sentences[sentenceOf(colon)]!;
        const first = mentions.find(
          (m) => m.tokStart >= s.start && m.tokEnd <= colon && speakerMention(m) && !m.afterPreposition,
        );
        if (first) [speakers, attribution] = [[first.actor], colon];
      }
    }
    // A quotation that goes on after its attribution: "“…,” Trump said. “Pelosi is a disaster.”"
    const previous = quotations[quotations.length - 1];
    if (
      speakers.length === 0 &&
      previous &&
      previous.speakers.length > 0 &&
      previous.attribution >= 0 &&
      tokenFrom(span.open) - previous.attribution <= 12 &&
      !original.slice(previous.close, span.open).includes('\n') &&
      ![...mentionAt.values()].some(
        (m) =>
          m.tokStart > previous.attribution &&
          m.tokStart < tokenFrom(span.open) &&
          speakerMention(m) &&
          !previous.speakers.includes(m.actor),
      )
    ) {
      [speakers, attribution] = [previous.speakers, previous.attribution];
    }
    quotations.push({ ...span, speakers, attribution });
  }

  for (const q of quotations) {
    if (q.speakers.length === 0) continue;
    const first = tokenFrom(q.open);
    if (first >= tokens.count) continue;
    for (let si = sentenceOf(first); si < sentences.length; si++) {
      const s = sentences[si]!;
      if (origStart(s.start) < q.open) continue;
      if (origEnd(s.end - 1) > q.close + 1) break;
      // The attribution in the sentence itself is read by the sentence's own analysis.
      if (q.attribution >= s.start && q.attribution < s.end) continue;
      result[si] = q.speakers;
    }
  }
  return result;
}
