#!/usr/bin/env node
// Extraction benchmark: runs extractStatements over /work/shared/corpus/news-ar.jsonl (or
// STANCE_BENCH_CORPUS) on one core with a generated codebook (the dev codebooks' real actors
// and topics plus synthetic ones drawn from corpus word pairs, so that they do match), and
// prints articles/s, MB/s and peak RSS; then shows scaling with text size and codebook size.
//
// The host is shared and its speed drifts, so every full run is paired with a baseline run
// right before it: the plain normalise-and-dictionary scan (normalizeText + the codebook's
// automaton, nothing else) over the same articles. The ratio full/baseline is the cost of the
// language work in units of this host's speed at that moment; the issue allows up to 10×.
// usage: node bench/extract.bench.mjs [--quick] [--reps N]   (pin with `taskset -c 0`)
import os from 'node:os';
import { compileCodebook, extractStatements, normalizeText } from '../dist/index.js';
import { buildCodebook, corpusPath, loadArticles } from './bench-codebook.mjs';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const reps = argv.includes('--reps') ? Math.max(1, Number(argv[argv.indexOf('--reps') + 1])) : 3;
const BUDGET = 10;

// Rates use the CPU time of this process, so that they hold on a machine shared with other
// work; wall time is printed too.
function timed(articles, perArticle) {
  let count = 0;
  let chars = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const a of articles) {
    count += perArticle(a);
    chars += a.text.length;
  }
  const cpu = process.cpuUsage(c0);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds: (cpu.user + cpu.system) / 1e6, wall, count, chars };
}

const run = (compiled, articles) => timed(articles, (a) => extractStatements(compiled, a).length);

/** The floor any extractor pays: fold the text and run the dictionary automaton over it. */
function scanRun(compiled, articles) {
  let matches = 0;
  const onMatch = () => {
    matches++;
  };
  return timed(articles, (a) => {
    const before = matches;
    compiled.automaton.scan(normalizeText(a.text).text, onMatch);
    return matches - before;
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (n, r) => n / r.seconds;

const articles = loadArticles();
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
const mb = bytes / 1e6;
const t0 = process.hrtime.bigint();
const main = compileCodebook(buildCodebook(articles, 600, 120));
const compileMs = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(`corpus: ${articles.length} articles, ${mb.toFixed(2)} MB (${corpusPath})`);
console.log(
  `codebook: ${main.actorIds.length} actors, ${main.topicIds.length} topics, automaton ${main.automaton.stateCount} states, compiled in ${compileMs.toFixed(0)} ms`,
);
run(main, articles.slice(0, 300)); // warm-up
scanRun(main, articles.slice(0, 300));

// The first pass over the corpus is reported on its own: it fills the engine's per-word-form
// memo tables, as every CLI run does; the median is over the passes after it.
const rows = [];
for (let r = 0; r <= reps; r++) {
  const base = scanRun(main, articles);
  const full = run(main, articles);
  if (r > 0) rows.push({ base, full });
  console.log(
    `${r === 0 ? 'cold run' : `run ${r}/${reps}`}: baseline scan ${rate(articles.length, base).toFixed(0)} articles/s (${base.seconds.toFixed(2)} s CPU, ${base.count} matches); ` +
      `full ${rate(articles.length, full).toFixed(0)} articles/s = ${(mb / full.seconds).toFixed(2)} MB/s per CPU second ` +
      `(${full.seconds.toFixed(2)} s CPU; ${full.wall.toFixed(2)} s wall = ${(articles.length / full.wall).toFixed(0)} articles/s), ` +
      `${full.count} statements; ratio full/baseline ${(full.seconds / base.seconds).toFixed(2)}`,
  );
}
const fullRate = median(rows.map((x) => rate(articles.length, x.full)));
const baseRate = median(rows.map((x) => rate(articles.length, x.base)));
const ratio = median(rows.map((x) => x.full.seconds / x.base.seconds));
console.log(
  `median of ${reps} warm runs: full ${fullRate.toFixed(0)} articles/s (${((fullRate * mb) / articles.length).toFixed(2)} MB/s) per CPU second, ` +
    `wall ${median(rows.map((x) => articles.length / x.full.wall)).toFixed(0)} articles/s; ` +
    `baseline scan ${baseRate.toFixed(0)} articles/s; ratio full/baseline ${ratio.toFixed(2)} ` +
    `(${ratio <= BUDGET ? 'within' : 'over'} the ${BUDGET}× budget)`,
);
console.log(
  `load average: ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${os.cpus().length} cores`,
);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// Linear in text size: the same articles concatenated 1x, 2x, 4x per document.
console.log('\ntext size scaling (same 500 articles, each text repeated k times; second of two passes):');
const sample = articles.slice(0, 500);
const factors = quick ? [1, 2] : [1, 2, 4];
for (let pass = 0; pass < 2; pass++) {
  for (const k of factors) {
    const scaled = sample.map((a) => ({ ...a, text: Array(k).fill(a.text).join('\n') }));
    const r = run(main, scaled);
    if (pass === 1)
      console.log(
        `  x${k}: ${(r.chars / 1e6).toFixed(2)} M chars in ${r.seconds.toFixed(3)} s → ${(r.chars / 1e6 / r.seconds).toFixed(2)} M chars/s`,
      );
  }
}

// Near flat in codebook size.
console.log('\ncodebook size scaling (first 2000 articles):');
const slice = articles.slice(0, 2000);
for (const n of quick ? [50, 500] : [50, 500, 2000]) {
  const compiled = compileCodebook(buildCodebook(articles, n, Math.max(20, n / 5)));
  const r = run(compiled, slice);
  console.log(
    `  ${String(compiled.actorIds.length).padStart(4)} actors / ${compiled.topicIds.length} topics: ${(slice.length / r.seconds).toFixed(0)} articles/s`,
  );
}
