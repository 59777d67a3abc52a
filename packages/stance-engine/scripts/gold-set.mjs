// What the eval scripts (coverage.mjs, miss-profile.mjs, trace-misses.mjs) share: reading a set directory and
// seeing an article's gold statements through the engine's own mention finder.
import fs from 'node:fs';
import path from 'node:path';
import { loadCodebookFile } from '@stance/codebook';
import { compileCodebook } from '../dist/index.js';
import { normalizeText } from '../dist/text/normalize.js';
import { tokenize } from '../dist/text/tokens.js';
import { splitSentences } from '../dist/text/segment.js';
import { findMentions } from '../dist/extract/mentions.js';
import { annotateCues } from '../dist/extract/cues.js';

export const readJsonl = (file) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

/**
 * A set directory (codebook.yaml, articles.jsonl, gold.jsonl, or with a suffix such as
 * "-regional" codebook-regional.yaml …) and its prediction file, if any.
 */
export async function loadGoldSet(dir, predFile, suffix = '') {
  const codebook = await loadCodebookFile(path.join(dir, `codebook${suffix}.yaml`));
  return {
    codebook,
    compiled: compileCodebook(codebook),
    articles: new Map(readJsonl(path.join(dir, `articles${suffix}.jsonl`)).map((a) => [a.id, a])),
    gold: readJsonl(path.join(dir, `gold${suffix}.jsonl`)),
    predictions: new Map(predFile ? readJsonl(predFile).map((p) => [p.id, p.statements]) : []),
  };
}

/** The article's tokens, sentences and mentions as the engine finds them. */
export function readArticle(compiled, article) {
  const norm = normalizeText(article.text);
  const tokens = tokenize(norm.text);
  const sentences = splitSentences(tokens);
  const { mentions } = findMentions(
    compiled,
    article.text,
    norm,
    tokens,
    article.lang,
    article.published_at?.slice(0, 10), // the engine's article date: YYYY-MM-DD
  );
  const sentenceOf = (m) => sentences.findIndex((s) => m.tokStart >= s.start && m.tokStart < s.end);
  return { norm, tokens, sentences, mentions, sentenceOf };
}

/** The mentions of a gold statement's actor and of its topic (or the actor the topic is). */
export function statementMentions({ codebook, compiled }, mentions, st) {
  const actor = compiled.actorIds.indexOf(st.actor);
  const topic = compiled.topicIds.indexOf(st.topic);
  const target = codebook.topics[topic]?.actor;
  const targetActor = target ? compiled.actorIds.indexOf(target) : -1;
  return {
    actor,
    targetActor,
    actorMentions: mentions.filter((m) => m.actor === actor),
    topicMentions: mentions.filter((m) => m.topic === topic || (targetActor >= 0 && m.actor === targetActor)),
  };
}

/** The prediction has the gold statement itself (or, with `anyStance`, its pair). */
export const predicts = (predicted, st, anyStance = false) =>
  predicted.some(
    (p) => p.actor === st.actor && p.topic === st.topic && (anyStance || p.stance === st.stance),
  );

/**
 * The actor and topic mentions a reader would link: the closest pair in one sentence, with that
 * sentence, its mentions and the token indexes of its polar stance cues; undefined when actor
 * and topic never share a sentence.
 */
export function closestPairInSentence(read, article, actorMentions, topicMentions) {
  const { norm, tokens, sentences, mentions, sentenceOf } = read;
  const pairs = [];
  for (const a of actorMentions)
    for (const t of topicMentions) if (a !== t && sentenceOf(a) === sentenceOf(t)) pairs.push([a, t]);
  if (!pairs.length) return undefined;
  pairs.sort((x, y) => Math.abs(x[0].tokStart - x[1].tokStart) - Math.abs(y[0].tokStart - y[1].tokStart));
  const [a, t] = pairs[0];
  const sentence = sentences[sentenceOf(a)];
  const inSentence = mentions.filter((m) => m.tokStart >= sentence.start && m.tokStart < sentence.end);
  const mentionAt = new Int32Array(sentence.end - sentence.start).fill(-1);
  inSentence.forEach((m, i) => {
    for (let k = m.tokStart; k < m.tokEnd && k < sentence.end; k++) mentionAt[k - sentence.start] = i;
  });
  const { cues } = annotateCues(
    tokens,
    sentence.start,
    sentence.end,
    article.lang,
    mentionAt,
    article.text,
    norm.toOriginal,
  );
  const polar = cues
    .map((c, i) => (c?.cue.kind === 'stance' && c.cue.polarity !== 0 ? i + sentence.start : -1))
    .filter((i) => i >= 0);
  return { a, t, sentence, inSentence, polar };
}

/** The mentions of a sentence and the engine's cue reading of its tokens (index i: token start + i). */
export function sentenceCues(read, article, sentence) {
  const inSentence = read.mentions.filter((m) => m.tokStart >= sentence.start && m.tokStart < sentence.end);
  const mentionAt = new Int32Array(sentence.end - sentence.start).fill(-1);
  inSentence.forEach((m, i) => {
    for (let k = m.tokStart; k < m.tokEnd && k < sentence.end; k++) mentionAt[k - sentence.start] = i;
  });
  const { cues } = annotateCues(
    read.tokens,
    sentence.start,
    sentence.end,
    article.lang,
    mentionAt,
    article.text,
    read.norm.toOriginal,
  );
  return { inSentence, cues };
}

/** The polar stance cues among a sentence's cues, as token index and cue. */
export const polarCues = (cues, sentence) =>
  cues.flatMap((c, i) =>
    c?.cue.kind === 'stance' && c.cue.polarity !== 0 ? [{ at: i + sentence.start, cue: c.cue }] : [],
  );

/** The topics a sentence's mentions name, with the phrase's frame (0 for an actor-topic). */
export function sentenceTopics({ codebook, compiled }, inSentence) {
  const topics = [];
  for (const m of inSentence) {
    if (m.topic >= 0) topics.push({ mention: m, topic: m.topic, frame: m.polarity });
    if (m.actor >= 0)
      codebook.topics.forEach((t, topic) => {
        if (t.actor && compiled.actorIds.indexOf(t.actor) === m.actor)
          topics.push({ mention: m, topic, frame: 0 });
      });
  }
  return topics;
}

/**
 * What a looser reading adds in one sentence (cooccurrence-probe.mjs): for each tracked actor (not
 * after a preposition, not a modifier) and each topic the sentence names whose pair is not in
 * `predicted`, the nearest polar cue at most `window` tokens before the topic and from the actor
 * (0: anywhere in the sentence) and the side it gives with the phrase's frame. Each pair read is
 * added to `predicted`.
 */
export function looseReadings(set, read, article, sentence, predicted, window) {
  const { inSentence, cues } = sentenceCues(read, article, sentence);
  const holders = inSentence.filter((m) => m.actor >= 0 && !m.modifier && !m.afterPreposition);
  const topics = holders.length ? sentenceTopics(set, inSentence) : [];
  const polar = topics.length ? polarCues(cues, sentence) : [];
  const readings = [];
  for (const holder of holders)
    for (const { mention, topic, frame } of topics) {
      const actorId = set.compiled.actorIds[holder.actor];
      const topicId = set.compiled.topicIds[topic];
      const key = `${actorId}|${topicId}`;
      if (mention === holder || set.codebook.topics[topic].actor === actorId || predicted.has(key)) continue;
      const reach = polar.filter(
        (c) =>
          !window ||
          (c.at < mention.tokStart &&
            mention.tokStart - c.at <= window &&
            Math.abs(holder.tokStart - c.at) <= window),
      );
      if (!reach.length) continue;
      const nearest = reach.reduce((b, c) =>
        Math.abs(c.at - mention.tokStart) < Math.abs(b.at - mention.tokStart) ? c : b,
      );
      predicted.add(key);
      const side = nearest.cue.polarity * (frame === 0 ? 1 : frame) > 0 ? 'support' : 'oppose';
      readings.push({ holder, mention, frame, actorId, topicId, nearest, side });
    }
  return { inSentence, cues, holders, readings };
}
