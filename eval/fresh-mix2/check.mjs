// Checks eval/fresh-mix2/gold.jsonl: every article has a line, every evidence is a verbatim
// substring of its article's text, and no (actor, topic, stance) repeats within an article.
import fs from 'node:fs';
const dir = new URL('.', import.meta.url).pathname;
const lines = (f) =>
  fs
    .readFileSync(dir + f, 'utf8')
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
