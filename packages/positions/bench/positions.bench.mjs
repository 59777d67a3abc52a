// Throughput of the pure aggregation maths on synthetic data (no I/O). Run after `pnpm build`:
//   node packages/positions/bench/positions.bench.mjs [observations]
import {
  buildActorNetwork,
  buildActorNetworkFromTallies,
  polarizationFromTallies,
  tallyByActorTopic,
  bucketizeStatements,
  dedupeObservations,
  detectAlerts,
  DEFAULT_RULE_SETTINGS,
  estimatePosition,
  polarizationByTopic,
  positionHistory,
} from '../dist/index.js';

const DAY = 86_400_000;
const count = Number(process.argv[2] ?? 300_000);
const actors = 500;
const topics = 100;
const start = Date.UTC(2022, 0, 1);
const spanDays = 3 * 365;

// Deterministic PRNG so runs are comparable.
let state = 12345;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const stances = ['support', 'oppose', 'neutral'];
const observations = Array.from({ length: count }, (_, i) => ({
  id: `o${i}`,
  articleId: `a${Math.floor(i / 3)}`,
  clusterId: random() < 0.3 ? `c${Math.floor(random() * count * 0.2)}` : null,
  actor: `actor-${Math.floor(random() * actors)}`,
  topic: `topic-${Math.floor(random() * topics)}`,
  stance: stances[Math.floor(random() * 3)],
  confidence: Math.round(random() * 1000) / 1000,
  observedAt: new Date(start + Math.floor(random() * spanDays * DAY)),
}));

function time(label, units, fn) {
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  console.log(
    `${label.padEnd(48)} ${ms.toFixed(0).padStart(7)} ms  ${units ? `${Math.round((units / ms) * 1000).toLocaleString('en')} /s` : ''}`,
  );
  return result;
}

console.log(
  `${count.toLocaleString('en')} observations, ${actors} actors, ${topics} topics, ${spanDays} days (node ${process.version})`,
);
const statements = time('dedupeObservations (validate + dedup + sort)', count, () =>
  dedupeObservations(observations),
);
time('bucketizeStatements (week)', statements.length, () => bucketizeStatements(statements, 'week'));
time('estimatePosition (Beta interval) × 20,000', 20_000, () => {
  for (let i = 0; i < 20_000; i++)
    estimatePosition({ support: (i % 97) * 0.7, oppose: (i % 13) * 1.3, neutral: 1 });
});
const oneSeries = statements.filter((s) => s.topic === 'topic-1');
time(`positionHistory (day, 3 years, ${oneSeries.length} statements)`, null, () =>
  positionHistory(oneSeries, 'day', { halfLifeMs: 30 * DAY }),
);
time('detectAlerts (all kinds, every series)', statements.length, () =>
  detectAlerts(
    statements,
    { ...DEFAULT_RULE_SETTINGS, id: 'bench' },
    { now: new Date(start + spanDays * DAY), liveHorizonMs: DAY },
  ),
);
const monthFrom = new Date(start + 365 * DAY);
const monthTo = new Date(start + 455 * DAY);
time('buildActorNetwork (90-day window)', null, () =>
  buildActorNetwork(statements, { from: monthFrom, to: monthTo }),
);
time('polarizationByTopic (whole range)', statements.length, () => polarizationByTopic(statements));
// A read endpoint sums stored per-(actor, topic) rows in SQL and hands the maths the result.
const windowRows = tallyByActorTopic(
  statements.filter((s) => s.observedAt >= monthFrom && s.observedAt < monthTo),
);
console.log(`  (${windowRows.length.toLocaleString('en')} (actor, topic) rows in the 90-day window)`);
time('buildActorNetworkFromTallies (90-day window rows)', null, () =>
  buildActorNetworkFromTallies(windowRows),
);
time('polarizationFromTallies (90-day window rows)', null, () => polarizationFromTallies(windowRows));
