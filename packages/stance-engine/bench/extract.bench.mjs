#!/usr/bin/env node
// Extraction benchmark: runs extractStatements over /work/shared/corpus/news-ar.jsonl (or
// STANCE_BENCH_CORPUS) on one core with a generated codebook (the dev codebooks' real actors
// and topics plus synthetic ones drawn from corpus word pairs, so that they do match), and
// prints articles/s, MB/s and peak RSS; then shows scaling with text size and codebook size.
// usage: node bench/extract.bench.mjs [--quick]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { compileCodebook, extractStatements } from '../dist/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '../../../../shared');
const corpusPath = process.env.STANCE_BENCH_CORPUS ?? path.join(shared, 'corpus/news-ar.jsonl');
const quick = process.argv.includes('--quick');

function loadArticles() {
  return fs
    .readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** Deterministic PRNG (mulberry32) so every run uses the same codebook. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpusPhrases(articles, count, words, random) {
  const out = new Set();
  let guard = 0;
  while (out.size < count && guard++ < count * 50) {
    const a = articles[Math.floor(random() * articles.length)];
    const toks = a.text.split(/\s+/).filter((w) => /^[\u0621-\u064a]{3,}$/.test(w));
    if (toks.length < words + 1) continue;
    const i = Math.floor(random() * (toks.length - words));
    out.add(toks.slice(i, i + words).join(' '));
  }
  return [...out];
}

function buildCodebook(articles, actorCount, topicCount) {
  const random = rng(actorCount * 7919 + topicCount);
  const dev = [
    YAML.parse(fs.readFileSync(path.join(shared, 'eval/dev/codebook-regional.yaml'), 'utf8')),
    YAML.parse(fs.readFileSync(path.join(shared, 'eval/dev/codebook.yaml'), 'utf8')),
  ];
  const actors = [];
  const topics = [];
  const seen = new Set();
  for (const cb of dev) {
    for (const a of cb.actors)
      if (!seen.has(a.id)) {
        seen.add(a.id);
        actors.push(a);
      }
    for (const t of cb.topics)
      if (!seen.has('t:' + t.id)) {
        seen.add('t:' + t.id);
        topics.push(t);
      }
  }
  const names = corpusPhrases(articles, Math.max(0, actorCount - actors.length) * 2, 2, random);
  for (let i = 0; actors.length < actorCount; i++) {
    actors.push({
      id: `gen-actor-${i}`,
      kind: 'person',
      names: {
        ar: [names[2 * i] ?? `اسم${i} مولد`, names[2 * i + 1] ?? `لقب${i} مولد`],
        en: [`Generated Person ${i}`],
      },
      roles: i % 5 === 0 ? [{ title: { ar: [`رئيس هيئة ${i}`] }, from: '2015-01-01', to: '2019-01-01' }] : [],
      memberOf: [],
    });
  }
  const phrases = corpusPhrases(articles, Math.max(0, topicCount - topics.length) * 4, 2, random);
  for (let i = 0; topics.length < topicCount; i++) {
    topics.push({
      id: `gen-topic-${i}`,
      label: { en: `Generated topic ${i}` },
      pro: { ar: [phrases[4 * i], phrases[4 * i + 1]].filter(Boolean), en: [`generated pro ${i}`] },
      anti: { ar: [phrases[4 * i + 2], phrases[4 * i + 3]].filter(Boolean), en: [`generated anti ${i}`] },
    });
  }
  // A fifth of the synthetic topics are stances toward synthetic actors.
  const generated = actors.filter((a) => a.id.startsWith('gen-actor-')).length;
  for (let i = 0; i < Math.min(generated, Math.floor(topicCount / 5)); i++)
    topics.push({
      id: `gen-target-${i}`,
      label: { en: `target ${i}` },
      pro: {},
      anti: {},
      actor: `gen-actor-${i}`,
    });
  return { version: 1, name: `bench-${actorCount}`, actors, topics };
}

// Rates use the CPU time of this process, so that they hold on a machine shared with other
// work; wall time is printed too.
function run(compiled, articles) {
  let statements = 0;
  let chars = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const a of articles) {
    statements += extractStatements(compiled, a).length;
    chars += a.text.length;
  }
  const cpu = process.cpuUsage(c0);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds: (cpu.user + cpu.system) / 1e6, wall, statements, chars };
}

const articles = loadArticles();
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
const t0 = process.hrtime.bigint();
const main = compileCodebook(buildCodebook(articles, 600, 120));
const compileMs = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(`corpus: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB (${corpusPath})`);
console.log(
  `codebook: ${main.actorIds.length} actors, ${main.topicIds.length} topics, automaton ${main.automaton.stateCount} states, compiled in ${compileMs.toFixed(0)} ms`,
);
run(main, articles.slice(0, 300)); // warm-up
const full = run(main, articles);
console.log(
  `full run: ${(articles.length / full.seconds).toFixed(0)} articles/s and ${(bytes / 1e6 / full.seconds).toFixed(2)} MB/s per CPU second ` +
    `(${full.seconds.toFixed(2)} s CPU; ${full.wall.toFixed(2)} s wall = ${(articles.length / full.wall).toFixed(0)} articles/s), ${full.statements} statements`,
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
