/**
 * Positions over time against the real Postgres and NATS JetStream: syndicated copies count
 * once; the buckets are the same whatever the arrival order, with redeliveries, and with two
 * service instances sharing the stream; a new codebook version gets its own aggregates, and a
 * rebuild from rows gives exactly what the incremental path stored.
 */
import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ObservationsExtractedV1, resolveTopology, type ObservationsExtracted } from '@stance/contracts';
import { connectToNats, deleteStreams, JetStreamPublisher } from '@stance/messaging';
import { bucketizeStatements, dedupeObservations, GRANULARITIES, type Observation } from '@stance/positions';
import { ObservationsRepository } from '../src/observations/observations.repository.js';
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
const ACTORS = ['a1', 'a2', 'a3', 'a4'];
const TOPICS = ['t1', 't2', 't3'];
const STANCES: Stance[] = ['support', 'oppose', 'neutral'];

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Scenario {
  articles: { id: string; publishedAt: Date; clusterId: string | null }[];
  sets: ObservationsExtracted[];
}

/** ~120 articles over 120 days, a third of them syndicated copies in clusters of 2–4. */
function buildScenario(codebook: { id: string; version: number }, random: () => number): Scenario {
  const start = Date.UTC(2025, 0, 1);
  const articles: Scenario['articles'] = [];
  const sets: ObservationsExtracted[] = [];
  for (let story = 0; story < 80; story++) {
    const t = start + Math.floor(random() * 120 * DAY);
    const copies = random() < 0.3 ? 2 + Math.floor(random() * 3) : 1;
    const clusterId = copies > 1 ? `cluster-${story}` : null;
    const statements = new Map<string, { actor: string; topic: string; stance: Stance }>();
    const n = 1 + Math.floor(random() * 3);
    for (let k = 0; k < n; k++) {
      const s = {
        actor: ACTORS[Math.floor(random() * ACTORS.length)]!,
        topic: TOPICS[Math.floor(random() * TOPICS.length)]!,
        stance: STANCES[Math.floor(random() * 3)]!,
      };
      statements.set(`${s.actor}|${s.topic}|${s.stance}`, s);
    }
    for (let c = 0; c < copies; c++) {
      // Copies appear over the following days, so the earliest copy decides the bucket.
      const publishedAt = new Date(t + c * Math.floor(random() * 3 * DAY));
      const id = randomUUID();
      articles.push({ id, publishedAt, clusterId });
      sets.push(
        observationSet(
          id,
          codebook,
          publishedAt,
          [...statements.values()].map((s) => ({
            ...s,
            confidence: Math.round((0.5 + random() * 0.5) * 1000) / 1000,
          })),
        ),
      );
    }
  }
  return { articles, sets };
}

/** What the buckets must hold, from the maths package applied to the whole set at once. */
function expectedSnapshot(scenario: Scenario): string[] {
  const clusterOf = new Map(scenario.articles.map((a) => [a.id, a.clusterId]));
  const observations: Observation[] = scenario.sets.flatMap((set) =>
    set.statements.map((s) => ({
      id: `${set.articleId}|${s.actor}|${s.topic}|${s.stance}`,
      articleId: set.articleId,
      clusterId: clusterOf.get(set.articleId) ?? null,
      actor: s.actor,
      topic: s.topic,
      stance: s.stance,
      confidence: s.confidence,
      observedAt: new Date(set.observedAt),
    })),
  );
  const statements = dedupeObservations(observations);
  const rows: string[] = [];
  const w = (micro: number) => (micro / 1e6).toFixed(6);
  for (const actor of ACTORS) {
    for (const topic of TOPICS) {
      const pair = statements.filter((s) => s.actor === actor && s.topic === topic);
      for (const g of GRANULARITIES) {
        for (const b of bucketizeStatements(pair, g)) {
          const t = b.tally;
          rows.push(
            [
              actor,
              topic,
              g,
              b.bucketStart.toISOString().slice(0, 10),
              w(t.supportMicro),
              w(t.opposeMicro),
              w(t.neutralMicro),
              t.supportCount,
              t.opposeCount,
              t.neutralCount,
            ].join('|'),
          );
        }
      }
    }
  }
  return rows.sort();
}

describe('position buckets', () => {
  const env = new TestEnvironment();

  beforeAll(() => env.setUp());
  afterAll(() => env.tearDown());

  it('counts a statement repeated by syndicated copies once, at the earliest copy, with the highest confidence', async () => {
    const codebook = await seedCodebook(env.prisma, ['sadr'], ['us-presence']);
    const { app } = await env.startApp();
    const t0 = Date.UTC(2024, 2, 4, 8);
    const [c1, c2, c3, solo] = await seedArticles(env.prisma, [
      { publishedAt: new Date(t0), clusterId: 'c7' },
      { publishedAt: new Date(t0 + 3 * 3_600_000), clusterId: 'c7' },
      { publishedAt: new Date(t0 + 25 * 3_600_000), clusterId: 'c7' },
      { publishedAt: new Date(t0 + 2 * DAY) },
    ]);
    const support = (conf: number) => [
      { actor: 'sadr', topic: 'us-presence', stance: 'support' as const, confidence: conf },
    ];
    // The latest copy arrives first and the earliest last: the statement must still end up on day 1.
    await env.publishSets([
      observationSet(c3!, codebook, new Date(t0 + 25 * 3_600_000), support(0.7)),
      observationSet(c2!, codebook, new Date(t0 + 3 * 3_600_000), support(0.8)),
      observationSet(solo!, codebook, new Date(t0 + 2 * DAY), [
        { actor: 'sadr', topic: 'us-presence', stance: 'oppose', confidence: 1 },
      ]),
      observationSet(c1!, codebook, new Date(t0), support(0.9)),
    ]);
    await waitForSets(env.prisma, 4, codebook.id);
    expect(await env.prisma.observation.count({ where: { codebookId: codebook.id } })).toBe(4);
    expect(await bucketSnapshot(env.prisma, codebook.id)).toEqual([
      'sadr|us-presence|day|2024-03-04|0.900000|0.000000|0.000000|1|0|0',
      'sadr|us-presence|day|2024-03-06|0.000000|1.000000|0.000000|0|1|0',
      'sadr|us-presence|month|2024-03-01|0.900000|1.000000|0.000000|1|1|0',
      'sadr|us-presence|week|2024-03-04|0.900000|1.000000|0.000000|1|1|0',
    ]);

    // Re-extraction of the earliest copy finds nothing: the statement moves to the next copy's time.
    await env.publishSets([observationSet(c1!, codebook, new Date(t0), [])]);
    await waitFor(
      'the emptied set',
      async () => (await env.prisma.observation.count({ where: { articleId: c1! } })) === 0,
    );
    await waitFor(
      'the recount',
      async () => (await bucketSnapshot(env.prisma, codebook.id))[0]?.includes('0.800000') ?? false,
    );
    expect(await bucketSnapshot(env.prisma, codebook.id)).toEqual([
      'sadr|us-presence|day|2024-03-04|0.800000|0.000000|0.000000|1|0|0',
      'sadr|us-presence|day|2024-03-06|0.000000|1.000000|0.000000|0|1|0',
      'sadr|us-presence|month|2024-03-01|0.800000|1.000000|0.000000|1|1|0',
      'sadr|us-presence|week|2024-03-04|0.800000|1.000000|0.000000|1|1|0',
    ]);
    await env.stopApp(app);
  });

  it('gives the same buckets for any order, redeliveries and two instances as one instance does', async () => {
    const random = seeded(20250101);
    const codebook = await seedCodebook(env.prisma, ACTORS, TOPICS, 2);
    const scenario = buildScenario(codebook, random);
    await seedArticles(env.prisma, scenario.articles);

    // Reference: one instance, its own database and namespace, one shuffled order.
    const reference = await env.extraDatabase();
    await reference.prisma.codebook.create({
      data: { id: codebook.id, name: 'test', version: 2, sha256: 'f'.repeat(64), content: {} },
    });
    await seedArticles(reference.prisma, scenario.articles);
    const referenceNamespace = `${env.namespace}-ref`;
    const single = await env.startApp(env.config({}, reference.url, referenceNamespace));
    const refPublisher = await JetStreamPublisher.connect({
      servers: NATS_URL,
      namespace: referenceNamespace,
    });
    await refPublisher.publishMany(
      ObservationsExtractedV1,
      shuffle(scenario.sets, random).map((s) => ({ payload: s, msgId: `ref:${s.articleId}` })),
    );
    await waitForSets(reference.prisma, scenario.sets.length, codebook.id);

    // Two instances on one stream, another order, every fifth set delivered twice.
    const first = await env.startApp();
    const second = await env.startApp();
    const calls = [first, second].map(({ app }) =>
      jest.spyOn(app.get(ObservationsRepository), 'replaceObservationSet'),
    );
    const doubled = shuffle([...scenario.sets, ...scenario.sets.filter((_, i) => i % 5 === 0)], random);
    await env.publishSets(doubled);
    await waitForSets(env.prisma, scenario.sets.length, codebook.id);
    await waitFor(
      'every delivery',
      async () => calls.reduce((n, c) => n + c.mock.calls.length, 0) >= doubled.length,
    );
    // Both instances did part of the work.
    expect(calls[0]!.mock.calls.length).toBeGreaterThan(0);
    expect(calls[1]!.mock.calls.length).toBeGreaterThan(0);
    await Promise.all(calls.flatMap((c) => c.mock.results.map((r) => r.value)));

    const expected = expectedSnapshot(scenario);
    expect(expected.length).toBeGreaterThan(100);
    expect(await bucketSnapshot(reference.prisma, codebook.id)).toEqual(expected);
    expect(await bucketSnapshot(env.prisma, codebook.id)).toEqual(expected);
    // Some statements really were syndicated: fewer statements than observations.
    const [row] = await env.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT sum(support_count + oppose_count + neutral_count)::int AS n FROM position_buckets
       WHERE codebook_id = $1::uuid AND granularity = 'day'`,
      codebook.id,
    );
    expect(row!.n).toBeLessThan(await env.prisma.observation.count({ where: { codebookId: codebook.id } }));

    await env.stopApp(single.app);
    await env.stopApp(first.app);
    await env.stopApp(second.app);
    await refPublisher.close();
    const nc = await connectToNats({ servers: NATS_URL });
    await deleteStreams(nc, resolveTopology(referenceNamespace));
    await nc.close();
    await reference.prisma.$disconnect();
  });

  it('keeps a new codebook version apart and rebuilds its buckets from rows to the same result', async () => {
    const v1 = await seedCodebook(env.prisma, ['x'], ['y'], 10);
    const v2 = await seedCodebook(env.prisma, ['x'], ['y'], 11);
    const { app, url } = await env.startApp();
    const day = Date.UTC(2025, 5, 2, 12);
    const ids = await seedArticles(
      env.prisma,
      [0, 1, 2].map((i) => ({ publishedAt: new Date(day + i * DAY) })),
    );
    await env.publishSets(
      ids.map((id, i) =>
        observationSet(id, v1, new Date(day + i * DAY), [{ actor: 'x', topic: 'y', stance: 'support' }]),
      ),
    );
    await waitForSets(env.prisma, 3, v1.id);
    const v1Buckets = await bucketSnapshot(env.prisma, v1.id);

    // Re-extraction under v2 reads the same articles differently.
    await env.publishSets(
      ids.map((id, i) =>
        observationSet(id, v2, new Date(day + i * DAY), [{ actor: 'x', topic: 'y', stance: 'oppose' }]),
      ),
    );
    await waitForSets(env.prisma, 3, v2.id);
    const v2Buckets = await bucketSnapshot(env.prisma, v2.id);
    expect(v2Buckets).toContain('x|y|week|2025-06-02|0.000000|2.700000|0.000000|0|3|0');
    expect(await bucketSnapshot(env.prisma, v1.id)).toEqual(v1Buckets);
    expect(v1Buckets).toContain('x|y|week|2025-06-02|2.700000|0.000000|0.000000|3|0|0');

    // A rebuild from stored rows (admin) reproduces the incremental result exactly.
    await env.prisma.$executeRawUnsafe(
      `UPDATE position_buckets SET support_count = 99 WHERE codebook_id = $1::uuid`,
      v2.id,
    );
    const rebuilt = await sendJson('POST', `${url}/admin/rebuild?codebookId=${v2.id}`, env.adminKey);
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.body.buckets).toBe(v2Buckets.length);
    expect(await bucketSnapshot(env.prisma, v2.id)).toEqual(v2Buckets);
    expect((await sendJson('POST', `${url}/admin/rebuild?codebookId=${v2.id}`, env.readKey)).status).toBe(
      403,
    );
    await env.stopApp(app);
  });
});
