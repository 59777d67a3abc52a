#!/usr/bin/env node
// Could a learned second stage add the statements the rules miss? (docs/extraction.md, "A learned
// second stage, measured and not added".) Every (actor, topic-or-target) pair in one sentence
// that the rules do not predict is a candidate, described by shallow language features (no
// names, no topic words) and given the stance of the nearest polar cue before the target times
// the topic phrase's polarity. A logistic model is trained on all readable sets but one and
// ranks the held-out set's candidates; it prints each set's precision among its top k and the
// F1 the set would reach if every candidate scoring at least a threshold were added.
// Readable sets only: the held-out sets' gold must never train or be read by this.
// usage: node scripts/pair-probe.mjs [--label pair|right]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGoldSet, readArticle } from './gold-set.mjs';
import { extractStatements } from '../dist/index.js';
import { annotateCues } from '../dist/extract/cues.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHARED_DEV = path.join(ROOT, '../shared/eval/dev');
const SETS = [
  { name: 'dev', dir: SHARED_DEV },
  { name: 'dev-regional', dir: SHARED_DEV, suffix: '-regional' },
  ...['tune', 'own', 'fresh-ar', 'fresh-en', 'fresh-iq', 'fresh-en2'].map((name) => ({
    name,
    dir: path.join(ROOT, 'eval', name),
  })),
];
// `right`: the pair with the heuristic stance is gold; `pair`: the pair is gold with any stance.
const label = process.argv.includes('--label') ? process.argv[process.argv.indexOf('--label') + 1] : 'right';

const bucket = (n, cuts) => {
  for (const c of cuts) if (n <= c) return `<=${c}`;
  return `>${cuts.at(-1)}`;
};

/** The candidates of one set and what the rules alone score there. */
async function readCandidates({ name, dir, suffix = '' }) {
  const set = await loadGoldSet(dir, undefined, suffix);
  const { compiled, codebook } = set;
  const topicOfActor = new Map();
  codebook.topics.forEach((t, i) => t.actor && topicOfActor.set(compiled.actorIds.indexOf(t.actor), i));
  const candidates = [];
  let predictedCount = 0;
  let rightCount = 0;
  let goldCount = 0;
  for (const { id, statements: gold } of set.gold) {
    const article = set.articles.get(id);
    const predicted = extractStatements(compiled, article);
    goldCount += gold.length;
    predictedCount += predicted.length;
    rightCount += predicted.filter((p) =>
      gold.some((g) => g.actor === p.actor && g.topic === p.topic && g.stance === p.stance),
    ).length;
    const { norm, tokens, sentences, mentions } = readArticle(compiled, article);
    const holders = new Set(predicted.map((p) => p.actor));
    const topicsTaken = new Set(predicted.map((p) => p.topic));
    sentences.forEach((s, sentenceIndex) => {
      const inSentence = mentions.filter((m) => m.tokStart >= s.start && m.tokStart < s.end);
      const actors = inSentence.filter((m) => m.actor >= 0);
      if (inSentence.length < 2 || !actors.length) return;
      const mentionAt = new Int32Array(s.end - s.start).fill(-1);
      inSentence.forEach((m, i) => {
        for (let k = m.tokStart; k < m.tokEnd && k < s.end; k++) mentionAt[k - s.start] = i;
      });
      const { cues } = annotateCues(
        tokens,
        s.start,
        s.end,
        article.lang,
        mentionAt,
        article.text,
        norm.toOriginal,
      );
      const where = (test) => cues.flatMap((c, i) => (c && test(c.cue) ? [i + s.start] : []));
      const polar = where((c) => c.kind === 'stance' && c.polarity !== 0);
      const speech = where((c) => c.kind === 'speech');
      const negation = where((c) => c.kind === 'negation');
      const hedged = where((c) => c.kind === 'hedge').length > 0;
      const evaluative = where((c) => c.kind === 'evaluative');
      for (const a of actors) {
        for (const t of inSentence) {
          const topic = t.topic >= 0 ? t.topic : (topicOfActor.get(t.actor) ?? -1);
          if (t === a || topic < 0 || t.actor === a.actor) continue;
          const actor = compiled.actorIds[a.actor];
          const topicId = compiled.topicIds[topic];
          if (predicted.some((p) => p.actor === actor && p.topic === topicId)) continue;
          const lo = Math.min(a.tokEnd, t.tokEnd);
          const hi = Math.max(a.tokStart, t.tokStart);
          const between = (list) => list.filter((i) => i >= lo && i < hi).length;
          const cueAt = polar.findLast((i) => i < t.tokStart) ?? polar[0] ?? -1;
          const cue = cueAt >= 0 ? cues[cueAt - s.start].cue : undefined;
          const negated = cueAt >= 0 && negation.some((n) => n < cueAt && n >= cueAt - 3);
          const polarity =
            (cue?.polarity ?? 0) * (negated ? -1 : 1) * (t.topic >= 0 && t.polarity ? t.polarity : 1);
          const stance = polarity > 0 ? 'support' : polarity < 0 ? 'oppose' : 'neutral';
          const othersBetween = actors.filter(
            (m) => m.actor !== a.actor && m.actor !== t.actor && m.tokStart > lo && m.tokStart < hi,
          ).length;
          const goldPair = gold.filter((g) => g.actor === actor && g.topic === topicId);
          candidates.push({
            key: `${id}|${actor}|${topicId}`,
            pair: goldPair.length > 0,
            right: goldPair.some((g) => g.stance === stance),
            features: [
              `lang=${article.lang}`,
              `target=${t.topic >= 0 ? 'issue' : 'actor'}`,
              `phrasePolarity=${t.polarity}`,
              `order=${a.tokStart < t.tokStart ? 'actorFirst' : 'targetFirst'}`,
              `gap=${bucket(hi - lo, [0, 2, 4, 7, 12, 20, 35])}`,
              `polarBetween=${bucket(between(polar), [0, 1, 2])}`,
              `polarBefore=${bucket(polar.filter((i) => i < Math.min(a.tokStart, t.tokStart)).length, [0, 1])}`,
              `polarAfter=${bucket(polar.filter((i) => i >= Math.max(a.tokEnd, t.tokEnd)).length, [0, 1])}`,
              `speechBetween=${between(speech) > 0}`,
              `speech=${speech.length > 0}`,
              `negationBetween=${between(negation) > 0}`,
              `hedged=${hedged}`,
              `evaluativeBetween=${between(evaluative) > 0}`,
              `actorsBetween=${bucket(othersBetween, [0, 1, 2])}`,
              `firstActor=${a === actors[0]}`,
              `mentionKind=${a.kind}`,
              `official=${a.official}`,
              `rulesHolder=${holders.has(actor)}`,
              `rulesTopic=${topicsTaken.has(topicId)}`,
              `actors=${bucket(actors.length, [2, 3, 5])}`,
              `length=${bucket(s.end - s.start, [15, 30, 50, 80])}`,
              `headline=${sentenceIndex === 0}`,
              `stance=${stance}`,
              `cuePos=${cue?.pos ?? 'none'}`,
              `cueStrength=${cue ? bucket(Math.round(cue.strength * 10), [3, 6, 8]) : 'none'}`,
              `negated=${negated}`,
            ],
          });
        }
      }
    });
  }
  return { name, candidates, goldCount, predictedCount, rightCount };
}

/** Logistic regression by SGD with L2; small steps, few epochs: the data are few and noisy. */
function trainModel(candidates, { l2 = 50, epochs = 20, rate = 0.02 } = {}) {
  const weights = new Map();
  let bias = 0;
  for (let e = 0; e < epochs; e++)
    for (const c of candidates) {
      const error = predict({ weights, bias }, c) - (c[label] ? 1 : 0);
      bias -= rate * error;
      for (const f of c.features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - rate * (error + (l2 / candidates.length) * w));
      }
    }
  return { weights, bias };
}

function predict(model, candidate) {
  let z = model.bias;
  for (const f of candidate.features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

const sets = [];
for (const set of SETS) sets.push(await readCandidates(set));
const K = [5, 10, 20, 40];
const THRESHOLDS = [0.2, 0.3, 0.5];
const totals = K.map(() => [0, 0]);
for (const held of sets) {
  const model = trainModel(sets.filter((s) => s !== held).flatMap((s) => s.candidates));
  // One row per (article, actor, topic): its best-scoring pair.
  const best = new Map();
  for (const c of held.candidates) {
    const p = predict(model, c);
    if (!(best.get(c.key)?.p >= p)) best.set(c.key, { p, c });
  }
  const ranked = [...best.values()].sort((x, y) => y.p - x.p);
  const f1 = (right, predicted) => (2 * right) / (held.goldCount + predicted);
  const atK = K.map((k, i) => {
    const n = Math.min(k, ranked.length);
    const hits = ranked.slice(0, n).filter((x) => x.c[label]).length;
    totals[i][0] += hits;
    totals[i][1] += n;
    return `p@${k} ${n ? (hits / n).toFixed(2) : '-'}`;
  });
  const added = THRESHOLDS.map((t) => {
    const kept = ranked.filter((x) => x.p >= t);
    const right = kept.filter((x) => x.c.right).length;
    return `≥${t}: +${right}/${kept.length} → ${f1(held.rightCount + right, held.predictedCount + kept.length).toFixed(3)}`;
  });
  const base = ranked.length ? ranked.filter((x) => x.c[label]).length / ranked.length : 0;
  console.log(
    `${held.name.padEnd(12)} candidates ${String(ranked.length).padStart(4)} (${label} ${base.toFixed(2)}) ${atK.join(' ')} | rules ${f1(held.rightCount, held.predictedCount).toFixed(3)}; ${added.join('; ')}`,
  );
}
console.log(`all sets: ${K.map((k, i) => `p@${k} ${(totals[i][0] / totals[i][1]).toFixed(2)}`).join(' ')}`);
