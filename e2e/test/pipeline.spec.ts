/**
 * The whole path, with each service its own process on the real Postgres and NATS JetStream:
 * an article posted to ingest becomes observations in Postgres and in the read API; SIGKILL of
 * extraction mid-stream loses nothing and doubles nothing; garbage on NATS is dead-lettered
 * with its reason while the services keep serving.
 */
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { createApiKey } from '@stance/api-keys';
import { parseCodebook } from '@stance/codebook';
import { ArticlesIngestedV1, DeadLetterV1, resolveTopology, validatePayload } from '@stance/contracts';
import { createPrismaClient, type PrismaClient } from '@stance/db';
import { createTestDatabase, type TestDatabase } from '@stance/db/testing';
import { connectToNats, deleteStreams } from '@stance/messaging';
import { compileCodebook, extractStatements, type CompiledCodebook } from '@stance/stance-engine';
import { auth, findFreePort, httpJson, repoRoot, ServiceProcess, sleep, waitFor } from './system.js';

interface ArticleLine {
  id: string;
  text: string;
  title?: string;
  lang?: string;
  published_at?: string | null;
  url?: string | null;
  source?: string;
}

const codebookFile = process.env.E2E_CODEBOOK ?? path.join(repoRoot, 'codebooks/iraq-regional.yaml');
const codebookText = readFileSync(codebookFile, 'utf8');
const samples: ArticleLine[] = readFileSync(path.join(repoRoot, 'samples/articles.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const seed = samples.find((a) => a.id === 'seed-kadhimi-washington')!;

/** 200 real Arabic articles about Iraq from the shared corpus (not the holdout). */
function loadCorpusArticles(count: number): ArticleLine[] {
  const lines = readFileSync(path.join(repoRoot, '../shared/corpus/news-ar.jsonl'), 'utf8').split('\n');
  const picked: ArticleLine[] = [];
  for (const line of lines) {
    if (!line) continue;
    const a = JSON.parse(line) as ArticleLine;
    if (/العراق|بغداد/.test(a.text)) picked.push(a);
    if (picked.length === count) break;
  }
  return picked;
}

const tripleKey = (s: { actor: string; topic: string; stance: string }) =>
  `${s.actor}|${s.topic}|${s.stance}`;

describe('the pipeline, end to end', () => {
  const namespace = `e2e-${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let prisma: PrismaClient;
  let nc: NatsConnection;
  let compiled: CompiledCodebook;
  const services = {} as Record<'ingest' | 'extraction' | 'aggregation', ServiceProcess>;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = createPrismaClient({ databaseUrl: db.url });
    auth.key = (await createApiKey(prisma, { name: 'e2e', scopes: ['admin'] })).secret;
    nc = await connectToNats({ servers: 'nats://127.0.0.1:4222' });
    compiled = compileCodebook(parseCodebook(codebookText, codebookFile));
    const env = {
      DATABASE_URL: db.url,
      NATS_URL: 'nats://127.0.0.1:4222',
      NATS_NAMESPACE: namespace,
      OUTBOX_POLL_MS: '100',
    };
    for (const name of ['ingest', 'extraction', 'aggregation'] as const) {
      services[name] = new ServiceProcess(name, await findFreePort(), env);
    }
    await Promise.all(Object.values(services).map((s) => s.start()));
    const imported = await httpJson(
      'POST',
      `${services.extraction.url}/codebooks`,
      codebookText,
      'application/yaml',
    );
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ version: 1, created: true });
  });

  afterAll(async () => {
    await Promise.all(Object.values(services).map((s) => s.stop()));
    // Keep each service's output for whoever reads a failed run.
    mkdirSync(path.join(repoRoot, 'test-output'), { recursive: true });
    for (const s of Object.values(services)) {
      writeFileSync(path.join(repoRoot, `test-output/e2e-${s.name}.log`), s.log.join(''));
    }
    if (nc) {
      await deleteStreams(nc, resolveTopology(namespace)).catch(() => undefined);
      await nc.close();
    }
    await prisma?.$disconnect();
    await db?.drop();
  });

  async function processedCount(): Promise<number> {
    return prisma.articleExtraction.count();
  }

  async function streamMessages(stream: 'DEADLETTER' | 'ARTICLES'): Promise<number> {
    const jsm = await jetstreamManager(nc);
    return (await jsm.streams.info(resolveTopology(namespace).streams[stream].name)).state.messages;
  }

  function expectedStatements(article: ArticleLine) {
    return extractStatements(compiled, {
      id: article.id,
      text: article.text,
      title: article.title ?? '',
      lang: article.lang ?? 'ar',
      published_at: article.published_at ?? null,
    });
  }

  it('turns the seed article into observations in Postgres and the read API', async () => {
    const posted = await httpJson('POST', `${services.ingest.url}/articles`, seed);
    expect(posted.status).toBe(202);
    const articleId: string = posted.body.results[0].articleId;

    await waitFor('the seed to be processed', async () => (await processedCount()) === 1);

    const expected = expectedStatements(seed);
    expect(expected.length).toBeGreaterThan(0);
    const stored = await prisma.observation.findMany({ where: { articleId } });
    expect(
      stored.map((o) => tripleKey({ actor: o.actorKey, topic: o.topicKey, stance: o.stance })).sort(),
    ).toEqual(expected.map(tripleKey).sort());
    for (const o of stored) {
      expect(seed.text.slice(o.evidenceStart, o.evidenceEnd)).toBe(o.evidence);
      expect(o.observedAt.toISOString()).toBe(new Date(seed.published_at!).toISOString());
    }

    const api = await httpJson(
      'GET',
      `${services.aggregation.url}/observations?articleId=${articleId}&limit=100`,
    );
    expect(api.status).toBe(200);
    expect(api.body.items.map(tripleKey).sort()).toEqual(expected.map(tripleKey).sort());
    expect(api.body.items[0].article).toMatchObject({ id: articleId, externalId: 'seed-kadhimi-washington' });

    const first = expected[0]!;
    const positions = await httpJson(
      'GET',
      `${services.aggregation.url}/positions?actor=${first.actor}&topic=${first.topic}`,
    );
    expect(positions.status).toBe(200);
    expect(positions.body.items).toHaveLength(1);
    const counts = positions.body.items[0].counts;
    expect(counts.support + counts.oppose + counts.neutral).toBe(
      expected.filter((s) => s.actor === first.actor && s.topic === first.topic).length,
    );
  });

  it('processes every article exactly once when extraction is SIGKILLed mid-stream', async () => {
    const articles = loadCorpusArticles(200);
    expect(articles).toHaveLength(200);
    const before = await processedCount();

    const posting = (async () => {
      for (let i = 0; i < articles.length; i += 20) {
        const res = await httpJson('POST', `${services.ingest.url}/articles`, {
          articles: articles.slice(i, i + 20),
        });
        expect(res.status).toBe(202);
        await sleep(50);
      }
    })();
    await waitFor('some articles to be processed', async () => (await processedCount()) >= before + 30);
    await services.extraction.kill();
    const atKill = await processedCount();
    await sleep(500);
    await services.extraction.start();
    await posting;

    await waitFor(
      'all 200 articles to be processed',
      async () => (await processedCount()) === before + 200,
      180_000,
    );
    expect(atKill).toBeLessThan(before + 200); // the kill really was mid-stream

    // No loss, no duplicates: every article's observations are exactly what the engine says.
    const byExternal = new Map(articles.map((a) => [a.id, a]));
    const rows = await prisma.article.findMany({
      where: { externalId: { in: articles.map((a) => a.id) } },
      select: {
        id: true,
        externalId: true,
        observations: { select: { actorKey: true, topicKey: true, stance: true } },
      },
    });
    expect(rows).toHaveLength(200);
    let total = 0;
    for (const row of rows) {
      const expected = expectedStatements(byExternal.get(row.externalId!)!).map(tripleKey).sort();
      const stored = row.observations
        .map((o) => tripleKey({ actor: o.actorKey, topic: o.topicKey, stance: o.stance }))
        .sort();
      expect({ article: row.externalId, stored }).toEqual({ article: row.externalId, stored: expected });
      total += stored.length;
    }
    expect(total).toBeGreaterThan(0);
    expect(await prisma.articleExtraction.count()).toBe(before + 200);

    // The day buckets count every statement exactly once: one per (origin, actor, topic,
    // stance), the origin being the article's near-duplicate cluster, so syndicated copies
    // among the corpus articles count once.
    const [sums] = await prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT coalesce(sum(support_count + oppose_count + neutral_count), 0)::bigint AS n FROM position_buckets WHERE granularity = 'day'`,
    );
    const [statements] = await prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*)::bigint AS n FROM (
         SELECT DISTINCT o.codebook_id, coalesce(a.near_dup_cluster_id::text, o.article_id::text), o.actor_key, o.topic_key, o.stance
         FROM observations o JOIN articles a ON a.id = o.article_id) s`,
    );
    expect(Number(sums!.n)).toBe(Number(statements!.n));
    expect(Number(statements!.n)).toBeGreaterThan(0);
    expect(await streamMessages('DEADLETTER')).toBe(0);
  });

  it('dead-letters a message that fails its contract, with the reason, and keeps serving', async () => {
    const topology = resolveTopology(namespace);
    nc.publish(topology.subjectFor(ArticlesIngestedV1), '{"articleId": "not-a-uuid"}');
    await waitFor('the dead letter', async () => (await streamMessages('DEADLETTER')) === 1, 30_000);

    const jsm = await jetstreamManager(nc);
    const stored = await jsm.streams.getMessage(topology.streams.DEADLETTER.name, {
      last_by_subj: topology.subjectFor(DeadLetterV1),
    });
    const letter = validatePayload(DeadLetterV1, stored!.json());
    expect(letter.subject).toBe(ArticlesIngestedV1.subject);
    expect(letter.errorCode).toBe('CONTRACT_VIOLATION');
    expect(letter.reason).toMatch(/articleId/);
    expect(letter.service).toBe('extraction');

    // Operators see it through the read API too, with the consumers' lag.
    const status = await httpJson('GET', `${services.aggregation.url}/pipeline`);
    expect(status.status).toBe(200);
    expect(status.body.deadLetters.total).toBe(1);
    expect(status.body.deadLetters.latest[0]).toMatchObject({
      errorCode: 'CONTRACT_VIOLATION',
      service: 'extraction',
    });
    const articles = status.body.streams.find((s: { key: string }) => s.key === 'ARTICLES');
    expect(articles.consumers.map((c: { name: string }) => c.name)).toContain(
      'extraction__articles_ingested_v1',
    );

    const before = await processedCount();
    const res = await httpJson('POST', `${services.ingest.url}/articles`, {
      id: 'after-garbage',
      lang: 'en',
      text: 'Moqtada al-Sadr rejected the presence of US forces in Iraq on Sunday.',
    });
    expect(res.status).toBe(202);
    await waitFor(
      'the next article to be processed',
      async () => (await processedCount()) === before + 1,
      30_000,
    );
  });

  it('re-extracts stored articles with a new codebook version without touching the old one', async () => {
    const v1 = await prisma.codebook.findFirstOrThrow({ where: { version: 1 } });
    const v1Observations = await prisma.observation.count({ where: { codebookId: v1.id } });
    const articles = await prisma.article.count();

    // Version 2: the same codebook with one more topic (content changed → next version).
    const v2Text = `${codebookText.trimEnd()}\n  - id: e2e-extra-topic\n    label: { en: An extra topic }\n    pro: { en: [e2e-only phrase] }\n`;
    const imported = await httpJson(
      'POST',
      `${services.extraction.url}/codebooks`,
      v2Text,
      'application/yaml',
    );
    expect(imported.body).toMatchObject({ version: 2, created: true });

    const cli = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'apps/cli/dist/main.js'), 'backfill', '--codebook', imported.body.id],
      {
        env: { ...process.env, STANCE_EXTRACTION_URL: services.extraction.url, STANCE_API_KEY: auth.key },
        encoding: 'utf8',
      },
    );
    expect(cli.stderr).toBe('');
    expect(cli.stdout).toMatch(/backfill queued for codebook/);
    expect(cli.status).toBe(0);

    await waitFor(
      'every article re-extracted with version 2',
      async () =>
        (await prisma.articleExtraction.count({ where: { codebookId: imported.body.id } })) === articles,
      120_000,
    );
    expect(await prisma.observation.count({ where: { codebookId: v1.id } })).toBe(v1Observations);
    const v2Observations = await prisma.observation.count({ where: { codebookId: imported.body.id } });
    expect(v2Observations).toBe(v1Observations); // the extra topic's phrase is in no article
    // The read API now answers for the latest version by default.
    const api = await httpJson('GET', `${services.aggregation.url}/observations?limit=1`);
    expect(api.body.codebookId).toBe(imported.body.id);
  });
});
