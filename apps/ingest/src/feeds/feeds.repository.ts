import { Inject, Injectable } from '@nestjs/common';
import type { Feed, PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import { PRISMA } from '@stance/nest-platform';
import type { NewFeed } from './feed-input.js';

/** What a successful poll changes on the feed row. */
export interface PollSuccess {
  etag: string | null;
  lastModified: string | null;
  format: string | null;
  title: string | null;
  newItems: number;
  nextPollAt: Date;
}

export interface PollFailure {
  error: string;
  nextPollAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Feeds, their health, the poll lease and the items already handled. */
@Injectable()
export class FeedsRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async createFeed(feed: NewFeed): Promise<Feed> {
    const existing = await this.prisma.feed.findUnique({ where: { url: feed.url } });
    if (existing)
      throw new DomainError('CONFLICT', `feed ${feed.url} is already registered (id ${existing.id})`, {
        id: existing.id,
      });
    try {
      return await this.prisma.feed.create({ data: feed });
    } catch (error) {
      if ((error as { code?: string }).code === 'P2002')
        throw new DomainError('CONFLICT', `feed ${feed.url} is already registered`);
      throw error;
    }
  }

  listFeeds(): Promise<Feed[]> {
    return this.prisma.feed.findMany({ orderBy: { createdAt: 'asc' } });
  }

  async getFeed(id: string): Promise<Feed> {
    const feed = UUID.test(id) ? await this.prisma.feed.findUnique({ where: { id } }) : null;
    if (!feed) throw new DomainError('NOT_FOUND', `no feed with id ${JSON.stringify(id)}`);
    return feed;
  }

  async deleteFeed(id: string): Promise<void> {
    const { count } = UUID.test(id) ? await this.prisma.feed.deleteMany({ where: { id } }) : { count: 0 };
    if (count === 0) throw new DomainError('NOT_FOUND', `no feed with id ${JSON.stringify(id)}`);
  }

  /**
   * Takes the lease of the most overdue feed nobody holds: the row is locked with SKIP LOCKED
   * while the lease is written, so two instances can never take the same feed, and a crashed
   * holder's lease simply runs out.
   */
  async claimDueFeed(owner: string, leaseMs: number): Promise<Feed | undefined> {
    const [row] = await this.prisma.$queryRawUnsafe<{ id: string }[]>(
      `UPDATE feeds SET lease_owner = $1, lease_until = now() + make_interval(secs => $2::double precision / 1000),
              last_polled_at = now()
       WHERE id = (SELECT id FROM feeds
                   WHERE enabled AND next_poll_at <= now() AND (lease_until IS NULL OR lease_until < now())
                   ORDER BY next_poll_at LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id::text`,
      owner,
      leaseMs,
    );
    return row ? ((await this.prisma.feed.findUnique({ where: { id: row.id } })) ?? undefined) : undefined;
  }

  /** Extends a held lease; false when it was lost (expired and taken, or the feed deleted). */
  async renewLease(feedId: string, owner: string, leaseMs: number): Promise<boolean> {
    const count = await this.prisma.$executeRawUnsafe(
      `UPDATE feeds SET lease_until = now() + make_interval(secs => $3::double precision / 1000)
       WHERE id = $1::uuid AND lease_owner = $2`,
      feedId,
      owner,
      leaseMs,
    );
    return count > 0;
  }

  async recordSuccess(feedId: string, owner: string, poll: PollSuccess): Promise<void> {
    await this.prisma.$executeRawUnsafe(
      `UPDATE feeds SET etag = $3, last_modified = $4, format = coalesce($5, format), title = coalesce(title, $6),
              last_success_at = now(), consecutive_failures = 0, items_seen = items_seen + $7,
              next_poll_at = $8, lease_owner = NULL, lease_until = NULL
       WHERE id = $1::uuid AND lease_owner = $2`,
      feedId,
      owner,
      poll.etag,
      poll.lastModified,
      poll.format,
      poll.title,
      poll.newItems,
      poll.nextPollAt,
    );
  }

  async recordFailure(feedId: string, owner: string, failure: PollFailure): Promise<void> {
    await this.prisma.$executeRawUnsafe(
      `UPDATE feeds SET last_error = $3, last_error_at = now(), consecutive_failures = consecutive_failures + 1,
              next_poll_at = $4, lease_owner = NULL, lease_until = NULL
       WHERE id = $1::uuid AND lease_owner = $2`,
      feedId,
      owner,
      failure.error.slice(0, 2000),
      failure.nextPollAt,
    );
  }

  /** Gives a lease back without counting a poll (shutdown, backlog): due again at `nextPollAt`. */
  async releaseLease(feedId: string, owner: string, nextPollAt: Date): Promise<void> {
    await this.prisma.$executeRawUnsafe(
      `UPDATE feeds SET lease_owner = NULL, lease_until = NULL, next_poll_at = $3 WHERE id = $1::uuid AND lease_owner = $2`,
      feedId,
      owner,
      nextPollAt,
    );
  }

  /** The subset of `guids` this feed has handled before. */
  async seenGuids(feedId: string, guids: readonly string[]): Promise<Set<string>> {
    if (guids.length === 0) return new Set();
    const rows = await this.prisma.feedItem.findMany({
      where: { feedId, guid: { in: [...guids] } },
      select: { guid: true },
    });
    return new Set(rows.map((r) => r.guid));
  }

  async markSeen(
    feedId: string,
    items: ReadonlyArray<{ guid: string; articleId: string | null }>,
  ): Promise<void> {
    if (items.length === 0) return;
    await this.prisma.feedItem.createMany({
      data: items.map((i) => ({ feedId, guid: i.guid, articleId: i.articleId })),
      skipDuplicates: true,
    });
  }
}
