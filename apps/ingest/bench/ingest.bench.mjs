#!/usr/bin/env node
// Ingest benchmark: sustained accepted articles/s through POST /articles batches into Postgres
// and JetStream, and the time from acceptance to publication (outbox created_at → sent_at).
// Starts its own ingest process (apps/ingest/dist) against a fresh database it creates and
// drops, with a random NATS namespace. Articles: the shared corpus (never holdout/), then
// articles recombined from its sentences (seeded) up to the total, so every text is new.
// Usage: node apps/ingest/bench/ingest.bench.mjs [total=20000] [batch=100] [clients=4]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiKey } from '@stance/api-keys';
import { resolveTopology } from '@stance/contracts';
import { createPrismaClient } from '@stance/db';
import { createTestDatabase } from '@stance/db/testing';
import { connectToNats, deleteStreams } from '@stance/messaging';
import { jetstreamManager } from '@nats-io/jetstream';

const here = path.dirname(fileURLToPath(import.meta.url));
const TOTAL = Number(process.argv[2] ?? 20_000);
const BATCH = Number(process.argv[3] ?? 100);
const CLIENTS = Number(process.argv[4] ?? 4);
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const CORPUS = path.resolve(here, '../../../../shared/corpus');

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadArticles(total) {
  const corpus = ['news-ar.jsonl', 'news-en.jsonl'].flatMap((file) =>
    readFileSync(path.join(CORPUS, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
      .filter((a) => a.text && a.text.trim()),
  );
  const articles = corpus.map((a, i) => ({
    id: `bench-${i}`,
    title: a.title ?? '',
    text: a.text,
    ...(a.published_at && { published_at: a.published_at }),
  }));
  const sentences = corpus.flatMap((a) => a.text.split(/(?<=[.!?؟])\s+/).filter((s) => s.length > 40));
  const random = mulberry32(42);
  while (articles.length < total) {
    const count = 8 + Math.floor(random() * 10);
    const text = Array.from({ length: count }, () => sentences[Math.floor(random() * sentences.length)]).join(
      ' ',
    );
    articles.push({ id: `bench-${articles.length}`, title: '', text });
  }
  return { articles: articles.slice(0, total), fromCorpus: Math.min(corpus.length, total) };
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startService(env) {
  // INGEST_BENCH_PROFILE=DIR writes a CPU profile of the service there (open it in DevTools).
  const profile = process.env.INGEST_BENCH_PROFILE
    ? ['--cpu-prof', '--cpu-prof-dir', process.env.INGEST_BENCH_PROFILE]
    : [];
  const child = spawn(process.execPath, [...profile, path.resolve(here, '../dist/main.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = [];
  for (const s of [child.stdout, child.stderr]) s.on('data', (d) => log.push(String(d)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`ingest exited at start:\n${log.join('')}`);
    try {
      if ((await fetch(`http://127.0.0.1:${env.PORT}/health`)).ok) return { child, log };
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`ingest not healthy after 60 s:\n${log.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function main() {
  const { articles, fromCorpus } = loadArticles(TOTAL);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const db = await createTestDatabase();
  const prisma = createPrismaClient({ databaseUrl: db.url });
  const namespace = `bench-${randomBytes(4).toString('hex')}`;
  const port = await freePort();
  let service;
  try {
    const key = (await createApiKey(prisma, { name: 'bench', scopes: ['ingest'] })).secret;
    service = await startService({
      DATABASE_URL: db.url,
      NATS_URL,
      NATS_NAMESPACE: namespace,
      PORT: String(port),
      HOST: '127.0.0.1',
      FEED_SCHEDULER: 'off',
      INGEST_MAX_BATCH: String(Math.max(BATCH, 1000)),
    });
    const url = `http://127.0.0.1:${port}/articles`;
    const batches = [];
    for (let i = 0; i < articles.length; i += BATCH) batches.push(articles.slice(i, i + BATCH));
    let next = 0;
    let accepted = 0;
    let duplicates = 0;
    const requestMs = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < batches.length) {
          const batch = batches[next++];
          const t0 = performance.now();
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
            body: JSON.stringify({ articles: batch }),
          });
          const body = await res.json();
          if (res.status !== 202)
            throw new Error(`HTTP ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
          requestMs.push(performance.now() - t0);
          accepted += body.accepted;
          duplicates += body.duplicates;
        }
      }),
    );
    const postingMs = performance.now() - started;
    // Publication keeps going after the last 202: wait for the outbox to drain.
    for (;;) {
      const unsent = await prisma.outboxMessage.count({ where: { sentAt: null } });
      if (unsent === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const drainedMs = performance.now() - started;
    const [latency] = await prisma.$queryRawUnsafe(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) AS p95,
              max(ms) AS max
       FROM (SELECT extract(epoch FROM sent_at - created_at) * 1000 AS ms FROM outbox_messages) t`,
    );
    const nc = await connectToNats({ servers: NATS_URL });
    const jsm = await jetstreamManager(nc);
    const streamed = (await jsm.streams.info(resolveTopology(namespace).streams.ARTICLES.name)).state
      .messages;
    const clusters = await prisma.$queryRawUnsafe(
      `SELECT count(*)::int AS grouped FROM articles WHERE near_dup_cluster_id <> id::text`,
    );
    await deleteStreams(nc, resolveTopology(namespace)).catch(() => undefined);
    await nc.close();
    requestMs.sort((a, b) => a - b);
    const result = {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
      articles: articles.length,
      fromCorpus,
      megabytes: +(bytes / 1e6).toFixed(1),
      batch: BATCH,
      clients: CLIENTS,
      accepted,
      duplicates,
      nearDuplicatesGrouped: clusters[0].grouped,
      streamed,
      acceptedPerSecond: Math.round(accepted / (postingMs / 1000)),
      acceptedAndPublishedPerSecond: Math.round(accepted / (drainedMs / 1000)),
      requestMs: {
        p50: Math.round(percentile(requestMs, 0.5)),
        p95: Math.round(percentile(requestMs, 0.95)),
      },
      acceptanceToPublicationMs: {
        p50: Math.round(latency.p50),
        p95: Math.round(latency.p95),
        max: Math.round(latency.max),
      },
    };
    console.log(JSON.stringify(result, null, 2));
    if (streamed !== accepted)
      throw new Error(`stream holds ${streamed} messages, ${accepted} were accepted`);
  } finally {
    if (service && service.child.exitCode === null) {
      const exited = new Promise((r) => service.child.once('exit', r));
      service.child.kill('SIGTERM');
      await exited;
    }
    await prisma.$disconnect();
    await db.drop();
  }
}

main().catch((error) => {
  console.error(`ingest bench failed: ${error.stack ?? error}`);
  process.exit(1);
});
