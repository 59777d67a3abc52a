/**
 * Test harness: the aggregation service in-process (HTTP + JetStream consumer) on a fresh
 * database and a random NATS namespace, plus helpers to seed codebooks and articles and to
 * publish observation sets the way extraction does.
 */
import 'reflect-metadata';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createApiKey } from '@stance/api-keys';
import { ObservationsExtractedV1, resolveTopology, type ObservationsExtracted } from '@stance/contracts';
import { createPrismaClient, type PrismaClient } from '@stance/db';
import { createTestDatabase, type TestDatabase } from '@stance/db/testing';
import { connectToNats, deleteStreams, JetStreamPublisher, JetStreamServer } from '@stance/messaging';
import { AggregationModule } from '../src/app.module.js';
import { readAggregationConfig, type AggregationConfig } from '../src/aggregation-config.js';

export const NATS_URL = 'nats://127.0.0.1:4222';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false | null>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** A fresh database and namespace shared by the apps of one test file. */
export class TestEnvironment {
  readonly namespace = `agg-${randomBytes(4).toString('hex')}`;
  db!: TestDatabase;
  prisma!: PrismaClient;
  publisher!: JetStreamPublisher;
  readKey!: string;
  adminKey!: string;
  private readonly apps: INestApplication[] = [];
  private readonly extraDbs: TestDatabase[] = [];

  async setUp(): Promise<void> {
    this.db = await createTestDatabase();
    this.prisma = createPrismaClient({ databaseUrl: this.db.url });
    this.publisher = await JetStreamPublisher.connect({ servers: NATS_URL, namespace: this.namespace });
    this.readKey = (await createApiKey(this.prisma, { name: 'test read', scopes: ['read'] })).secret;
    this.adminKey = (await createApiKey(this.prisma, { name: 'test admin', scopes: ['admin'] })).secret;
  }

  async tearDown(): Promise<void> {
    for (const app of this.apps.splice(0)) await app.close().catch(() => undefined);
    await this.publisher?.close().catch(() => undefined);
    const nc = await connectToNats({ servers: NATS_URL });
    await deleteStreams(nc, resolveTopology(this.namespace)).catch(() => undefined);
    await nc.close();
    await this.prisma?.$disconnect();
    await this.db?.drop();
    for (const db of this.extraDbs) await db.drop();
  }

  /** Another database (e.g. for a reference run), dropped at tear-down. */
  async extraDatabase(): Promise<{ url: string; prisma: PrismaClient }> {
    const db = await createTestDatabase();
    this.extraDbs.push(db);
    return { url: db.url, prisma: createPrismaClient({ databaseUrl: db.url }) };
  }

  config(
    overrides: Record<string, string> = {},
    databaseUrl = this.db.url,
    namespace = this.namespace,
  ): AggregationConfig {
    return readAggregationConfig({
      DATABASE_URL: databaseUrl,
      NATS_URL,
      NATS_NAMESPACE: namespace,
      PORT: '0',
      ALERT_POLL_MS: '100',
      READ_CACHE_SECONDS: '0',
      ...overrides,
    });
  }

  /** Starts one service instance (HTTP on a free port + JetStream consumer); returns its base URL. */
  async startApp(config: AggregationConfig = this.config()): Promise<{ app: INestApplication; url: string }> {
    const app = await NestFactory.create(AggregationModule.forRoot(config), {
      bodyParser: false,
      logger: process.env.TEST_LOG ? undefined : false,
    });
    app.connectMicroservice(
      {
        strategy: new JetStreamServer({
          servers: config.natsUrl,
          namespace: config.natsNamespace,
          service: 'aggregation',
          consumer: {
            concurrency: config.concurrency,
            maxDeliver: config.maxDeliver,
            retryDelaysMs: [100, 200, 400],
          },
        }),
      },
      { inheritAppConfig: true },
    );
    await app.startAllMicroservices();
    await app.listen(0, '127.0.0.1');
    this.apps.push(app);
    return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
  }

  async stopApp(app: INestApplication): Promise<void> {
    const i = this.apps.indexOf(app);
    if (i >= 0) this.apps.splice(i, 1);
    await app.close();
  }

  async publishSets(sets: readonly ObservationsExtracted[]): Promise<void> {
    await this.publisher.publishMany(
      ObservationsExtractedV1,
      sets.map((s) => ({ payload: s, msgId: `test:${s.articleId}:${s.codebookId}:${randomUUID()}` })),
    );
  }
}

export interface SeededCodebook {
  id: string;
  version: number;
}

/** A codebook row with actors and topics (what extraction's import would store). */
export async function seedCodebook(
  prisma: PrismaClient,
  actors: readonly string[],
  topics: readonly string[],
  version = 1,
): Promise<SeededCodebook> {
  const codebook = await prisma.codebook.create({
    data: {
      name: 'test',
      version,
      sha256: randomBytes(32).toString('hex'),
      content: {},
      importedAt: new Date(Date.now() + version),
      actors: {
        create: actors.map((key) => ({ key, kind: 'person', names: { en: [key.toUpperCase()], ar: [] } })),
      },
      topics: { create: topics.map((key) => ({ key, label: { en: key }, pro: {}, anti: {} })) },
    },
  });
  return { id: codebook.id, version };
}

/** Articles to hang observations on; `clusterId` marks syndicated copies. */
export async function seedArticles(
  prisma: PrismaClient,
  specs: readonly { id?: string; publishedAt: Date; clusterId?: string | null }[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const spec of specs) {
    const id = spec.id ?? randomUUID();
    await prisma.article.create({
      data: {
        id,
        source: 'test',
        url: `https://news.example/${id}`,
        title: `article ${id.slice(0, 8)}`,
        text: 'text',
        lang: 'en',
        publishedAt: spec.publishedAt,
        contentHash: createHash('sha256').update(id).digest('hex'),
        nearDupClusterId: spec.clusterId ?? null,
      },
    });
    ids.push(id);
  }
  return ids;
}

export type Stance = 'support' | 'oppose' | 'neutral';

/** An observation set as extraction publishes it. */
export function observationSet(
  articleId: string,
  codebook: SeededCodebook,
  observedAt: Date,
  statements: readonly { actor: string; topic: string; stance: Stance; confidence?: number }[],
  extractorVersion = 'test-1',
): ObservationsExtracted {
  return {
    articleId,
    codebookId: codebook.id,
    codebookVersion: String(codebook.version),
    extractorVersion,
    observedAt: observedAt.toISOString(),
    statements: statements.map((s) => ({
      actor: s.actor,
      topic: s.topic,
      stance: s.stance,
      confidence: s.confidence ?? 0.9,
      evidence: `${s.actor} ${s.stance} ${s.topic}`,
      start: 0,
      end: 4,
    })),
  };
}

/** Waits until every given (article, codebook) has its set stored. */
export async function waitForSets(
  prisma: PrismaClient,
  count: number,
  codebookId?: string,
  timeoutMs = 60_000,
): Promise<void> {
  await waitFor(
    `${count} observation sets`,
    async () => (await prisma.articleExtraction.count({ where: codebookId ? { codebookId } : {} })) >= count,
    timeoutMs,
  );
}

/** Waits until the change detection queued by stored sets has run (alert_work drained). */
export async function waitForAlertWork(prisma: PrismaClient, timeoutMs = 60_000): Promise<void> {
  await waitFor('queued change detection', async () => (await prisma.alertWork.count()) === 0, timeoutMs);
}

/** position_buckets as comparable text rows. */
export async function bucketSnapshot(prisma: PrismaClient, codebookId?: string): Promise<string[]> {
  const rows = await prisma.$queryRawUnsafe<{ row: string }[]>(
    `SELECT concat_ws('|', actor_key, topic_key, granularity, bucket_start, round(support_weight::numeric, 6),
                      round(oppose_weight::numeric, 6), round(neutral_weight::numeric, 6), support_count, oppose_count,
                      neutral_count) AS row
     FROM position_buckets WHERE ($1::uuid IS NULL OR codebook_id = $1::uuid) ORDER BY 1`,
    codebookId ?? null,
  );
  return rows.map((r) => r.row);
}

export function authed(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}

export async function getJson(url: string, key: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { headers: authed(key) });
  const text = await res.text();
  return {
    status: res.status,
    body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
  };
}

export async function sendJson(
  method: string,
  url: string,
  key: string,
  body?: unknown,
): Promise<{ status: number; body: any }> {
  const res = await fetch(url, {
    method,
    headers: { ...authed(key), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Deterministic pseudo-random numbers so a failure can be replayed. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
