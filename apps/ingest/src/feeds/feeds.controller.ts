import { Controller, Delete, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Feed } from '@stance/db';
import { readJsonBody, RequireScopes } from '@stance/nest-platform';
import { INGEST_CONFIG, type IngestConfig } from '../ingest-config.js';
import { checkNewFeed } from './feed-input.js';
import { FeedsRepository } from './feeds.repository.js';

/** A feed as the API shows it: settings and health. */
export interface FeedView {
  id: string;
  url: string;
  title: string | null;
  format: string | null;
  intervalSeconds: number;
  enabled: boolean;
  /** pending: not polled successfully yet; healthy: last poll worked; failing: it did not. */
  status: 'pending' | 'healthy' | 'failing';
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  itemsSeen: number;
  nextPollAt: string;
  createdAt: string;
}

export function toFeedView(feed: Feed): FeedView {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: feed.id,
    url: feed.url,
    title: feed.title,
    format: feed.format,
    intervalSeconds: feed.intervalSeconds,
    enabled: feed.enabled,
    status: feed.consecutiveFailures > 0 ? 'failing' : feed.lastSuccessAt ? 'healthy' : 'pending',
    lastPolledAt: iso(feed.lastPolledAt),
    lastSuccessAt: iso(feed.lastSuccessAt),
    lastErrorAt: iso(feed.lastErrorAt),
    lastError: feed.lastError,
    consecutiveFailures: feed.consecutiveFailures,
    itemsSeen: feed.itemsSeen,
    nextPollAt: feed.nextPollAt.toISOString(),
    createdAt: feed.createdAt.toISOString(),
  };
}

/** Feed registrations are an operator's job: admin scope. */
@RequireScopes('admin')
@Controller('feeds')
export class FeedsController {
  constructor(
    private readonly feeds: FeedsRepository,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  /** `{url, interval?: "5m" | seconds, title?}` → 201 with the feed; polled from now on. */
  @Post()
  @HttpCode(201)
  async addFeed(@Req() req: Request): Promise<FeedView> {
    const body = await readJsonBody(req, 64 * 1024);
    const feed = checkNewFeed(body, {
      minIntervalSeconds: this.config.feeds.minIntervalSeconds,
      defaultIntervalSeconds: this.config.feeds.defaultIntervalSeconds,
      allowHosts: this.config.fetch.allowHosts,
    });
    return toFeedView(await this.feeds.createFeed(feed));
  }

  @Get()
  async listFeeds(): Promise<{ feeds: FeedView[] }> {
    return { feeds: (await this.feeds.listFeeds()).map(toFeedView) };
  }

  @Get(':id')
  async getFeed(@Param('id') id: string): Promise<FeedView> {
    return toFeedView(await this.feeds.getFeed(id));
  }

  /** Stops polling and forgets the feed's items; its articles stay. */
  @Delete(':id')
  @HttpCode(204)
  async removeFeed(@Param('id') id: string): Promise<void> {
    await this.feeds.deleteFeed(id);
  }
}
