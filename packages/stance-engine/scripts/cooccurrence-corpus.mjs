#!/usr/bin/env node
// Corpus variant of cooccurrence-probe.mjs (no gold): the statements the looser reading would add
// to a prediction file on corpus articles in no eval set, one row per addition with the features
// of its holder, cue and target, for judging.
// usage: W=8 node scripts/cooccurrence-corpus.mjs CODEBOOK ARTICLES.jsonl PREDICTIONS.jsonl OUT.jsonl
import fs from 'node:fs';
import { loadCodebookFile } from '@stance/codebook';
import { compileCodebook } from '../dist/index.js';
import { looseReadings, readArticle, readJsonl } from './gold-set.mjs';
import { excludedIds } from '../../../eval/selection.mjs';

const [cbFile, articlesFile, predFile, outFile] = process.argv.slice(2);
const window = Number(process.env.W ?? 8);
const codebook = await loadCodebookFile(cbFile);
const compiled = compileCodebook(codebook);
const excluded = excludedIds('__none__');
const predictions = new Map(readJsonl(predFile).map((p) => [p.id, p.statements]));
const rows = [];
let n = 0;
for (const article of readJsonl(articlesFile)) {
  if (excluded.has(article.id)) continue;
  n++;
  const statements = predictions.get(article.id) ?? [];
  const predicted = new Set(statements.map((s) => `${s.actor}|${s.topic}`));
  const read = readArticle(compiled, article);
  const { tokens, norm } = read;
  const orig = (k) => norm.toOriginal[tokens.start[k]];
  const origEnd = (k) => norm.toOriginal[tokens.end[k] - 1] + 1;
  for (const sentence of read.sentences) {
    const { inSentence, cues, holders, readings } = looseReadings(
      { codebook, compiled },
      read,
      article,
      sentence,
      predicted,
      window,
    );
    if (!readings.length) continue;
    const cueAt = (k) => cues[k - sentence.start]?.cue;
    const sStart = orig(sentence.start);
    const sEnd = origEnd(sentence.end - 1);
    const inSpan = statements.filter((s) => s.start >= sStart && s.start < sEnd);
    const step6 = inSpan.some((s) => s.confidence > 0.35);
    const anyPred = inSpan.length > 0;
    const actorsInSentence = inSentence.filter((m) => m.actor >= 0 && m.kind !== 'topic');
    for (const { holder, mention, frame, actorId, topicId, nearest, side } of readings) {
      const k = nearest.at;
      const lo = Math.min(holder.tokStart, k),
        hi = Math.max(holder.tokStart, k);
      let speechBetween = false,
        complBetween = false,
        otherActorBetween = false;
      for (let j = lo + 1; j < hi; j++) {
        const c = cueAt(j);
        if (c?.kind === 'speech') speechBetween = true;
        if (c?.kind === 'complementizer') complBetween = true;
      }
      for (const m of actorsInSentence)
        if (m !== holder && m.actor !== holder.actor && m !== mention && m.tokStart > lo && m.tokStart < hi)
          otherActorBetween = true;
      const firstActor = actorsInSentence[0] === holder || actorsInSentence[0]?.actor === holder.actor;
      const firstHolder = holders[0] === holder;
      // marked sentence
      const marks = [
        [orig(holder.tokStart), '⟦H '],
        [origEnd(holder.tokEnd - 1), ' H⟧'],
        [orig(k), '⟦C '],
        [origEnd(k), ' C⟧'],
        [orig(mention.tokStart), '⟦T '],
        [origEnd(mention.tokEnd - 1), ' T⟧'],
      ].sort((a, b) => b[0] - a[0]);
      let text = article.text.slice(sStart, sEnd);
      for (const [at, m] of marks) text = text.slice(0, at - sStart) + m + text.slice(at - sStart);
      rows.push({
        lang: article.lang,
        codebook: cbFile,
        id: article.id,
        actor: actorId,
        topic: topicId,
        stance: side,
        f: {
          holderBeforeCue: holder.tokStart < k,
          holderCueDist: k - holder.tokStart,
          cueTargetDist: mention.tokStart - k,
          firstActor,
          firstHolder,
          holderKind: holder.kind,
          cuePos: nearest.cue.pos,
          cueLemma: nearest.cue.lemma,
          cueStrength: nearest.cue.strength,
          speechBetween,
          complBetween,
          otherActorBetween,
          step6,
          anyPred,
          sentLen: sentence.end - sentence.start,
          targetKind: mention.kind,
          frame,
          nHolders: new Set(holders.map((h) => h.actor)).size,
        },
        text: text.replace(/\s+/g, ' '),
      });
    }
  }
}
fs.writeFileSync(outFile, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.error(`${n} articles, ${rows.length} statements added`);
