// Checks an eval set's gold.jsonl: every article has a line, every evidence is a verbatim
// substring of its article's text, and no (actor, topic, stance) repeats within an article.
// usage: node eval/check-gold.mjs eval/SET
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node eval/check-gold.mjs eval/SET');
  process.exit(2);
}
const lines = (f) =>
  fs
    .readFileSync(path.join(dir, f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const arts = new Map(lines('articles.jsonl').map((a) => [a.id, a]));
let n = 0;
let errors = 0;
const fail = (...what) => {
  errors++;
  console.log(...what);
};
const gold = lines('gold.jsonl');
if (gold.length !== arts.size) fail('articles', arts.size, 'gold lines', gold.length);
for (const g of gold) {
  const a = arts.get(g.id);
  if (!a) fail('no article', g.id);
  const seen = new Set();
  for (const s of g.statements) {
    n++;
    const key = [s.actor, s.topic, s.stance].join('|');
    if (seen.has(key)) fail('repeated', g.id, key);
    seen.add(key);
    if (a && !a.text.includes(s.evidence)) fail('not verbatim', g.id, key);
  }
}
console.log(n, 'statements,', errors, 'errors');
process.exit(errors ? 1 : 0);
