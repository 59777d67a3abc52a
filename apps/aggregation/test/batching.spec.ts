/**
 * Micro-batched consumption against the real Postgres and NATS JetStream: a poison set in a
 * batch fails alone (its message is dead-lettered, its neighbours are stored), and many sets
 * published at once give exactly the bucket table of storing them one by one.
 */
import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import {
  DeadLetterV1,
  ObservationsExtractedV1,
  parseMessage,
  resolveTopology,
  type DeadLetter,
  type ObservationsExtracted,
} from '@stance/contracts';
import { connectToNats, deleteStreams, JetStreamPublisher } from '@stance/messaging';
import { ObservationSetWriter } from '../src/observations/observation-set-writer.js';
import {
  bucketSnapshot,
  NATS_URL,
  observationSet,
  seedArticles,
  seeded,
  seedCodebook,
  sendJson,
  TestEnvironment,
  waitFor,
  waitForSets,
  type Stance,
} from './harness.js';

jest.setTimeout(180_000);

const DAY = 86_400_000;
const ACTORS = ['a1', 'a2', 'a3', 'a4', 'a5'];
const TOPICS = ['t1', 't2', 't3'];
const STANCES: Stance[] = ['support', 'oppose', 'neutral'];

async function readDeadLetters(namespace: string): Promise<DeadLetter[]> {
  const nc = await connectToNats({ servers: NATS_URL });
  try {
    const jsm = await jetstreamManager(nc);
    const name = resolveTopology(namespace).streams.DEADLETTER.name;
    const info = await jsm.streams.info(name);
    const letters: DeadLetter[] = [];
    for (let seq = info.state.first_seq; info.state.messages > 0 && seq <= info.state.last_seq; seq++) {
      const stored = await jsm.streams.getMessage(name, { seq });
      if (stored) letters.push(parseMessage(DeadLetterV1, stored.data));
    }
    return letters;
  } finally {
    await nc.close();
  }
}

function randomStatements(random: () => number, max: number) {
  const statements = new Map<string, { actor: string; topic: string; stance: Stance; confidence: number }>();
  const n = Math.floor(random() * (max + 1));
  for (let k = 0; k < n; k++) {
    const s = {
      actor: ACTORS[Math.floor(random() * ACTORS.length)]!,
      topic: TOPICS[Math.floor(random() * TOPICS.length)]!,
      stance: STANCES[Math.floor(random() * 3)]!,
      confidence: Math.round((0.4 + random() * 0.6) * 1000) / 1000,
    };
    statements.set(`${s.actor}|${s.topic}|${s.stance}`, s);
  }
  return [...statements.values()];
}

/** ~200 articles over 3 years (a backfill), a quarter syndicated copies in clusters of 2–3. */
function buildArticles(random: () => number) {
  const start = Date.UTC(2023, 0, 1);
  const articles: { id: string; publishedAt: Date; clusterId: string | null }[] = [];
  for (let story = 0; story < 150; story++) {
    const t = start + Math.floor(random() * 3 * 365 * DAY);
    const copies = random() < 0.25 ? 2 + Math.floor(random() * 2) : 1;
    for (let c = 0; c < copies; c++) {
      articles.push({
        id: randomUUID(),
        publishedAt: new Date(t + c * Math.floor(random() * 4 * DAY)),
        clusterId: copies > 1 ? `batch-cluster-${story}` : null,
      });
    }
  }
  return articles;
}

describe('micro-batched observation sets', () => {
  const env = new TestEnvironment();

  beforeAll(() => env.setUp());
  afterAll(() => env.tearDown());

  it('stores the rest of a batch and dead-letters only the poison sets', async () => {
    const codebook = await seedCodebook(env.prisma, ['p1', 'p2'], ['q1']);
    const { app } = await env.startApp(
      env.config({ AGGREGATION_BATCH_MAX_WAIT_MS: '200', AGGREGATION_MAX_DELIVER: '2' }),
    );
    const batches = jest.spyOn(app.get(ObservationSetWriter), 'storeSets');
    const t0 = Date.UTC(2025, 3, 1, 9);
    const ids = await seedArticles(
      env.prisma,
      Array.from({ length: 12 }, (_, i) => ({ publishedAt: new Date(t0 + i * DAY) })),
    );
    const good = ids.map((id, i) =>
      observationSet(id, codebook, new Date(t0 + i * DAY), [
        { actor: i % 2 ? 'p1' : 'p2', topic: 'q1', stance: 'support' },
      ]),
    );
    // Poison 1: an article that was never stored (a permanent NOT_FOUND, failed inside the batch).
    const unknownArticle = observationSet(randomUUID(), codebook, new Date(t0), [
      { actor: 'p1', topic: 'q1', stance: 'oppose' },
    ]);
    // Poison 2: text Postgres refuses (NUL), which aborts the whole batch's transaction.
    const [nulArticle] = await seedArticles(env.prisma, [{ publishedAt: new Date(t0) }]);
    const nul = observationSet(nulArticle!, codebook, new Date(t0), [
      { actor: 'p2', topic: 'q1', stance: 'oppose' },
    ]);
    nul.statements[0]!.evidence = 'bad \u0000 byte';
    await env.publishSets([...good.slice(0, 6), unknownArticle, nul, ...good.slice(6)]);

    await waitForSets(env.prisma, good.length, codebook.id);
    const letters = await waitFor('two dead letters', async () => {
      const found = await readDeadLetters(env.namespace);
      return found.length >= 2 ? found : undefined;
    });
    const deadArticles = letters
      .map((l) => (JSON.parse(l.payload) as ObservationsExtracted).articleId)
      .sort();
    expect(deadArticles).toEqual([unknownArticle.articleId, nulArticle!].sort());
    expect(letters.find((l) => l.payload.includes(unknownArticle.articleId))!.errorCode).toBe('NOT_FOUND');

    // The poison sets really shared a batch with good ones, and nothing of theirs was stored.
    const sizes = batches.mock.calls.map(([sets]) => sets.length);
    expect(Math.max(...sizes)).toBeGreaterThan(2);
    expect(
      batches.mock.calls.some(([sets]) => sets.some((s) => s.articleId === nulArticle) && sets.length > 1),
    ).toBe(true);
    expect(await env.prisma.articleExtraction.count({ where: { codebookId: codebook.id } })).toBe(
      good.length,
    );
    expect(await env.prisma.observation.count({ where: { codebookId: codebook.id } })).toBe(good.length);
    expect(await env.prisma.observation.count({ where: { articleId: nulArticle! } })).toBe(0);
    const snapshot = await bucketSnapshot(env.prisma, codebook.id);
    expect(snapshot.filter((r) => r.includes('|day|'))).toHaveLength(good.length);
    // The poison sets were the only opposing statements.
    expect(snapshot.every((r) => r.split('|')[8] === '0')).toBe(true);
    await env.stopApp(app);
  });

  it('gives exactly the buckets of one-by-one storing when many sets arrive at once', async () => {
    const random = seeded(42_4242);
    const codebook = await seedCodebook(env.prisma, ACTORS, TOPICS, 5);
    const articles = buildArticles(random);
    await seedArticles(env.prisma, articles);
    const firstWave = articles.map((a) =>
      observationSet(a.id, codebook, a.publishedAt, randomStatements(random, 4)),
    );
    // Re-extraction of a third of the articles (some now empty), after the first wave is stored.
    const secondWave = articles
      .filter(() => random() < 0.33)
      .map((a) => observationSet(a.id, codebook, a.publishedAt, randomStatements(random, 3), 'test-2'));
    // Every sixth set is delivered twice.
    const withRedeliveries = [...firstWave, ...firstWave.filter((_, i) => i % 6 === 0)];

    // Reference: one set per transaction, one at a time, its own database and namespace.
    const reference = await env.extraDatabase();
    await reference.prisma.codebook.create({
      data: { id: codebook.id, name: 'test', version: 5, sha256: 'e'.repeat(64), content: {} },
    });
    await seedArticles(reference.prisma, articles);
    const referenceNamespace = `${env.namespace}-one`;
    const single = await env.startApp(
      env.config(
        { AGGREGATION_CONCURRENCY: '1', AGGREGATION_BATCH_MAX_SETS: '1', AGGREGATION_BATCH_PARALLEL: '1' },
        reference.url,
        referenceNamespace,
      ),
    );
    const refPublisher = await JetStreamPublisher.connect({
      servers: NATS_URL,
      namespace: referenceNamespace,
    });
    const publishTo = (publisher: JetStreamPublisher, sets: readonly ObservationsExtracted[]) =>
      publisher.publishMany(
        ObservationsExtractedV1,
        sets.map((s) => ({ payload: s, msgId: `one:${s.articleId}:${s.extractorVersion}:${randomUUID()}` })),
      );
    await publishTo(refPublisher, withRedeliveries);
    await waitForSets(reference.prisma, firstWave.length, codebook.id);

    // Batched: everything published at once.
    const batched = await env.startApp(
      env.config({ AGGREGATION_BATCH_MAX_SETS: '32', AGGREGATION_BATCH_MAX_WAIT_MS: '20' }),
    );
    const batches = jest.spyOn(batched.app.get(ObservationSetWriter), 'storeSets');
    await env.publishSets(withRedeliveries);
    await waitForSets(env.prisma, firstWave.length, codebook.id);
    await waitFor(
      'every delivery',
      async () => batches.mock.calls.reduce((n, [sets]) => n + sets.length, 0) >= withRedeliveries.length,
    );
    await Promise.all(batches.mock.results.map((r) => r.value));
    expect(Math.max(...batches.mock.calls.map(([sets]) => sets.length))).toBeGreaterThan(8);

    const expectedFirst = await bucketSnapshot(reference.prisma, codebook.id);
    expect(expectedFirst.length).toBeGreaterThan(300);
    expect(await bucketSnapshot(env.prisma, codebook.id)).toEqual(expectedFirst);

    // The re-extraction wave, likewise.
    await publishTo(refPublisher, secondWave);
    await env.publishSets(secondWave);
    const secondStored = (prisma: typeof env.prisma) =>
      waitFor(
        'the second wave',
        async () =>
          (await prisma.articleExtraction.count({
            where: { codebookId: codebook.id, extractorVersion: 'test-2' },
          })) >= secondWave.length,
      );
    await secondStored(reference.prisma);
    await secondStored(env.prisma);
    await waitFor(
      'every second-wave delivery',
      async () =>
        batches.mock.calls.reduce((n, [sets]) => n + sets.length, 0) >=
        withRedeliveries.length + secondWave.length,
    );
    await Promise.all(batches.mock.results.map((r) => r.value));
    const expected = await bucketSnapshot(reference.prisma, codebook.id);
    expect(expected).not.toEqual(expectedFirst);
    expect(await bucketSnapshot(env.prisma, codebook.id)).toEqual(expected);

    // And both equal a rebuild from the stored rows.
    const rebuilt = await sendJson(
      'POST',
      `${batched.url}/admin/rebuild?codebookId=${codebook.id}`,
      env.adminKey,
    );
    expect(rebuilt.status).toBe(200);
    expect(await bucketSnapshot(env.prisma, codebook.id)).toEqual(expected);

    await env.stopApp(single.app);
    await env.stopApp(batched.app);
    await refPublisher.close();
    const nc = await connectToNats({ servers: NATS_URL });
    await deleteStreams(nc, resolveTopology(referenceNamespace));
    await nc.close();
    await reference.prisma.$disconnect();
  });
});
