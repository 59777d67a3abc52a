/**
 * The poll lease in Postgres, directly: one claimant per due feed however many ask at once, a
 * lease that ran out can be taken over, and the old holder then cannot renew it or record results.
 */
import { createPrismaClient, type PrismaClient } from '@stance/db';
import { createTestDatabase, type TestDatabase } from '@stance/db/testing';
import { FeedsRepository } from '../src/feeds/feeds.repository.js';

describe('feed leases', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let feeds: FeedsRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = createPrismaClient({ databaseUrl: db.url, poolMax: 12 });
    feeds = new FeedsRepository(prisma);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });

  it('gives each due feed to exactly one of many concurrent claimants', async () => {
    for (let i = 0; i < 3; i++)
      await feeds.createFeed({ url: `https://feeds.example/${i}.xml`, intervalSeconds: 60, title: null });
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, i) => feeds.claimDueFeed(`owner-${i}`, 60_000)),
    );
    const won = claims.filter((c) => c !== undefined);
    expect(won).toHaveLength(3);
    expect(new Set(won.map((f) => f!.id)).size).toBe(3);
    expect(await feeds.claimDueFeed('late', 60_000)).toBeUndefined();
  });

  it('lets another instance take over a lease that ran out, and the old holder loses it', async () => {
    const feed = await feeds.createFeed({
      url: 'https://feeds.example/crashed.xml',
      intervalSeconds: 60,
      title: null,
    });
    const claimed = await feeds.claimDueFeed('crashed', 60_000);
    expect(claimed?.id).toBe(feed.id);
    expect(await feeds.renewLease(feed.id, 'crashed', 60_000)).toBe(true);
    // The holder died: its lease expires.
    await prisma.feed.update({ where: { id: feed.id }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    const taken = await feeds.claimDueFeed('successor', 60_000);
    expect(taken).toMatchObject({ id: feed.id, leaseOwner: 'successor' });
    expect(await feeds.renewLease(feed.id, 'crashed', 60_000)).toBe(false);
    await feeds.recordFailure(feed.id, 'crashed', { error: 'stale', nextPollAt: new Date() });
    const row = await prisma.feed.findUniqueOrThrow({ where: { id: feed.id } });
    expect(row).toMatchObject({ leaseOwner: 'successor', consecutiveFailures: 0, lastError: null });
  });

  it('records a success for the holder: health, validators, next poll, lease released', async () => {
    const feed = await feeds.createFeed({
      url: 'https://feeds.example/ok.xml',
      intervalSeconds: 60,
      title: null,
    });
    await prisma.feed.updateMany({ where: { id: { not: feed.id } }, data: { enabled: false } });
    expect((await feeds.claimDueFeed('me', 60_000))?.id).toBe(feed.id);
    const next = new Date(Date.now() + 60_000);
    await feeds.recordSuccess(feed.id, 'me', {
      etag: '"v1"',
      lastModified: null,
      format: 'rss',
      title: 'OK feed',
      newItems: 4,
      nextPollAt: next,
    });
    const row = await prisma.feed.findUniqueOrThrow({ where: { id: feed.id } });
    expect(row).toMatchObject({
      etag: '"v1"',
      format: 'rss',
      title: 'OK feed',
      itemsSeen: 4,
      leaseOwner: null,
      consecutiveFailures: 0,
    });
    expect(row.nextPollAt.getTime()).toBe(next.getTime());
    expect(row.lastSuccessAt).not.toBeNull();
    // Not due before nextPollAt.
    expect(await feeds.claimDueFeed('me', 60_000)).toBeUndefined();
  });
});
