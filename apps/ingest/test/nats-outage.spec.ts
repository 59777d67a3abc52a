/**
 * NATS goes away while articles keep arriving: ingest keeps answering 202 and storing, and once
 * NATS is back every accepted article is in the ARTICLES stream exactly once. Runs against a
 * private nats-server process (killed and restarted here), never the shared one.
 */
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { resolveTopology } from '@stance/contracts';
import { connectToNats } from '@stance/messaging';
import { readCorpusArticles } from './support/corpus.js';
import {
  startIngestHarness,
  waitFor,
  type IngestHarness,
  type IngestInstance,
} from './support/ingest-harness.js';
import { NatsProcess } from './support/nats-process.js';

const corpus = readCorpusArticles('news-ar.jsonl', 150, 60);
const batches = Array.from({ length: 15 }, (_, b) =>
  corpus.slice(b * 10, b * 10 + 10).map((a, i) => ({ id: `outage-${b}-${i}`, text: a.text })),
);

describe('NATS outage', () => {
  let nats: NatsProcess;
  let harness: IngestHarness;
  let ingest: IngestInstance;
  /** Same database, but answers 503 beyond 50 unpublished messages. */
  let strict: IngestInstance;

  beforeAll(async () => {
    nats = await NatsProcess.start();
    harness = await startIngestHarness({ natsUrl: nats.url });
    ingest = await harness.startInstance();
    strict = await harness.startInstance({ INGEST_MAX_PENDING: '50' });
  });

  afterAll(async () => {
    await harness?.close();
    await nats?.destroy();
  });

  async function post(batch: object[]): Promise<number> {
    const res = await ingest.request('POST', '/articles', {
      body: JSON.stringify(batch),
      key: harness.keys.ingest,
    });
    expect(res.status).toBe(202);
    return ((await res.json()) as { accepted: number }).accepted;
  }

  /** Article ids of every message in the stream, read with an ordered consumer. */
  async function streamedArticleIds(nc: NatsConnection, expected: number): Promise<string[]> {
    const consumer = await jetstream(nc).consumers.get(
      resolveTopology(harness.namespace).streams.ARTICLES.name,
    );
    const ids: string[] = [];
    const messages = await consumer.fetch({ max_messages: expected + 10, expires: 3_000 });
    for await (const m of messages) ids.push((m.json() as { articleId: string }).articleId);
    return ids;
  }

  it('accepts while NATS is down and publishes every article once when it returns', async () => {
    let accepted = 0;
    for (const batch of batches.slice(0, 5)) accepted += await post(batch);
    await waitFor('first batches published', async () => (await harness.publishedCount()) === accepted);

    await nats.kill();
    for (const batch of batches.slice(5, 12)) accepted += await post(batch);
    const health = (await (await ingest.request('GET', '/health', { key: null })).json()) as {
      unpublished: number;
    };
    expect(health.unpublished).toBeGreaterThan(50);

    // Backpressure: past its limit an instance refuses with 503 + Retry-After and stores nothing.
    const before = await harness.prisma.article.count();
    const refused = await strict.request('POST', '/articles', {
      body: JSON.stringify({ id: 'refused', text: 'An article sent while the pipeline is behind.' }),
      key: harness.keys.ingest,
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('BACKPRESSURE');
    const bulk = await strict.request('POST', '/articles/bulk', {
      body: JSON.stringify({ text: 'Another one.' }) + '\n',
      contentType: 'application/x-ndjson',
      key: harness.keys.ingest,
    });
    expect(bulk.status).toBe(503);
    expect(await harness.prisma.article.count()).toBe(before);

    await nats.restart();
    for (const batch of batches.slice(12)) accepted += await post(batch);
    expect(accepted).toBe(150);

    await waitFor(
      'outbox drained',
      async () => (await harness.prisma.outboxMessage.count({ where: { sentAt: null } })) === 0,
      60_000,
    );
    expect(await harness.publishedCount()).toBe(accepted);
    const nc = await connectToNats({ servers: nats.url });
    try {
      const ids = await streamedArticleIds(nc, accepted);
      expect(ids).toHaveLength(accepted);
      expect(new Set(ids).size).toBe(accepted);
      const stored = await harness.prisma.article.findMany({ select: { id: true } });
      expect(new Set(ids)).toEqual(new Set(stored.map((a) => a.id)));
    } finally {
      await nc.close();
    }
  }, 120_000);
});
