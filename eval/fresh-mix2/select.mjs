// Fixed pseudo-random selection of Arabic (ANT) and English (FA-KES) articles for eval/fresh-mix2.
// Usage: node eval/fresh-mix2/select.mjs (lists the picks); OUT=FILE writes their lines unchanged.
import fs from 'node:fs';
import { eligibleRows, excludedIds, takeInHashOrder } from '../selection.mjs';

// Every other eval set (the blind set included), the shared dev sets and the holdout corpus, by id.
const excluded = excludedIds('fresh-mix2');

const MIN_CHARS = 1000;
const MAX_CHARS = 4000;
const SALT = 'fresh-mix2:'; // a new order, unlike the earlier sets'
// A political position, not only a casualty report: one of these verbs as a word of the text
// (with the clitics و/ف and the feminine -ت, e.g. "وقال", "أكدت").
const POSITION_AR = /(^|[^\u0621-\u064A])[وف]?(قال|أكد|أعلن|دعا|رفض|أدان|طالب)(ت)?(?![\u0621-\u064A])/;

const LANGS = [
  // The ANT corpus has five outlets, so 12 Arabic articles need 3 from some of them.
  {
    file: '/work/shared/corpus/news-ar.jsonl',
    n: Number(process.env.N_AR ?? 12),
    perSource: 3,
    need: POSITION_AR,
  },
  { file: '/work/shared/corpus/news-en.jsonl', n: Number(process.env.N_EN ?? 12), perSource: 2, need: null },
];

const picked = [];
for (const { file, n, perSource, need } of LANGS) {
  const rows = eligibleRows(
    file,
    excluded,
    (a) => a.text.length >= MIN_CHARS && a.text.length <= MAX_CHARS && (!need || need.test(a.text)),
  );
  const taken = takeInHashOrder(rows, { salt: SALT, n, perSource });
  picked.push(...taken);
  console.error(file, 'eligible', rows.length, 'picked', taken.length);
}
if (process.env.OUT) fs.writeFileSync(process.env.OUT, picked.map((r) => r.line + '\n').join(''));
else
  for (const r of picked)
    console.log([r.hash.slice(0, 8), r.id, r.source, r.published_at, r.len, r.title].join('\t'));
