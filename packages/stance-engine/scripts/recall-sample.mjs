#!/usr/bin/env node
// Recall probe: a seeded sample of corpus sentences (eval-set articles left out) in which the
// engine gives no statement for a pair the sentence names. --pair actor (the default): two
// codebook actors, at least one of them a topic, no oppose statement between them. --pair issue:
// an actor (no modifier, no people) and a topic that is no actor, no statement of that actor on
// it. --cue hostile (the default for actor pairs): the sentence holds a hostile cue of the
// engine's lexicon; --cue none: it holds no polar cue (what the lexicon lacks); --cue any.
// The codebooks are those of the corpus diffs for the language. Sentences judged from it are not
// eval data: they direct a rule round (docs/extraction.md, rules-1.18.0 rounds aropp17/enopp17
// with the defaults).
// usage: node scripts/recall-sample.mjs ar|en SEED [N=100] [--pair actor|issue] [--cue hostile|none|any] > sample.jsonl
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCodebookFile } from '@stance/codebook';
import { compileCodebook, extractStatements } from '../dist/index.js';
import { annotateCues } from '../dist/extract/cues.js';
import { excludedIds } from '../../../eval/selection.mjs';
import { readArticle, readJsonl } from './gold-set.mjs';
import { shuffleSeeded } from './seeded-shuffle.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : args.splice(at, 2)[1];
};
const pairKind = option('--pair', 'actor');
const cueKind = option('--cue', pairKind === 'actor' ? 'hostile' : 'any');
const [lang, seedArg, nArg = '100'] = args;
if (
  !['ar', 'en'].includes(lang) ||
  !seedArg ||
  !['actor', 'issue'].includes(pairKind) ||
  !['hostile', 'none', 'any'].includes(cueKind)
) {
  console.error(
    'usage: node scripts/recall-sample.mjs ar|en SEED [N=100] [--pair actor|issue] [--cue hostile|none|any]',
  );
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

/** The polar cue words of one sentence (only hostile ones with `hostileOnly`), by the engine's own cue annotation. */
function polarCueWords(read, article, s, hostileOnly) {
  const { norm, tokens, mentions } = read;
  const inS = mentions.filter((m) => m.tokStart >= s.start && m.tokStart < s.end);
  const mentionAt = new Int32Array(s.end - s.start).fill(-1);
  inS.forEach((m, i) => {
    for (let k = m.tokStart; k < m.tokEnd && k < s.end; k++) mentionAt[k - s.start] = i;
  });
  const { cues } = annotateCues(tokens, s.start, s.end, lang, mentionAt, article.text, norm.toOriginal);
  return cues
    .map((c, i) =>
      c?.cue.kind === 'stance' && (hostileOnly ? c.cue.polarity < 0 : c.cue.polarity !== 0)
        ? tokens.text[i + s.start]
        : null,
    )
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
    let predicted;
    sentences.forEach((s, si) => {
      const inS = mentions.filter((m) => m.tokStart >= s.start && m.tokStart < s.end);
      const ids = [
        ...new Set(
          inS.filter((m) => m.actor >= 0 && !m.people && !m.modifier).map((m) => compiled.actorIds[m.actor]),
        ),
      ];
      const issues =
        pairKind === 'issue'
          ? [...new Set(inS.filter((m) => m.topic >= 0).map((m) => compiled.topicIds[m.topic]))].filter(
              (t) => !codebook.topics.find((x) => x.id === t)?.actor,
            )
          : [];
      if (pairKind === 'actor' && (ids.length < 2 || !ids.some((x) => topicOfActor.has(x)))) return;
      if (pairKind === 'issue' && (!ids.length || !issues.length)) return;
      const cueWords = polarCueWords(read, article, s, cueKind === 'hostile');
      if (cueKind === 'hostile' && !cueWords.length) return;
      if (cueKind === 'none' && cueWords.length) return;
      predicted ??= extractStatements(compiled, article).map((p) => `${p.actor}|${p.topic}|${p.stance}`);
      const has = (x, topic, stance) =>
        predicted.some((k) => (stance ? k === `${x}|${topic}|${stance}` : k.startsWith(`${x}|${topic}|`)));
      const pairs = [];
      for (const x of ids) {
        if (pairKind === 'issue') {
          for (const t of issues) if (!has(x, t)) pairs.push(`${cbName}:${x}>${t}`);
          continue;
        }
        for (const y of ids)
          if (
            x !== y &&
            topicOfActor.has(y) &&
            !has(x, topicOfActor.get(y), 'oppose') &&
            !has(y, topicOfActor.get(x) ?? '', 'oppose')
          )
            pairs.push(`${cbName}:${x}>${y}`);
      }
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
