import { z } from 'zod';
import { readEnvConfig, serviceEnvSchema, toServiceConfig } from '@stance/nest-platform';
import { HostAllowlist } from '@stance/news-sources';

const splitList = (value: string): string[] =>
  value
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);

function isValidAllowlist(value: string): boolean {
  try {
    new HostAllowlist(splitList(value));
    return true;
  } catch {
    return false;
  }
}

const IngestEnvSchema = serviceEnvSchema(3001)
  .extend({
    /** Largest accepted request body; larger ones get 413 before they are buffered. */
    INGEST_MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(10 * 1024 * 1024),
    /** Most articles in one POST /articles batch. */
    INGEST_MAX_BATCH: z.coerce.number().int().positive().default(1000),
    /** Largest bulk upload (JSON Lines, streamed: never held in memory whole). */
    INGEST_MAX_BULK_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(1024 * 1024 * 1024),
    /** Longest line of a bulk upload. */
    INGEST_MAX_LINE_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(8 * 1024 * 1024),
    /** How long a bulk upload waits for a backlog to drain before giving up. */
    INGEST_BULK_MAX_WAIT_MS: z.coerce.number().int().positive().default(60_000),
    /** Unpublished outbox messages beyond which ingest answers 503 + Retry-After. */
    INGEST_MAX_PENDING: z.coerce.number().int().positive().default(200_000),
    /** Near-duplicate index window: articles ingested in the last N days … */
    NEAR_DUP_WINDOW_DAYS: z.coerce.number().int().positive().default(7),
    /** … and at most this many of them (≈ 2.6 KB of memory each). */
    NEAR_DUP_MAX_ARTICLES: z.coerce.number().int().positive().default(100_000),
    /** Hosts, addresses or CIDR ranges that feeds and pages may be fetched from although private/loopback (comma-separated). */
    FETCH_ALLOW_HOSTS: z
      .string()
      .default('')
      .refine(isValidAllowlist, 'entries must be host names, IP addresses or CIDR ranges, comma-separated'),
    FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
    FETCH_MAX_REDIRECTS: z.coerce.number().int().min(0).default(5),
    FEED_MAX_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(5 * 1024 * 1024),
    PAGE_MAX_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(5 * 1024 * 1024),
    /** Poll feeds in this instance (several instances share the work through leases). */
    FEED_SCHEDULER: z.enum(['on', 'off']).default('on'),
    FEED_TICK_MS: z.coerce.number().int().positive().default(1_000),
    FEED_CONCURRENCY: z.coerce.number().int().positive().default(4),
    FEED_LEASE_MS: z.coerce.number().int().positive().default(120_000),
    FEED_MIN_INTERVAL_SECONDS: z.coerce.number().int().positive().default(60),
    FEED_DEFAULT_INTERVAL_SECONDS: z.coerce.number().int().positive().default(900),
    FEED_MAX_BACKOFF_SECONDS: z.coerce
      .number()
      .int()
      .positive()
      .default(6 * 3600),
    /** New items handled per poll; the rest wait for the next poll. */
    FEED_MAX_ITEMS_PER_POLL: z.coerce.number().int().positive().default(200),
    /** Items with less text than this are teasers: their page is fetched and its article extracted. */
    FEED_MIN_FULL_TEXT_CHARS: z.coerce.number().int().min(0).default(400),
    OUTBOX_BATCH_SIZE: z.coerce.number().int().positive().default(500),
    OUTBOX_POLL_MS: z.coerce.number().int().positive().default(500),
  })
  .transform((e) => ({
    ...toServiceConfig('ingest', e),
    maxBodyBytes: e.INGEST_MAX_BODY_BYTES,
    maxBatch: e.INGEST_MAX_BATCH,
    maxPending: e.INGEST_MAX_PENDING,
    maxBulkBytes: e.INGEST_MAX_BULK_BYTES,
    maxLineBytes: e.INGEST_MAX_LINE_BYTES,
    bulkMaxWaitMs: e.INGEST_BULK_MAX_WAIT_MS,
    nearDupWindowDays: e.NEAR_DUP_WINDOW_DAYS,
    nearDupMaxArticles: e.NEAR_DUP_MAX_ARTICLES,
    fetch: {
      allowHosts: splitList(e.FETCH_ALLOW_HOSTS),
      timeoutMs: e.FETCH_TIMEOUT_MS,
      maxRedirects: e.FETCH_MAX_REDIRECTS,
      feedMaxBytes: e.FEED_MAX_BYTES,
      pageMaxBytes: e.PAGE_MAX_BYTES,
    },
    feeds: {
      schedulerEnabled: e.FEED_SCHEDULER === 'on',
      tickMs: e.FEED_TICK_MS,
      concurrency: e.FEED_CONCURRENCY,
      leaseMs: e.FEED_LEASE_MS,
      minIntervalSeconds: e.FEED_MIN_INTERVAL_SECONDS,
      defaultIntervalSeconds: e.FEED_DEFAULT_INTERVAL_SECONDS,
      maxBackoffMs: e.FEED_MAX_BACKOFF_SECONDS * 1000,
      maxItemsPerPoll: e.FEED_MAX_ITEMS_PER_POLL,
      minFullTextChars: e.FEED_MIN_FULL_TEXT_CHARS,
    },
    outboxBatchSize: e.OUTBOX_BATCH_SIZE,
    outboxPollMs: e.OUTBOX_POLL_MS,
  }));

export type IngestConfig = z.output<typeof IngestEnvSchema>;

export const INGEST_CONFIG = Symbol('INGEST_CONFIG');

export function readIngestConfig(env: NodeJS.ProcessEnv): IngestConfig {
  return readEnvConfig('ingest', IngestEnvSchema, env);
}
