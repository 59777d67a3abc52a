#!/usr/bin/env node
// Aggregation benchmark: 1 million observations over 500 actors, 100 topics and 3 years.
// A measured slice goes through the service's real consumption path (JetStream → handler →
// Postgres, with one alert rule watching everything); the rest is bulk-loaded with SQL and the
// buckets rebuilt. Then p50/p95 of every read endpoint a dashboard calls, over HTTP.
// Creates and drops its own database and NATS namespace. Usage:
//   node apps/aggregation/bench/aggregate.bench.mjs [observations=1000000] [sliceObservations=20000]
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID, createHash } from 'node:crypto';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createApiKey } from '@stance/api-keys';
import { ObservationsExtractedV1, resolveTopology } from '@stance/contracts';
import { createPrismaClient } from '@stance/db';
import { createTestDatabase } from '@stance/db/testing';
import { connectToNats, deleteStreams, JetStreamPublisher } from '@stance/messaging';

const here = path.dirname(fileURLToPath(import.meta.url));
const TOTAL = Number(process.argv[2] ?? 1_000_000);
const SLICE = Number(process.argv[3] ?? 20_000);
const ACTORS = 500;
const TOPICS = 100;
const YEARS = 3;
const DAY = 86_400_000;
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);

/** Seeded PRNG so runs are comparable. */
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20261129);

/** Zipf-like pick: a few actors and topics dominate the news, as they do. */
function zipfTable(n, s) {
  const weights = Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s));
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return weights.map((w) => (acc += w / total));
}
const actorCdf = zipfTable(ACTORS, 0.9);
const topicCdf = zipfTable(TOPICS, 0.8);
function pick(cdf) {
  const r = random();
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid] < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const actorKey = (i) => `actor-${String(i).padStart(3, '0')}`;
const topicKey = (i) => `topic-${String(i).padStart(3, '0')}`;

/** Each pair leans one way, and a tenth of pairs flip halfway through (so alerts have work). */
function stanceFor(a, t, when, start, end) {
  const h = createHash('sha1').update(`${a}:${t}`).digest();
  let lean = h[0] / 255;
  if (h[1] < 26 && when > (start + end) / 2) lean = 1 - lean;
  const r = random();
  if (r < 0.15) return 'neutral';
  return random() < lean ? 'support' : 'oppose';
}

/** Stories with 1–5 statements; 10 % are syndicated as 2–3 copies in one near-duplicate cluster. */
function* generateArticles(total, start, end) {
  let produced = 0;
  let story = 0;
  while (produced < total) {
    const t = start + Math.floor(random() * (end - start));
    const n = 1 + Math.floor(random() * 5);
    const statements = new Map();
    for (let k = 0; k < n; k++) {
      const a = pick(actorCdf);
      const tp = pick(topicCdf);
      const stance = stanceFor(a, tp, t, start, end);
      statements.set(`${a}|${tp}|${stance}`, { actor: actorKey(a), topic: topicKey(tp), stance });
    }
    const copies = random() < 0.1 ? 2 + Math.floor(random() * 2) : 1;
    const cluster = copies > 1 ? `bench-cluster-${story}` : null;
    for (let c = 0; c < copies && produced < total; c++) {
      const at = new Date(t + c * Math.floor(random() * DAY));
      const list = [...statements.values()].map((s) => ({
        ...s,
        confidence: Math.round((0.5 + random() * 0.5) * 1000) / 1000,
      }));
      produced += list.length;
      yield { id: randomUUID(), at, cluster, statements: list };
    }
    story++;
  }
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitUntil(what, check, timeoutMs = 30 * 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function insertArticles(client, articles) {
  await client.query(
    `INSERT INTO articles (id, source, url, title, text, lang, published_at, content_hash, near_dup_cluster_id)
     SELECT u.id, 'bench', 'https://news.example/' || u.id, 'bench article', '', 'ar', u.at, encode(sha256(u.id::text::bytea), 'hex'), u.cluster
     FROM unnest($1::uuid[], $2::timestamptz[], $3::text[]) AS u(id, at, cluster)`,
    [articles.map((a) => a.id), articles.map((a) => a.at), articles.map((a) => a.cluster)],
  );
}

async function insertObservations(client, codebookId, articles) {
  const rows = articles.flatMap((a) => a.statements.map((s) => ({ a, s })));
  await client.query(
    `INSERT INTO observations (article_id, codebook_id, actor_key, topic_key, stance, score, confidence, evidence,
                               evidence_start, evidence_end, extractor_version, observed_at)
     SELECT u.article_id, $1::uuid, u.actor, u.topic, u.stance::stance,
            CASE u.stance WHEN 'support' THEN 1 WHEN 'oppose' THEN -1 ELSE 0 END, u.confidence, 'bench evidence', 0, 14, 'bench', u.at
     FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::timestamptz[])
       AS u(article_id, actor, topic, stance, confidence, at)`,
    [
      codebookId,
      rows.map((r) => r.a.id),
      rows.map((r) => r.s.actor),
      rows.map((r) => r.s.topic),
      rows.map((r) => r.s.stance),
      rows.map((r) => r.s.confidence),
      rows.map((r) => r.a.at),
    ],
  );
  await client.query(
    `INSERT INTO article_extractions (article_id, codebook_id, extractor_version, statement_count)
     SELECT u.id, $1::uuid, 'bench', u.n FROM unnest($2::uuid[], $3::int[]) AS u(id, n)`,
    [codebookId, articles.map((a) => a.id), articles.map((a) => a.statements.length)],
  );
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  console.log(
    `aggregation bench: ${TOTAL} observations, ${ACTORS} actors, ${TOPICS} topics, ${YEARS} years; slice ${SLICE} through the service`,
  );
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, node ${process.version}`,
  );
  const db = await createTestDatabase();
  const namespace = `bench-${randomBytes(4).toString('hex')}`;
  const prisma = createPrismaClient({ databaseUrl: db.url });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  let service;
  const results = {};
  try {
    const codebook = await prisma.codebook.create({
      data: {
        name: 'bench',
        version: 1,
        sha256: '0'.repeat(64),
        content: {},
        actors: {
          create: Array.from({ length: ACTORS }, (_, i) => ({
            key: actorKey(i),
            kind: 'person',
            names: { en: [`Actor ${i}`] },
          })),
        },
        topics: {
          create: Array.from({ length: TOPICS }, (_, i) => ({
            key: topicKey(i),
            label: { en: `Topic ${i}` },
            pro: {},
            anti: {},
          })),
        },
      },
    });
    const readKey = (await createApiKey(prisma, { name: 'bench read', scopes: ['read'] })).secret;
    const adminKey = (await createApiKey(prisma, { name: 'bench admin', scopes: ['admin'] })).secret;

    // 1. Generate; hold the slice back for the service, bulk-load the rest.
    const end = Date.now();
    const start = end - YEARS * 365 * DAY;
    const slice = [];
    let sliceObs = 0;
    let bulkObs = 0;
    let batch = [];
    const sliceEvery = Math.max(1, Math.round(TOTAL / Math.max(SLICE, 1)));
    let index = 0;
    const t0 = performance.now();
    for (const article of generateArticles(TOTAL, start, end)) {
      if (sliceObs < SLICE && index++ % sliceEvery === 0) {
        slice.push(article);
        sliceObs += article.statements.length;
        continue;
      }
      batch.push(article);
      bulkObs += article.statements.length;
      if (batch.length >= 5000) {
        await insertArticles(client, batch);
        await insertObservations(client, codebook.id, batch);
        batch = [];
      }
    }
    if (batch.length) {
      await insertArticles(client, batch);
      await insertObservations(client, codebook.id, batch);
    }
    const loadMs = performance.now() - t0;
    console.log(
      `bulk load: ${bulkObs} observations in ${(loadMs / 1000).toFixed(1)} s (${Math.round(bulkObs / (loadMs / 1000))}/s, generation included)`,
    );
    await client.query('ANALYZE');

    // 2. Start the service as its own process.
    const port = await freePort();
    service = spawn(process.execPath, [path.join(here, '../dist/main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        NATS_URL,
        NATS_NAMESPACE: namespace,
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let serviceErr = '';
    service.stderr.on('data', (d) => (serviceErr += d));
    const base = `http://127.0.0.1:${port}`;
    await waitUntil(
      'the service',
      async () => {
        if (service.exitCode !== null) throw new Error(`service exited: ${serviceErr}`);
        return fetch(`${base}/health`).then(
          (r) => r.ok,
          () => false,
        );
      },
      60_000,
    );
    const call = async (method, p, key, body) => {
      const res = await fetch(`${base}${p}`, {
        method,
        headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${p} → ${res.status} ${text.slice(0, 300)}`);
      return text;
    };

    const rebuildStarted = performance.now();
    const rebuilt = JSON.parse(await call('POST', `/admin/rebuild?codebookId=${codebook.id}`, adminKey));
    const rebuildMs = performance.now() - rebuildStarted;
    console.log(
      `rebuild of all buckets from ${bulkObs} observations: ${rebuilt.buckets} bucket rows in ${(rebuildMs / 1000).toFixed(1)} s`,
    );
    await client.query('ANALYZE');

    // 3. The measured slice through JetStream in three parts: backfill (times spread over the
    // 3 years) without alert rules; backfill with a rule watching every pair for every kind of
    // change (the most detection work there can be); live (times in the last 7 days) with it.
    const third = Math.floor(slice.length / 3);
    for (const a of slice.slice(2 * third)) a.at = new Date(end - Math.floor(random() * 7 * DAY));
    await insertArticles(client, slice);
    const publisher = await JetStreamPublisher.connect({ servers: NATS_URL, namespace });
    const countSets = async () =>
      Number((await client.query('SELECT count(*) FROM article_extractions')).rows[0].count);
    const consume = async (articles, label) => {
      const before = await countSets();
      const started = performance.now();
      await publisher.publishMany(
        ObservationsExtractedV1,
        articles.map((a) => ({
          msgId: `bench:${a.id}`,
          payload: {
            articleId: a.id,
            codebookId: codebook.id,
            codebookVersion: '1',
            extractorVersion: 'bench',
            observedAt: a.at.toISOString(),
            statements: a.statements.map((s) => ({ ...s, evidence: 'bench evidence', start: 0, end: 14 })),
          },
        })),
      );
      await waitUntil(label, async () => (await countSets()) >= before + articles.length);
      const seconds = (performance.now() - started) / 1000;
      // Change detection runs after storing, from the alert_work queue: time until it drained.
      await waitUntil(
        'detection',
        async () => Number((await client.query('SELECT count(*) FROM alert_work')).rows[0].count) === 0,
      );
      const drainedSeconds = (performance.now() - started) / 1000;
      const observations = articles.reduce((n, a) => n + a.statements.length, 0);
      const row = {
        sets: articles.length,
        observations,
        seconds: +seconds.toFixed(1),
        observationsPerSecond: Math.round(observations / seconds),
        setsPerSecond: Math.round(articles.length / seconds),
        detectionDoneSeconds: +drainedSeconds.toFixed(1),
      };
      console.log(
        `consumed (${label}): ${row.sets} sets / ${row.observations} observations stored in ${row.seconds} s → ${row.observationsPerSecond} obs/s (${row.setsPerSecond} sets/s); change detection done after ${row.detectionDoneSeconds} s`,
      );
      return row;
    };
    results.backfillNoRules = await consume(slice.slice(0, third), 'backfill, no rules');
    await call('POST', '/alert-rules', adminKey, {
      name: 'everything',
      kinds: ['flip', 'shift', 'first', 'surge'],
    });
    results.backfillWithRule = await consume(
      slice.slice(third, 2 * third),
      'backfill, one rule on every pair',
    );
    results.liveWithRule = await consume(slice.slice(2 * third), 'live, one rule on every pair');
    results.alertsStored = Number((await client.query('SELECT count(*) FROM alerts')).rows[0].count);
    console.log(`alerts stored: ${results.alertsStored}`);
    await publisher.close();
    const totalObs = Number((await client.query('SELECT count(*) FROM observations')).rows[0].count);
    console.log(`observations stored: ${totalObs}`);

    // 4. Read endpoints, sequentially, varied parameters.
    const pickActor = () => actorKey(pick(actorCdf));
    const pickTopic = () => topicKey(pick(topicCdf));
    const iso = (t) => new Date(t).toISOString();
    const randomDay = () => start + Math.floor(random() * (end - start - 120 * DAY)) + 120 * DAY;
    const endpoints = {
      'GET /actors': () => '/actors',
      'GET /topics': () => '/topics',
      'GET /positions?actor (all topics)': () => `/positions?actor=${pickActor()}`,
      'GET /positions?topic (matrix)': () => `/positions?topic=${pickTopic()}`,
      'GET /positions?actor&from&to': () => {
        const t = randomDay();
        return `/positions?actor=${pickActor()}&from=${iso(t - 90 * DAY)}&to=${iso(t)}`;
      },
      'GET /positions/current?actor': () => `/positions/current?actor=${pickActor()}`,
      'GET /positions/current?topic': () => `/positions/current?topic=${pickTopic()}`,
      'GET /positions/history (week)': () =>
        `/positions/history?actor=${pickActor()}&topic=${pickTopic()}&granularity=week`,
      'GET /timeseries (week, all time)': () =>
        `/timeseries?actor=${pickActor()}&topic=${pickTopic()}&granularity=week`,
      'GET /timeseries (day, 90 days)': () => {
        const t = randomDay();
        return `/timeseries?actor=${pickActor()}&topic=${pickTopic()}&granularity=day&from=${iso(t - 90 * DAY)}&to=${iso(t)}`;
      },
      'GET /observations?actor&topic': () =>
        `/observations?actor=${pickActor()}&topic=${pickTopic()}&limit=50`,
      'GET /observations?topic': () => `/observations?topic=${pickTopic()}&limit=50`,
      'GET /observations (all)': () => '/observations?limit=50',
      'GET /alerts': () => '/alerts?limit=50',
      'GET /alerts?actor': () => `/alerts?actor=${pickActor()}&limit=50`,
      'GET /movers': () => '/movers',
      'GET /polarization?topic (month)': () =>
        `/polarization?topic=${pickTopic()}&granularity=month&from=${iso(random() * 0 + end - 365 * DAY)}`,
      'GET /networks (90 days, cached)': () => '/networks?minSharedTopics=3',
      'GET /networks (90 days, cold)': () => `/networks?minSharedTopics=3&to=${iso(randomDay())}`,
      'GET /overview (cached)': () => '/overview',
      'GET /overview (cold)': () => `/overview?to=${iso(randomDay())}`,
    };
    results.endpoints = {};
    console.log(`\n| endpoint | p50 ms | p95 ms | max ms | n |`);
    console.log(`|---|---:|---:|---:|---:|`);
    for (const [name, makePath] of Object.entries(endpoints)) {
      const cold = name.includes('cold');
      const n = cold ? Math.min(REQUESTS, 20) : REQUESTS;
      if (!cold) for (let i = 0; i < 3; i++) await call('GET', makePath(), readKey);
      const times = [];
      for (let i = 0; i < n; i++) {
        const p = makePath();
        const t = performance.now();
        await call('GET', p, readKey);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const row = {
        p50: +percentile(times, 50).toFixed(1),
        p95: +percentile(times, 95).toFixed(1),
        max: +times[times.length - 1].toFixed(1),
        n,
      };
      results.endpoints[name] = row;
      console.log(`| ${name} | ${row.p50} | ${row.p95} | ${row.max} | ${n} |`);
    }
    console.log(`\nRESULTS ${JSON.stringify(results)}`);
  } finally {
    if (service && service.exitCode === null) {
      const exited = new Promise((r) => service.once('exit', r));
      service.kill('SIGTERM');
      await exited;
    }
    await client.end().catch(() => undefined);
    await prisma.$disconnect().catch(() => undefined);
    const nc = await connectToNats({ servers: NATS_URL });
    await deleteStreams(nc, resolveTopology(namespace)).catch(() => undefined);
    await nc.close();
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
