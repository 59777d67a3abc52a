#!/usr/bin/env node
// Seeded sample of Arabic corpus sentences (eval-set articles left out) naming two codebook actors,
// with a hostile (negative stance) cue, in which the engine gives no oppose statement between
// them: a recall probe for actor-vs-actor opposition.
// usage: node scripts/opp-sample.mjs SEED N > out.jsonl
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCodebookFile } from '@stance/codebook';
import { compileCodebook, extractStatements } from '../dist/index.js';
import { annotateCues } from '../dist/extract/cues.js';
import { excludedIds } from '../../../eval/selection.mjs';
import { readArticle, readJsonl } from './gold-set.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const [seedArg = '1702', nArg = '120'] = process.argv.slice(2);
const CODEBOOKS = ['eval/fresh-ar/codebook.yaml', 'eval/tune/codebook.yaml', 'codebooks/iraq-regional.yaml'];
const evalIds = excludedIds(undefined);
const articles = readJsonl(path.join(ROOT, '../shared/corpus/news-ar.jsonl')).filter(
  (a) => !evalIds.has(a.id),
);
function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const seen = new Map();
for (const cbPath of CODEBOOKS) {
  const codebook = await loadCodebookFile(path.join(ROOT, cbPath));
  const compiled = compileCodebook(codebook);
  const topicOfActor = new Map();
  codebook.topics.forEach((t) => t.actor && topicOfActor.set(t.actor, t.id));
  for (const article of articles) {
    if (article.lang && article.lang !== 'ar') continue;
    const a2 = { ...article, lang: 'ar' };
    const read = readArticle(compiled, a2);
    const { norm, tokens, sentences, mentions } = read;
    if (!mentions.some((m) => m.actor >= 0)) continue;
    let predicted;
    sentences.forEach((s, si) => {
      const inS = mentions.filter((m) => m.tokStart >= s.start && m.tokStart < s.end);
      const acts = inS.filter((m) => m.actor >= 0 && !m.people && !m.modifier);
      const ids = [...new Set(acts.map((m) => compiled.actorIds[m.actor]))];
      if (ids.length < 2 || !ids.some((x) => topicOfActor.has(x))) return;
      const mentionAt = new Int32Array(s.end - s.start).fill(-1);
      inS.forEach((m, i) => {
        for (let k = m.tokStart; k < m.tokEnd && k < s.end; k++) mentionAt[k - s.start] = i;
      });
      const { cues } = annotateCues(tokens, s.start, s.end, 'ar', mentionAt, article.text, norm.toOriginal);
      const hostile = cues.filter((c) => c && c.cue.kind === 'stance' && c.cue.polarity < 0);
      if (!hostile.length) return;
      predicted ??= extractStatements(compiled, a2);
      const opp = new Set(predicted.filter((p) => p.stance === 'oppose').map((p) => `${p.actor}|${p.topic}`));
      const pairs = [];
      for (const x of ids)
        for (const y of ids)
          if (
            x !== y &&
            topicOfActor.has(y) &&
            !opp.has(`${x}|${topicOfActor.get(y)}`) &&
            !opp.has(`${y}|${topicOfActor.get(x) ?? ''}`)
          )
            pairs.push(`${x}>${y}`);
      if (!pairs.length) return;
      const text = article.text
        .slice(norm.toOriginal[tokens.start[s.start]], norm.toOriginal[tokens.end[s.end - 1]])
        .replace(/\s+/g, ' ');
      const key = `${article.id}#${text.slice(0, 60)}`;
      if (seen.has(key))
        seen.get(key).pairs.push(...pairs.map((p) => `${path.basename(path.dirname(cbPath))}:${p}`));
      else
        seen.set(key, {
          id: article.id,
          si,
          cb: cbPath,
          pairs: pairs.map((p) => `${path.basename(path.dirname(cbPath))}:${p}`),
          text,
        });
    });
  }
}
const pool = [...seen.values()].sort((a, b) => (a.id + a.si < b.id + b.si ? -1 : 1));
const rand = mulberry32(Number(seedArg));
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [pool[i], pool[j]] = [pool[j], pool[i]];
}
console.error(`pool ${pool.length}`);
pool.slice(0, Number(nArg)).forEach((r, n) => console.log(JSON.stringify({ n: n + 1, ...r })));
