#!/usr/bin/env node
// Reproducible precision sample: N statements per codebook from corpus-run.sh output
// (DIR/<cb>-<lang>.jsonl), eval-set articles left out as in corpus-diff.mjs. A seeded
// mulberry32 shuffle of every (article, statement) pair of each file picks the first N.
// --stance S keeps only statements of that stance before the shuffle (oppose/support rounds).
// usage: node scripts/precision-sample.mjs DIR SEED [N=20] [lang=en] [--stance S]   (prints JSONL rows)
import fs from 'node:fs';
import { excludedIds } from '../../../eval/selection.mjs';

const args = process.argv.slice(2);
const stanceAt = args.indexOf('--stance');
const stance = stanceAt < 0 ? undefined : args.splice(stanceAt, 2)[1];
const [dir, seedArg, nArg = '20', lang = 'en'] = args;
if (!dir || !seedArg) {
  console.error('usage: node scripts/precision-sample.mjs DIR SEED [N] [lang] [--stance S]');
  process.exit(2);
}
const CODEBOOKS = [
  ['iraq', 'default'],
  ['far', 'fresh-ar'],
  ['fen', 'fresh-en'],
  ['regional', 'regional'],
  ['tune', 'tune'],
];
function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const evalIds = excludedIds(undefined);
let n = 0;
for (const [file, codebook] of CODEBOOKS) {
  const rand = mulberry32(Number(seedArg) * 1000 + CODEBOOKS.findIndex(([f]) => f === file));
  const pool = fs
    .readFileSync(`${dir}/${file}-${lang}.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .filter((p) => !evalIds.has(p.id))
    .flatMap((p) => p.statements.map((s) => ({ id: p.id, ...s })))
    .filter((s) => !stance || s.stance === stance);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  for (const s of pool.slice(0, Number(nArg))) {
    n++;
    const { id, actor, topic, stance, evidence, start, end } = s;
    console.log(JSON.stringify({ n, lang, codebook, id, actor, topic, stance, evidence, start, end }));
  }
}
