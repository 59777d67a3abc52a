// Fixed pseudo-random selection of English FA-KES articles for eval/fresh-en2.
// Usage: node eval/fresh-en2/select.mjs (lists the picks); OUT=FILE writes their lines unchanged.
import fs from 'node:fs';
import { eligibleRows, excludedIds, takeInHashOrder } from '../selection.mjs';

// Every other eval set (the blind set included), the shared dev sets and the holdout corpus, by id.
const excluded = excludedIds('fresh-en2');

const MIN_CHARS = 1200;
const MAX_CHARS = 4000;
const PER_SOURCE = 3; // outlets vary
const N = Number(process.env.N || 20);
const SALT = 'fresh-en2'; // a new order, unlike fresh-en's

const rows = eligibleRows(
  '/work/shared/corpus/news-en.jsonl',
  excluded,
  (a) => a.text.length >= MIN_CHARS && a.text.length <= MAX_CHARS,
);
const picked = takeInHashOrder(rows, { salt: SALT + ':', n: N, perSource: PER_SOURCE });
console.error('eligible', rows.length);
if (process.env.OUT) fs.writeFileSync(process.env.OUT, picked.map((r) => r.line + '\n').join(''));
else
  for (const r of picked)
    console.log([r.hash.slice(0, 8), r.id, r.source, r.published_at, r.len, r.title].join('\t'));
