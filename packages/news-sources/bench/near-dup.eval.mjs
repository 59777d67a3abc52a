// Near-duplicate detector evaluation: builds positive pairs (an article vs a light edit of itself)
// and negative pairs (different articles, including same-event pairs from different outlets) from
// the shared corpus (never holdout/), and prints precision, recall, F1 and throughput.
// Usage: node bench/near-dup.eval.mjs [--threshold 0.5] [--corpus DIR] [--sweep] [--show-errors]
// (build first: pnpm --filter @stance/news-sources build)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { NearDuplicateIndex, tokenizeForComparison } from '../dist/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const argValue = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const corpusDir = path.resolve(argValue('--corpus', path.join(here, '../../../../shared/corpus')));
const threshold = Number(argValue('--threshold', '0.5'));
const sweep = args.includes('--sweep');
const showErrors = args.includes('--show-errors');

function readArticles(file) {
  return readFileSync(path.join(corpusDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
    .filter((article) => tokenizeForComparison(article.text).length >= 40);
}

/** mulberry32: seeded so that every run builds the same pairs. */
function makeRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const splitSentences = (text) => text.split(/(?<=[.!?؟。])\s+|\n+/u).filter((s) => s.trim() !== '');
const pick = (random, items) => items[Math.floor(random() * items.length)];

const WIRE = {
  ar: ['(رويترز) - ', 'بيروت (رويترز) - ', 'القاهرة - (أ ف ب) - ', 'دبي - سكاي نيوز عربية - '],
  en: ['BEIRUT (Reuters) - ', 'DAMASCUS, (SANA) - ', '(AFP) - ', 'ANKARA (Anadolu) - '],
};
const BOILERPLATE = {
  ar: [
    'تابعوا آخر الأخبار عبر حسابنا على تويتر.',
    'اقرأ أيضا: تطورات الأوضاع في المنطقة',
    'جميع الحقوق محفوظة ©',
  ],
  en: [
    'Follow us on Twitter for the latest news.',
    'Read more: the latest on the conflict',
    'All rights reserved. Copyright ©',
  ],
};

/** Light edits a re-publisher makes; each returns the edited text and a label for the report. */
const EDITS = {
  dropSentence(text, random) {
    const sentences = splitSentences(text);
    if (sentences.length < 3) return null;
    sentences.splice(1 + Math.floor(random() * (sentences.length - 1)), 1);
    return sentences.join(' ');
  },
  reorderSentences(text, random) {
    const sentences = splitSentences(text);
    if (sentences.length < 3) return null;
    const i = Math.floor(random() * (sentences.length - 1));
    [sentences[i], sentences[i + 1]] = [sentences[i + 1], sentences[i]];
    return sentences.join(' ');
  },
  addParagraph(text, random, article, others) {
    const other = pick(random, others);
    const sentences = splitSentences(other.text).slice(0, 2).join(' ');
    return `${text}\n${sentences}`;
  },
  punctuation(text, random, article) {
    let edited = text.replace(/[,،]/gu, '').replace(/"/g, '«').replace(/\.\s/g, '. \n');
    if (article.lang === 'ar') edited = edited.replace(/ا(?=\s)/g, 'اً').replace(/ة/g, 'ه');
    return edited;
  },
  headlineAndBoilerplate(text, random, article, others) {
    const lang = article.lang === 'ar' ? 'ar' : 'en';
    const headline = splitSentences(pick(random, others).title ?? '')[0] ?? '';
    return `${headline}\n${text}\n${pick(random, BOILERPLATE[lang])}`;
  },
  wirePrefix(text, random, article) {
    const lang = article.lang === 'ar' ? 'ar' : 'en';
    return `${pick(random, WIRE[lang])}${text}`;
  },
  combined(text, random, article, others) {
    const first = EDITS.wirePrefix(text, random, article, others);
    return EDITS.dropSentence(first, random, article, others) ?? first;
  },
};

function buildPositivePairs(articles, random, count) {
  const pairs = [];
  const editNames = Object.keys(EDITS);
  for (let attempt = 0; pairs.length < count && attempt < count * 5; attempt++) {
    const article = pick(random, articles);
    const edit = editNames[pairs.length % editNames.length];
    const edited = EDITS[edit](article.text, random, article, articles);
    if (edited !== null) pairs.push({ a: article, bText: edited, label: true, kind: `edit:${edit}` });
  }
  return pairs;
}

function titleWords(article) {
  return new Set(tokenizeForComparison(article.title ?? '').filter((w) => w.length > 3));
}

/** Same event, different outlet, within three days: topically close but independently written. */
function buildSameEventPairs(articles, count) {
  const pairs = [];
  const byDay = new Map();
  for (const article of articles) {
    const day = (article.published_at ?? '').slice(0, 10);
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(article);
  }
  const scored = [];
  const words = new Map(articles.map((a) => [a.id, titleWords(a)]));
  for (const article of articles) {
    const day = new Date((article.published_at ?? '').slice(0, 10));
    if (Number.isNaN(day.getTime())) continue;
    let best = null;
    for (let offset = -1; offset <= 1; offset++) {
      const key = new Date(day.getTime() + offset * 86400000).toISOString().slice(0, 10);
      for (const other of byDay.get(key) ?? []) {
        if (other.id <= article.id || other.source === article.source) continue;
        const a = words.get(article.id);
        const b = words.get(other.id);
        let shared = 0;
        for (const w of a) if (b.has(w)) shared++;
        const overlap = shared / Math.max(1, Math.min(a.size, b.size));
        if (shared >= 2 && (best === null || overlap > best.overlap)) best = { other, overlap };
      }
    }
    if (best) scored.push({ a: article, b: best.other, overlap: best.overlap });
  }
  scored.sort((x, y) => y.overlap - x.overlap || (x.a.id < y.a.id ? -1 : 1));
  for (const { a, b } of scored.slice(0, count))
    pairs.push({ a, bText: b.text, bId: b.id, label: false, kind: 'auto:same-event' });
  return pairs;
}

/** Normalised sentences of at least six words: the unit a re-publisher copies verbatim. */
function sentenceKeys(text) {
  return new Set(
    splitSentences(text)
      .map((sentence) => tokenizeForComparison(sentence))
      .filter((words) => words.length >= 6)
      .map((words) => words.join(' ')),
  );
}

/**
 * Labels a real pair independently of shingles: the share of the shorter text's sentences found
 * verbatim in the other. ≥ 0.5 is a syndicated copy, ≤ 0.1 independent writing, between is left out.
 */
function labelBySharedSentences(aText, bText) {
  const a = sentenceKeys(aText);
  const b = sentenceKeys(bText);
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 'ambiguous';
  let shared = 0;
  for (const sentence of small) if (large.has(sentence)) shared++;
  const share = shared / small.size;
  return share >= 0.5 ? 'copy' : share <= 0.1 ? 'independent' : 'ambiguous';
}

/** Same-event pairs relabelled by shared sentences: real wire copies become positives, ambiguous ones are dropped. */
function relabelRealPairs(pairs) {
  const kept = [];
  let ambiguous = 0;
  for (const pair of pairs) {
    const label = labelBySharedSentences(pair.a.text, pair.bText);
    if (label === 'ambiguous') ambiguous++;
    else if (label === 'copy') kept.push({ ...pair, label: true, kind: 'auto:wire-copy' });
    else kept.push(pair);
  }
  return { kept, ambiguous };
}

function buildRandomNegativePairs(articles, random, count) {
  const pairs = [];
  while (pairs.length < count) {
    const a = pick(random, articles);
    const b = pick(random, articles);
    if (a.id !== b.id && a.text !== b.text)
      pairs.push({ a, bText: b.text, bId: b.id, label: false, kind: 'random' });
  }
  return pairs;
}

function evaluate(pairs, index) {
  const byKind = new Map();
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  for (const pair of pairs) {
    const predicted = index.query(pair.bText).some((m) => m.id === pair.a.id);
    if (showErrors && predicted !== pair.label) {
      const similarity = index.query(pair.bText).find((m) => m.id === pair.a.id)?.similarity ?? 0;
      console.log(
        `${pair.label ? 'MISS' : 'FALSE'} ${pair.kind} ${pair.a.id} | ${pair.bId ?? 'edit'} sim=${similarity}\n  A: ${pair.a.text.slice(0, 200)}\n  B: ${pair.bText.slice(0, 200)}`,
      );
    }
    if (pair.label && predicted) tp++;
    else if (pair.label) fn++;
    else if (predicted) fp++;
    else tn++;
    const stats = byKind.get(pair.kind) ?? { n: 0, predicted: 0 };
    stats.n++;
    if (predicted) stats.predicted++;
    byKind.set(pair.kind, stats);
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return { tp, fp, fn, tn, precision, recall, f1, byKind };
}

/** Hand-labelled real pairs (bench/real-pairs.tsv): "copy" is positive, "different" negative. */
function loadHandLabelledPairs(byId) {
  const lines = readFileSync(path.join(here, 'real-pairs.tsv'), 'utf8').split('\n');
  const pairs = [];
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [idA, idB, label, note = ''] = line.split('\t');
    const a = byId.get(idA);
    const b = byId.get(idB);
    if (!a || !b || (label !== 'copy' && label !== 'different')) {
      throw new Error(`real-pairs.tsv:${index + 1}: unknown id or label in ${JSON.stringify(line)}`);
    }
    const kind =
      label === 'copy' ? 'hand:copy' : note.startsWith('follow-up') ? 'hand:follow-up' : 'hand:different';
    pairs.push({ a, bText: b.text, bId: b.id, label: label === 'copy', kind });
  });
  return pairs;
}

function buildIndex(articles, options) {
  const index = new NearDuplicateIndex(options);
  const started = performance.now();
  for (const article of articles) index.add(article.id, article.text);
  return { index, ms: performance.now() - started };
}

const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
const fmt = (x) => x.toFixed(3);

const ar = readArticles('news-ar.jsonl');
const en = readArticles('news-en.jsonl');
const all = [...ar, ...en];
const byId = new Map(all.map((a) => [a.id, a]));
const random = makeRandom(20261129);
const handPairs = loadHandLabelledPairs(byId);
const handKeys = new Set(handPairs.flatMap((p) => [`${p.a.id}|${p.bId}`, `${p.bId}|${p.a.id}`]));
const sameEvent = relabelRealPairs(
  [...buildSameEventPairs(ar, 400), ...buildSameEventPairs(en, 300)].filter(
    (p) => !handKeys.has(`${p.a.id}|${p.bId}`),
  ),
);
const pairs = [
  ...buildPositivePairs(ar, random, 700),
  ...buildPositivePairs(en, random, 350),
  ...sameEvent.kept,
  ...buildRandomNegativePairs(ar, random, 500),
  ...buildRandomNegativePairs(en, random, 300),
  ...handPairs,
];
const bytes = all.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
console.log(
  `corpus: ${ar.length} ar + ${en.length} en articles (>= 40 words), ${(bytes / 1e6).toFixed(1)} MB`,
);
console.log(
  `pairs: ${pairs.filter((p) => p.label).length} positive, ${pairs.filter((p) => !p.label).length} negative ` +
    `(same-event pairs left out as ambiguous, 10-50 % shared sentences: ${sameEvent.ambiguous})`,
);

function report(name, options) {
  const { index } = buildIndex(all, options);
  const overall = evaluate(pairs, index);
  const hand = evaluate(handPairs, index);
  console.log(`\n== ${name}: ${JSON.stringify(options)}`);
  console.log(
    `all pairs:          precision ${fmt(overall.precision)}  recall ${fmt(overall.recall)}  F1 ${fmt(overall.f1)}  ` +
      `(tp ${overall.tp} fp ${overall.fp} fn ${overall.fn} tn ${overall.tn})`,
  );
  console.log(
    `hand-labelled real: precision ${fmt(hand.precision)}  recall ${fmt(hand.recall)}  F1 ${fmt(hand.f1)}  ` +
      `(tp ${hand.tp} fp ${hand.fp} fn ${hand.fn} tn ${hand.tn})`,
  );
  for (const [kind, stats] of [...overall.byKind].sort()) {
    console.log(
      `  ${kind.padEnd(28)} n=${String(stats.n).padStart(4)}  flagged as near-duplicate ${fmt(stats.predicted / stats.n)}`,
    );
  }
  const clusters = new Map();
  for (const article of all)
    clusters.set(index.clusterOf(article.id), (clusters.get(index.clusterOf(article.id)) ?? 0) + 1);
  const multi = [...clusters.values()].filter((n) => n > 1);
  console.log(
    `  corpus clusters with more than one article: ${multi.length} (${multi.reduce((s, n) => s + n, 0)} articles)`,
  );
  return index;
}

report('default', { threshold });
report('lead check off', { threshold, minLeadOverlap: 0 });

// Throughput: median of three full passes over the corpus (machine shared with other jobs).
const addRates = [];
const queryRates = [];
for (let run = 0; run < 3; run++) {
  const { index, ms } = buildIndex(all, { threshold });
  addRates.push(all.length / (ms / 1000));
  const started = performance.now();
  for (const article of all) index.query(article.text);
  queryRates.push(all.length / ((performance.now() - started) / 1000));
}
const addRate = median(addRates);
console.log(
  `\nthroughput (median of 3): add ${addRate.toFixed(0)} docs/s (${((addRate * bytes) / all.length / 1e6).toFixed(1)} MB/s), ` +
    `query ${median(queryRates).toFixed(0)} docs/s, index of ${all.length} articles`,
);

if (sweep) {
  console.log('');
  for (const t of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8]) {
    const { index } = buildIndex(all, { threshold: t });
    const r = evaluate(pairs, index);
    const h = evaluate(handPairs, index);
    console.log(
      `sweep threshold ${t.toFixed(2)}: all P ${fmt(r.precision)} R ${fmt(r.recall)} F1 ${fmt(r.f1)} | ` +
        `hand-labelled P ${fmt(h.precision)} R ${fmt(h.recall)} F1 ${fmt(h.f1)}`,
    );
  }
}
