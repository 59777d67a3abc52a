// What the eval sets' select.mjs scripts share: the ids a new set must not draw, and the fixed
// pseudo-random order (SHA-1 of a salt and the id) taken with a cap per outlet.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const EVAL_DIR = path.dirname(fileURLToPath(import.meta.url));
const SHARED = path.join(EVAL_DIR, '../../shared');

function jsonlIds(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).id);
}

/**
 * Ids excluded for the set in eval/<ownSet>/: every other in-repo set (the blind set included),
 * the shared dev sets and the holdout corpus, by id only. Computed from the repository itself, so
 * a set's select.mjs reproduces its articles on any checkout. (Excluding a set built later never
 * changes an earlier selection: its articles were not among that selection's picks.)
 */
export function excludedIds(ownSet) {
  const files = [
    path.join(SHARED, 'eval/dev/articles.jsonl'),
    path.join(SHARED, 'eval/dev/articles-regional.jsonl'),
    path.join(SHARED, 'corpus/holdout/news-ar.jsonl'),
    path.join(SHARED, 'corpus/holdout/news-en.jsonl'),
  ];
  for (const entry of fs.readdirSync(EVAL_DIR, { withFileTypes: true })) {
    const articles = path.join(EVAL_DIR, entry.name, 'articles.jsonl');
    if (entry.isDirectory() && entry.name !== ownSet && fs.existsSync(articles)) files.push(articles);
  }
  return new Set(files.flatMap(jsonlIds));
}

/**
 * The corpus lines of `file` whose article is not `excluded` and passes `keep`, as rows for
 * `takeInHashOrder` ({ line, id, source, published_at, len, title }).
 */
export function eligibleRows(file, excluded, keep) {
  const rows = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line);
    if (excluded.has(a.id) || !keep(a)) continue;
    rows.push({
      line,
      id: a.id,
      source: a.source,
      published_at: a.published_at,
      len: a.text.length,
      title: a.title,
    });
  }
  return rows;
}

/**
 * The first `n` of `rows` ({ id, source }) in the order of SHA-1(salt + id), at most `perSource`
 * from one outlet; each row gets its `hash`.
 */
export function takeInHashOrder(rows, { salt, n, perSource }) {
  for (const r of rows)
    r.hash = crypto
      .createHash('sha1')
      .update(salt + r.id)
      .digest('hex');
  const ordered = [...rows].sort((x, y) => (x.hash < y.hash ? -1 : x.hash > y.hash ? 1 : 0));
  const count = {};
  const picked = [];
  for (const r of ordered) {
    if (picked.length === n) break;
    count[r.source] = (count[r.source] || 0) + 1;
    if (count[r.source] <= perSource) picked.push(r);
  }
  return picked;
}

const MIXED_MIN_CHARS = 1000;
const MIXED_MAX_CHARS = 4000;
// A political position, not only a casualty report: one of these verbs as a word of the text
// (with the clitics و/ف and the feminine -ت, e.g. "وقال", "أكدت").
const POSITION_AR = /(^|[^\u0621-\u064A])[وف]?(قال|أكد|أعلن|دعا|رفض|أدان|طالب)(ت)?(?![\u0621-\u064A])/;

/**
 * The selection of a mixed Arabic (ANT) / English (FA-KES) set such as eval/fresh-mix: articles of
 * 1,000–4,000 characters, the Arabic ones holding a position verb, taken in the hash order of
 * `<set>:` + id, at most 3 Arabic (the ANT corpus has five outlets) and 2 English per outlet.
 * N_AR / N_EN override the counts; OUT=FILE writes the picked lines unchanged, else they are listed.
 */
export function selectMixedSet(set, { nAr, nEn }) {
  const excluded = excludedIds(set);
  const langs = [
    {
      file: path.join(SHARED, 'corpus/news-ar.jsonl'),
      n: Number(process.env.N_AR ?? nAr),
      perSource: 3,
      need: POSITION_AR,
    },
    {
      file: path.join(SHARED, 'corpus/news-en.jsonl'),
      n: Number(process.env.N_EN ?? nEn),
      perSource: 2,
      need: null,
    },
  ];
  const picked = [];
  for (const { file, n, perSource, need } of langs) {
    const rows = eligibleRows(
      file,
      excluded,
      (a) =>
        a.text.length >= MIXED_MIN_CHARS && a.text.length <= MIXED_MAX_CHARS && (!need || need.test(a.text)),
    );
    const taken = takeInHashOrder(rows, { salt: `${set}:`, n, perSource });
    picked.push(...taken);
    console.error(file, 'eligible', rows.length, 'picked', taken.length);
  }
  if (process.env.OUT) fs.writeFileSync(process.env.OUT, picked.map((r) => r.line + '\n').join(''));
  else
    for (const r of picked)
      console.log([r.hash.slice(0, 8), r.id, r.source, r.published_at, r.len, r.title].join('\t'));
}
