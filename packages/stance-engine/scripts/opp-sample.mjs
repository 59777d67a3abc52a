#!/usr/bin/env node
// Recall probe for actor-vs-actor opposition: a seeded sample of corpus sentences (eval-set
// articles left out) that name two codebook actors, at least one of them a topic, hold a hostile
// cue of the engine's lexicon, and get no oppose statement between the two from the engine.
// The codebooks are those of the corpus diffs for the language. Sentences judged from it are not
// eval data: they direct a rule round (docs/extraction.md, rules-1.18.0 rounds aropp17/enopp17).
// usage: node scripts/opp-sample.mjs ar|en SEED [N=100] > sample.jsonl
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCodebookFile } from '@stance/codebook';
import { compileCodebook, extractStatements } from '../dist/index.js';
import { annotateCues } from '../dist/extract/cues.js';
import { excludedIds } from '../../../eval/selection.mjs';
import { readArticle, readJsonl } from './gold-set.mjs';
import { shuffleSeeded } from './seeded-shuffle.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const [lang, seedArg, nArg = '100'] = process.argv.slice(2);
if (!['ar', 'en'].includes(lang) || !seedArg) {
  console.error('usage: node scripts/opp-sample.mjs ar|en SEED [N=100]');
  process.exit(2);
}
const CODEBOOKS = [
  `eval/fresh-${lang}/codebook.yaml`,
  'eval/tune/codebook.yaml',
  'codebooks/iraq-regional.yaml',
];
const evalIds = excludedIds(undefined);
const articles = readJsonl(path.join(ROOT, `../shared/corpus/news-${lang}.jsonl`)).filter(
  (a) => !evalIds.has(a.id) && a.lang === lang,
);

/** The hostile cue words of one sentence, by the engine's own cue annotation. */
function hostileCueWords(read, article, s) {
  const { norm, tokens, mentions } = read;
  const inS = mentions.filter((m) => m.tokStart >= s.start && m.tokStart < s.end);
  const mentionAt = new Int32Array(s.end - s.start).fill(-1);
  inS.forEach((m, i) => {
    for (let k = m.tokStart; k < m.tokEnd && k < s.end; k++) mentionAt[k - s.start] = i;
  });
  const { cues } = annotateCues(tokens, s.start, s.end, lang, mentionAt, article.text, norm.toOriginal);
  return cues
    .map((c, i) => (c?.cue.kind === 'stance' && c.cue.polarity < 0 ? tokens.text[i + s.start] : null))
    .filter(Boolean);
}

const pool = new Map();
for (const cbPath of CODEBOOKS) {
  const cbName =
    path.basename(path.dirname(cbPath)) === 'codebooks' ? 'iraq' : path.basename(path.dirname(cbPath));
  const codebook = await loadCodebookFile(path.join(ROOT, cbPath));
  const compiled = compileCodebook(codebook);
  const topicOfActor = new Map(codebook.topics.filter((t) => t.actor).map((t) => [t.actor, t.id]));
  for (const article of articles) {
    const read = readArticle(compiled, article);
    const { norm, tokens, sentences, mentions } = read;
    let opposed;
    sentences.forEach((s, si) => {
      const named = mentions.filter(
        (m) => m.actor >= 0 && !m.people && !m.modifier && m.tokStart >= s.start && m.tokStart < s.end,
      );
      const ids = [...new Set(named.map((m) => compiled.actorIds[m.actor]))];
      if (ids.length < 2 || !ids.some((x) => topicOfActor.has(x))) return;
      const cueWords = hostileCueWords(read, article, s);
      if (!cueWords.length) return;
      opposed ??= new Set(
        extractStatements(compiled, article)
          .filter((p) => p.stance === 'oppose')
          .map((p) => `${p.actor}|${p.topic}`),
      );
      const pairs = [];
      for (const x of ids)
        for (const y of ids)
          if (
            x !== y &&
            topicOfActor.has(y) &&
            !opposed.has(`${x}|${topicOfActor.get(y)}`) &&
            !opposed.has(`${y}|${topicOfActor.get(x) ?? ''}`)
          )
            pairs.push(`${cbName}:${x}>${y}`);
      if (!pairs.length) return;
      const at = norm.toOriginal[tokens.start[s.start]];
      const key = `${article.id}@${at}`;
      if (pool.has(key)) pool.get(key).pairs.push(...pairs);
      else {
        const text = article.text
          .slice(at, norm.toOriginal[tokens.end[s.end - 1] - 1] + 1)
          .replace(/\s+/g, ' ');
        pool.set(key, { id: article.id, si, pairs, cues: cueWords, text });
      }
    });
  }
}
const drawn = shuffleSeeded([...pool.values()], Number(seedArg));
console.error(`pool ${drawn.length}`);
drawn.slice(0, Number(nArg)).forEach((r, n) => console.log(JSON.stringify({ n: n + 1, ...r })));
