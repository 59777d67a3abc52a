#!/usr/bin/env node
// Reproducible precision sample: N statements per codebook from corpus-run.sh output
// (DIR/<cb>-<lang>.jsonl), eval-set articles left out as in corpus-diff.mjs. A seeded
// mulberry32 shuffle of every (article, statement) pair of each file picks the first N.
// --stance S keeps only statements of that stance before the shuffle (oppose/support rounds);
// --target actor keeps only statements whose topic is one of the codebook's actors as a target
// (a topic with an `actor` field), --target policy only the others; rows then carry the
// holder's `kind`.
// usage: node scripts/precision-sample.mjs DIR SEED [N=20] [lang=en] [--stance S] [--target actor|policy]
import fs from 'node:fs';
import YAML from 'yaml';
import { excludedIds } from '../../../eval/selection.mjs';
import { shuffleSeeded } from './seeded-shuffle.mjs';

const args = process.argv.slice(2);
function option(name) {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args.splice(at, 2)[1];
}
const stance = option('--stance');
const target = option('--target');
const [dir, seedArg, nArg = '20', lang = 'en'] = args;
if (!dir || !seedArg || (target && target !== 'actor' && target !== 'policy')) {
  console.error(
    'usage: node scripts/precision-sample.mjs DIR SEED [N] [lang] [--stance S] [--target actor|policy]',
  );
  process.exit(2);
}
const repo = new URL('../../../', import.meta.url);
// [corpus-run.sh file prefix, codebook name in judged files, codebook path under the repo]
const CODEBOOKS = [
  ['iraq', 'default', 'codebooks/iraq-regional.yaml'],
  ['far', 'fresh-ar', 'eval/fresh-ar/codebook.yaml'],
  ['fen', 'fresh-en', 'eval/fresh-en/codebook.yaml'],
  ['regional', 'regional', '../shared/eval/dev/codebook-regional.yaml'],
  ['tune', 'tune', 'eval/tune/codebook.yaml'],
];
/** Topic ids that are actors as targets, and each actor's kind, of one codebook. */
function readCodebook(path) {
  const cb = YAML.parse(fs.readFileSync(new URL(path, repo), 'utf8'));
  return {
    actorTopics: new Set(cb.topics.filter((t) => t.actor).map((t) => t.id)),
    kinds: new Map(cb.actors.map((a) => [a.id, a.kind])),
  };
}
const evalIds = excludedIds(undefined);
let n = 0;
for (const [file, codebook, path] of CODEBOOKS) {
  const { actorTopics, kinds } = target ? readCodebook(path) : {};
  const pool = fs
    .readFileSync(`${dir}/${file}-${lang}.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .filter((p) => !evalIds.has(p.id))
    .flatMap((p) => p.statements.map((s) => ({ id: p.id, ...s })))
    .filter((s) => !stance || s.stance === stance)
    .filter((s) => !target || actorTopics.has(s.topic) === (target === 'actor'));
  shuffleSeeded(pool, Number(seedArg) * 1000 + CODEBOOKS.findIndex(([f]) => f === file));
  for (const s of pool.slice(0, Number(nArg))) {
    n++;
    const { id, actor, topic, stance, evidence, start, end } = s;
    const kind = kinds?.get(actor);
    console.log(JSON.stringify({ n, lang, codebook, id, actor, kind, topic, stance, evidence, start, end }));
  }
}
