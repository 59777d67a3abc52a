import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Feed } from '@stance/db';
import { isNewsSourceError, nextPollAt } from '@stance/news-sources';
import { ArticlesService } from '../articles/articles.service.js';
import { INGEST_CONFIG, type IngestConfig } from '../ingest-config.js';
import { FeedPoller, LeaseLostError } from './feed-poller.js';
import { FeedsRepository } from './feeds.repository.js';

/** How soon a feed deferred for backpressure or shutdown is due again. */
const DEFER_MS = 30_000;

/** An error as a feed's health shows it: its code first, then what happened. */
export function describePollError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}

/** Retry-After of a failed fetch (seconds or an HTTP date), in ms. */
export function retryAfterMs(error: unknown, now: Date): number | undefined {
  if (!isNewsSourceError(error, 'FETCH_BAD_STATUS')) return undefined;
  const value = error.details.retryAfter;
  if (typeof value !== 'string') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

/**
 * Polls due feeds, a few at a time. Each poll holds a lease in Postgres (see
 * FeedsRepository.claimDueFeed), renewed while it runs, so several ingest instances share the
 * feeds and never poll one at the same moment. The next poll time comes from nextPollAt:
 * interval ± jitter, doubled per consecutive failure up to a cap, never before Retry-After.
 */
@Injectable()
export class FeedScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('feeds');
  /** Lease owner name: unique per process, readable in the feeds table. */
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly running = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private ticking = false;
  private stopped = false;
  /** Polls this instance has started (for health and tests). */
  pollsStarted = 0;

  constructor(
    private readonly feeds: FeedsRepository,
    private readonly poller: FeedPoller,
    private readonly articles: ArticlesService,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.feeds.schedulerEnabled) this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await Promise.allSettled([...this.running]);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  /** Claims due feeds while there are free slots. */
  private async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      while (!this.stopped && this.running.size < this.config.feeds.concurrency) {
        const feed = await this.feeds.claimDueFeed(this.owner, this.config.feeds.leaseMs);
        if (!feed) break;
        this.pollsStarted++;
        const run = this.pollClaimed(feed).finally(() => {
          this.running.delete(run);
          this.schedule(0);
        });
        this.running.add(run);
      }
    } catch (error) {
      this.logger.warn(`cannot claim feeds: ${(error as Error).message}`);
    } finally {
      this.ticking = false;
      this.schedule(this.config.feeds.tickMs);
    }
  }

  private async pollClaimed(feed: Feed): Promise<void> {
    const now = () => new Date();
    const state = { intervalMs: feed.intervalSeconds * 1000, maxBackoffMs: this.config.feeds.maxBackoffMs };
    try {
      if (await this.articles.isBehind()) {
        await this.feeds.releaseLease(feed.id, this.owner, new Date(Date.now() + DEFER_MS));
        return;
      }
      const keepLease = () => this.feeds.renewLease(feed.id, this.owner, this.config.feeds.leaseMs);
      const result = await this.poller.poll(feed, keepLease);
      await this.feeds.recordSuccess(feed.id, this.owner, {
        etag: result.etag,
        lastModified: result.lastModified,
        format: result.format,
        title: result.title,
        newItems: result.newItems,
        nextPollAt: nextPollAt({ ...state, consecutiveFailures: 0 }, now(), Math.random),
      });
      if (result.newItems > 0)
        this.logger.log(`feed ${feed.url}: ${result.newItems} new items, ${result.stored} stored`);
    } catch (error) {
      if (error instanceof LeaseLostError) {
        this.logger.warn(error.message);
        return;
      }
      const failures = feed.consecutiveFailures + 1;
      const retryAfter = retryAfterMs(error, now());
      await this.feeds
        .recordFailure(feed.id, this.owner, {
          error: describePollError(error),
          nextPollAt: nextPollAt(
            {
              ...state,
              consecutiveFailures: failures,
              ...(retryAfter !== undefined && { retryAfterMs: retryAfter }),
            },
            now(),
            Math.random,
          ),
        })
        .catch((e: unknown) =>
          this.logger.warn(`cannot record the failure of feed ${feed.id}: ${(e as Error).message}`),
        );
      if (failures === 1 || failures % 10 === 0)
        this.logger.warn(`feed ${feed.url} failed (${failures}×): ${describePollError(error)}`);
    }
  }
}
