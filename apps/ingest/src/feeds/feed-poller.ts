import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Feed } from '@stance/db';
import {
  decodeBody,
  extractArticle,
  fetchSafely,
  parseFeed,
  type ExtractedArticle,
  type FeedItem,
  type FetchSafelyOptions,
} from '@stance/news-sources';
import { ArticleInputSchema, type ArticleInput } from '../articles/article-input.js';
import { ArticlesService } from '../articles/articles.service.js';
import type { ArticleExtras } from '../articles/prepare-article.js';
import { INGEST_CONFIG, type IngestConfig } from '../ingest-config.js';
import { itemToArticle, needsPage } from './feed-item-article.js';
import { FeedsRepository } from './feeds.repository.js';

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';
const STORE_CHUNK = 100;

export interface PollResult {
  notModified: boolean;
  etag: string | null;
  lastModified: string | null;
  format: string | null;
  title: string | null;
  /** Items handled for the first time in this poll (stored, duplicate or unusable). */
  newItems: number;
  stored: number;
}

/** Keeps the poll's lease alive between slow steps; false means another instance may now own the feed. */
export type LeaseKeeper = () => Promise<boolean>;

export class LeaseLostError extends Error {
  readonly code = 'LEASE_LOST';
}

/**
 * One poll of one feed: conditional GET, parse, then for each item not seen before: fetch and
 * extract its page when the item is only a teaser, and store it through the same path as pushed
 * articles (dedupe, near-duplicate clusters, outbox). Items are marked seen after they are stored,
 * so a crash in between re-reads them next time and the dedupe keys catch the repeat.
 */
@Injectable()
export class FeedPoller {
  private readonly logger = new Logger('feeds');

  constructor(
    private readonly feeds: FeedsRepository,
    private readonly articles: ArticlesService,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  async poll(feed: Feed, keepLease: LeaseKeeper): Promise<PollResult> {
    const fetched = await fetchSafely(feed.url, {
      ...this.fetchOptions(this.config.fetch.feedMaxBytes),
      headers: { accept: FEED_ACCEPT },
      ...(feed.etag !== null && { etag: feed.etag }),
      ...(feed.lastModified !== null && { lastModified: feed.lastModified }),
    });
    if (fetched.notModified) {
      return {
        notModified: true,
        etag: fetched.etag ?? feed.etag,
        lastModified: fetched.lastModified ?? feed.lastModified,
        format: null,
        title: null,
        newItems: 0,
        stored: 0,
      };
    }
    const parsed = parseFeed(decodeBody(fetched.body, fetched.charset), {
      maxBytes: this.config.fetch.feedMaxBytes,
      baseUrl: fetched.url,
      sourceName: feed.url,
    });
    const fresh = await this.newItems(feed.id, parsed.items);
    const source = feed.title ?? (parsed.title || new URL(fetched.url).hostname);
    let stored = 0;
    for (let start = 0; start < fresh.length; start += STORE_CHUNK) {
      if (!(await keepLease())) throw new LeaseLostError(`lost the lease on feed ${feed.id} while polling`);
      stored += await this.storeItems(
        feed.id,
        fresh.slice(start, start + STORE_CHUNK),
        {
          source,
          ...(parsed.lang !== undefined && { lang: parsed.lang }),
        },
        keepLease,
      );
    }
    return {
      notModified: false,
      etag: fetched.etag ?? null,
      lastModified: fetched.lastModified ?? null,
      format: parsed.format,
      title: parsed.title || null,
      newItems: fresh.length,
      stored,
    };
  }

  /** Items not handled before, oldest first (feeds list newest first), at most the per-poll cap. */
  private async newItems(feedId: string, items: readonly FeedItem[]): Promise<FeedItem[]> {
    const unique = [...new Map(items.map((i) => [i.guid, i])).values()];
    const seen = await this.feeds.seenGuids(
      feedId,
      unique.map((i) => i.guid),
    );
    return unique
      .filter((i) => !seen.has(i.guid))
      .reverse()
      .slice(0, this.config.feeds.maxItemsPerPoll);
  }

  private async storeItems(
    feedId: string,
    items: readonly FeedItem[],
    feed: { source: string; lang?: string },
    keepLease: LeaseKeeper,
  ): Promise<number> {
    const inputs: ArticleInput[] = [];
    const extras: ArticleExtras[] = [];
    const guids: string[] = [];
    const unusable: string[] = [];
    for (const item of items) {
      const page = needsPage(item, this.config.feeds.minFullTextChars)
        ? await this.readPage(item)
        : undefined;
      const article = itemToArticle(item, page, feed);
      const valid = ArticleInputSchema.safeParse(article.input);
      if (!valid.success) {
        this.logger.warn(
          `feed ${feedId}: item ${item.guid} skipped: ${valid.error.issues[0]?.message ?? 'invalid'}`,
        );
        unusable.push(item.guid);
        continue;
      }
      inputs.push(valid.data);
      extras.push(article.extras);
      guids.push(item.guid);
      if (page && !(await keepLease()))
        throw new LeaseLostError(`lost the lease on feed ${feedId} while reading pages`);
    }
    const stored = await this.articles.storeValid(inputs, extras);
    await this.feeds.markSeen(feedId, [
      ...guids.map((guid, i) => ({ guid, articleId: stored[i]!.articleId })),
      ...unusable.map((guid) => ({ guid, articleId: null })),
    ]);
    return stored.filter((s) => s.created).length;
  }

  /** The article page of a teaser item; a page that cannot be read leaves the item's own text. */
  private async readPage(item: FeedItem): Promise<ExtractedArticle | undefined> {
    try {
      const page = await fetchSafely(item.url!, {
        ...this.fetchOptions(this.config.fetch.pageMaxBytes),
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
      });
      if (page.notModified) return undefined;
      return extractArticle(decodeBody(page.body, page.charset), {
        url: page.url,
        maxBytes: this.config.fetch.pageMaxBytes,
      });
    } catch (error) {
      this.logger.warn(`page ${item.url}: ${(error as Error).message}; using the feed's text`);
      return undefined;
    }
  }

  private fetchOptions(maxBytes: number): FetchSafelyOptions {
    return {
      timeoutMs: this.config.fetch.timeoutMs,
      maxBytes,
      maxRedirects: this.config.fetch.maxRedirects,
      allowHosts: this.config.fetch.allowHosts,
    };
  }
}
