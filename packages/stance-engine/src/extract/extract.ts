// Runs the pipeline over one article: normalise, tokenise, find mentions, then analyse only
// the sentences that hold a topic mention, carrying holders across sentences for elided subjects.
import type { CompiledCodebook } from '../compile.js';
import { normalizeText } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';
import { resolveLanguage } from '../text/language.js';
import { splitSentences } from '../text/segment.js';
import { findMentions, type Mention } from './mentions.js';
import { annotateCues } from './cues.js';
import { analyzeSentence, type RawStatement } from './analyze.js';
import type { ArticleInput, Statement } from '../types.js';

export class ArticleInputError extends Error {
  readonly code = 'ARTICLE_INPUT';
  constructor(message: string) {
    super(message);
    this.name = 'ArticleInputError';
  }
}

function articleDate(published: string | null | undefined): string | undefined {
  if (!published) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published);
  return m ? m[1] : undefined;
}

function isMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
}

export function extractStatements(compiled: CompiledCodebook, article: ArticleInput): Statement[] {
  if (!article || typeof article.text !== 'string') throw new ArticleInputError('article.text must be a string');
  if (typeof article.id !== 'string') throw new ArticleInputError('article.id must be a string');
  const original = article.text;
  const lang = resolveLanguage(article.lang, original);
  const norm = normalizeText(original);
  const tokens = tokenize(norm.text);
  const date = articleDate(article.published_at);
  const mentions = findMentions(compiled, original, norm, tokens, lang, date);
  if (mentions.length === 0) return [];

  const sentences = splitSentences(tokens);
  const raw: RawStatement[] = [];
  let previousHolders: number[] = [];
  let mi = 0;
  for (const sentence of sentences) {
    const inSentence: Mention[] = [];
    while (mi < mentions.length && mentions[mi]!.tokStart < sentence.end) {
      if (mentions[mi]!.tokStart >= sentence.start) inSentence.push(mentions[mi]!);
      mi++;
    }
    const hasTarget = inSentence.some((m) => m.kind === 'topic' || (compiled.topicsForActor[m.actor]?.length ?? 0) > 0);
    const hasHolder = inSentence.some((m) => m.kind !== 'topic');
    if (!hasTarget && !hasHolder) {
      continue;
    }
    const width = sentence.end - sentence.start;
    const mentionAt = new Int32Array(width).fill(-1);
    // The global mentionAt for cue skipping is sentence-local here.
    inSentence.forEach((m, idx) => {
      for (let k = m.tokStart; k < m.tokEnd; k++) if (mentionAt[k - sentence.start] === -1) mentionAt[k - sentence.start] = idx;
    });
    const globalMentionAt = new Int32Array(tokens.count);
    globalMentionAt.fill(-1, sentence.start, sentence.end);
    for (let k = 0; k < width; k++) globalMentionAt[sentence.start + k] = mentionAt[k]!;
    const cues = annotateCues(tokens, sentence.start, sentence.end, lang, globalMentionAt, original, norm.toOriginal);
    const result = analyzeSentence({
      compiled, tokens, lang,
      start: sentence.start, end: sentence.end,
      mentions: inSentence, mentionAt, cues, previousHolders,
    });
    raw.push(...result.statements);
    if (result.holders.length > 0) previousHolders = result.holders;
    else {
      // Without a clear holder, the first subject-like actor mention carries over.
      const firstActor = inSentence.find((m) => m.kind === 'name' || m.kind === 'role');
      previousHolders = firstActor ? [firstActor.actor] : [];
    }
  }
  return toStatements(compiled, raw, original, norm.toOriginal);
}

function toStatements(compiled: CompiledCodebook, raw: RawStatement[], original: string, toOriginal: Int32Array): Statement[] {
  const best = new Map<string, RawStatement>();
  for (const r of raw) {
    const key = `${r.actor}\t${r.topic}\t${r.stance}`;
    const prev = best.get(key);
    if (!prev || r.confidence > prev.confidence || (r.confidence === prev.confidence && r.start < prev.start)) best.set(key, r);
  }
  return [...best.values()]
    .sort((a, b) => a.start - b.start || a.actor - b.actor || a.topic - b.topic)
    .map((r) => {
      const start = toOriginal[r.start]!;
      let end = toOriginal[r.end - 1]! + 1;
      while (end < original.length && isMark(original.charCodeAt(end))) end++;
      return {
        actor: compiled.actorIds[r.actor]!,
        topic: compiled.topicIds[r.topic]!,
        stance: r.stance,
        confidence: Math.round(r.confidence * 100) / 100,
        evidence: original.slice(start, end),
        start,
        end,
      };
    });
}
