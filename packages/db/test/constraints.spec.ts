import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createPrismaClient } from '../src/client.js';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { insertObservations } from '../src/insert-observations.js';
import type { ObservationRow } from '../src/observation-rows.js';
import { createTestDatabase, type TestDatabase } from '../src/testing.js';

let db: TestDatabase;
let prisma: PrismaClient;
let codebookId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrismaClient({ databaseUrl: db.url, poolMax: 4 });
  const codebook = await prisma.codebook.create({
    data: { name: 'iraq-politics', version: 1, sha256: 'c'.repeat(64), content: { version: 1 } },
  });
  codebookId = codebook.id;
}, 60_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

async function createArticle(
  overrides: { externalId?: string; canonicalUrl?: string; contentHash?: string } = {},
) {
  return prisma.article.create({
    data: {
      source: 'example.org',
      url: `https://example.org/${randomUUID()}`,
      title: 'title',
      text: 'text',
      lang: 'en',
      contentHash: overrides.contentHash ?? randomUUID().replaceAll('-', '').padEnd(64, 'f'),
      ...(overrides.externalId !== undefined ? { externalId: overrides.externalId } : {}),
      ...(overrides.canonicalUrl !== undefined ? { canonicalUrl: overrides.canonicalUrl } : {}),
    },
  });
}

function observation(articleId: string, overrides: Partial<ObservationRow> = {}): ObservationRow {
  return {
    articleId,
    codebookId,
    actorKey: 'kadhimi',
    topicKey: 'us-military-presence',
    stance: 'support',
    confidence: 0.74,
    evidence: 'Kadhimi said the advisers will stay.',
    evidenceStart: 12,
    evidenceEnd: 48,
    extractorVersion: 'test-1',
    observedAt: new Date('2021-07-25T00:00:00Z'),
    ...overrides,
  };
}

describe('articles', () => {
  it('reject a second article with the same contentHash', async () => {
    const hash = 'a'.repeat(64);
    await createArticle({ contentHash: hash });

    await expect(createArticle({ contentHash: hash })).rejects.toMatchObject({ code: 'P2002' });
    expect(await prisma.article.count({ where: { contentHash: hash } })).toBe(1);
  });

  it('keep externalId and canonicalUrl unique when present but allow many without them', async () => {
    await createArticle();
    await createArticle();
    await createArticle({ externalId: 'article-1', canonicalUrl: 'https://example.org/a' });

    await expect(createArticle({ externalId: 'article-1' })).rejects.toMatchObject({ code: 'P2002' });
    await expect(createArticle({ canonicalUrl: 'https://example.org/a' })).rejects.toMatchObject({
      code: 'P2002',
    });
    expect(await prisma.article.count({ where: { externalId: null } })).toBeGreaterThanOrEqual(2);
  });

  it('store a full 64-bit simhash', async () => {
    const article = await prisma.article.update({
      where: { id: (await createArticle()).id },
      data: { simhash: -9_223_372_036_854_775_808n },
    });

    expect(article.simhash).toBe(-9_223_372_036_854_775_808n);
  });
});

describe('observations', () => {
  it('keep one row when the same statement is inserted twice with ON CONFLICT DO NOTHING', async () => {
    const article = await createArticle();
    const insertSql = () => prisma.$executeRaw`
      INSERT INTO observations (article_id, codebook_id, actor_key, topic_key, stance, score, confidence,
                                evidence, evidence_start, evidence_end, extractor_version, observed_at)
      VALUES (${article.id}::uuid, ${codebookId}::uuid, 'kadhimi', 'us-military-presence', 'oppose', -1, 0.9,
              'e', 0, 1, 'test-1', now())
      ON CONFLICT (article_id, codebook_id, actor_key, topic_key, stance) DO NOTHING`;

    expect(await insertSql()).toBe(1);
    expect(await insertSql()).toBe(0);
    expect(await prisma.observation.count({ where: { articleId: article.id } })).toBe(1);
  });

  it('insertObservations stores every column and counts only new rows on redelivery', async () => {
    const article = await createArticle();
    const rows = [
      observation(article.id),
      observation(article.id, {
        stance: 'oppose',
        confidence: 0.5,
        evidence: 'لا للوجود الأجنبي؛ قال',
        evidenceStart: 0,
        evidenceEnd: 20,
      }),
      observation(article.id, { actorKey: 'sadr', stance: 'neutral', confidence: 0 }),
    ];

    const first = await insertObservations(prisma, rows);
    const redelivered = await insertObservations(prisma, [
      ...rows,
      observation(article.id, { actorKey: 'maliki' }),
    ]);

    expect(first).toBe(3);
    expect(redelivered).toBe(1);
    const stored = await prisma.observation.findMany({
      where: { articleId: article.id },
      orderBy: { id: 'asc' },
    });
    expect(stored).toHaveLength(4);
    expect(stored[1]).toMatchObject({
      codebookId,
      actorKey: 'kadhimi',
      topicKey: 'us-military-presence',
      stance: 'oppose',
      score: -1,
      confidence: 0.5,
      evidence: 'لا للوجود الأجنبي؛ قال',
      evidenceStart: 0,
      evidenceEnd: 20,
      extractorVersion: 'test-1',
      observedAt: new Date('2021-07-25T00:00:00Z'),
    });
    expect(stored.map((row) => row.score)).toEqual([1, -1, 0, 1]);
  });

  it('insertObservations inserts a large batch in one statement', async () => {
    const articles = await Promise.all(Array.from({ length: 5 }, () => createArticle()));
    const rows = Array.from({ length: 3000 }, (_, i) =>
      observation(articles[i % 5]!.id, {
        actorKey: `actor-${Math.floor(i / 5) % 200}`,
        topicKey: `topic-${Math.floor(i / 1000)}`,
      }),
    );

    expect(await insertObservations(prisma, rows)).toBe(3000);
  }, 30_000);

  it('insertObservations inserts nothing and fails as a whole when an article does not exist', async () => {
    const article = await createArticle();

    await expect(
      insertObservations(prisma, [observation(article.id, { actorKey: 'ok' }), observation(randomUUID())]),
    ).rejects.toThrow(/foreign key/i);
    expect(await prisma.observation.count({ where: { articleId: article.id } })).toBe(0);
  });

  it('insertObservations works inside an interactive transaction and rolls back with it', async () => {
    const article = await createArticle();

    await expect(
      prisma.$transaction(async (tx) => {
        expect(await insertObservations(tx, [observation(article.id)])).toBe(1);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await prisma.observation.count({ where: { articleId: article.id } })).toBe(0);
  });
});

describe('other keys the services rely on', () => {
  it('codebook versions are unique per name', async () => {
    await prisma.codebook.create({ data: { name: 'dup', version: 1, sha256: 'd'.repeat(64), content: {} } });
    await prisma.codebook.create({ data: { name: 'dup', version: 2, sha256: 'e'.repeat(64), content: {} } });

    await expect(
      prisma.codebook.create({ data: { name: 'dup', version: 2, sha256: 'f'.repeat(64), content: {} } }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });

  it('an article is recorded as extracted once per codebook', async () => {
    const article = await createArticle();
    const data = { articleId: article.id, codebookId, extractorVersion: 'test-1', statementCount: 0 };
    await prisma.articleExtraction.create({ data });

    await expect(prisma.articleExtraction.create({ data })).rejects.toMatchObject({ code: 'P2002' });
  });

  it('codebook actors and topics are unique per codebook, and roles hang off actors', async () => {
    const codebook = await prisma.codebook.create({
      data: { name: 'actors', version: 1, sha256: '1'.repeat(64), content: {} },
    });
    await prisma.codebookActor.create({
      data: {
        codebookId: codebook.id,
        key: 'kadhimi',
        kind: 'person',
        names: { en: ['Kadhimi'] },
        memberOf: ['iraqi-government'],
        roles: {
          create: [
            { title: { en: ['Iraqi Prime Minister'] }, validFrom: new Date('2020-05-07'), validTo: null },
          ],
        },
      },
    });
    await prisma.codebookTopic.create({
      data: {
        codebookId: codebook.id,
        key: 'kadhimi-as-target',
        label: { en: 'Kadhimi' },
        pro: {},
        anti: {},
        targetActorKey: 'kadhimi',
      },
    });

    await expect(
      prisma.codebookActor.create({
        data: { codebookId: codebook.id, key: 'kadhimi', kind: 'person', names: {} },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
    await expect(
      prisma.codebookTopic.create({
        data: { codebookId: codebook.id, key: 'kadhimi-as-target', label: {}, pro: {}, anti: {} },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
    const actor = await prisma.codebookActor.findUniqueOrThrow({
      where: { codebookId_key: { codebookId: codebook.id, key: 'kadhimi' } },
      include: { roles: true },
    });
    expect(actor.roles[0]?.validFrom).toEqual(new Date('2020-05-07T00:00:00Z'));
    expect(actor.memberOf).toEqual(['iraqi-government']);
  });

  it('outbox msgId is unique so an event is queued once', async () => {
    await prisma.outboxMessage.create({
      data: { subject: 'articles.ingested', msgId: 'm-1', payload: { id: 1 } },
    });

    await expect(
      prisma.outboxMessage.create({
        data: { subject: 'articles.ingested', msgId: 'm-1', payload: { id: 1 } },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });

  it('a position bucket is one row per (codebook, actor, topic, granularity, bucketStart)', async () => {
    const key = {
      codebookId,
      actorKey: 'kadhimi',
      topicKey: 'us-military-presence',
      granularity: 'week' as const,
      bucketStart: new Date('2021-07-19T00:00:00Z'),
    };
    await prisma.positionBucket.create({ data: { ...key, supportWeight: 0.7, supportCount: 1 } });
    await prisma.positionBucket.upsert({
      where: { codebookId_actorKey_topicKey_granularity_bucketStart: key },
      create: key,
      update: { supportWeight: { increment: 0.5 }, supportCount: { increment: 1 } },
    });

    const rows = await prisma.positionBucket.findMany({ where: { codebookId, actorKey: 'kadhimi' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ supportCount: 2 });
    expect(rows[0]?.supportWeight).toBeCloseTo(1.2);
  });
});
