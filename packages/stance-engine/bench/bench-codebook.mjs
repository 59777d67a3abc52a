// The benchmark's corpus and generated codebook, shared by the benchmark and by ad-hoc
// drivers (profiling, output digests) so that they all measure the same work.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
export const shared = path.resolve(here, '../../../../shared');
export const corpusPath = process.env.STANCE_BENCH_CORPUS ?? path.join(shared, 'corpus/news-ar.jsonl');

export function loadArticles() {
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

export function buildCodebook(articles, actorCount, topicCount) {
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
