import { z } from 'zod';
import { readEnvConfig } from '@stance/nest-platform';

const IngestEnvSchema = z
  .object({
    DATABASE_URL: z.string().min(1, 'DATABASE_URL is required (postgresql://…)'),
    NATS_URL: z.string().min(1, 'NATS_URL is required (e.g. nats://127.0.0.1:4222)'),
    NATS_NAMESPACE: z.string().optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(3001),
    HOST: z.string().default('127.0.0.1'),
    /** Largest accepted request body; larger ones get 413 before they are buffered. */
    INGEST_MAX_BODY_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
    /** Most articles in one POST /articles batch. */
    INGEST_MAX_BATCH: z.coerce.number().int().positive().default(1000),
    /** Largest bulk upload (JSON Lines, streamed: never held in memory whole). */
    INGEST_MAX_BULK_BYTES: z.coerce.number().int().positive().default(1024 * 1024 * 1024),
    /** Longest line of a bulk upload. */
    INGEST_MAX_LINE_BYTES: z.coerce.number().int().positive().default(8 * 1024 * 1024),
    /** How long a bulk upload waits for a backlog to drain before giving up. */
    INGEST_BULK_MAX_WAIT_MS: z.coerce.number().int().positive().default(60_000),
    /** Unpublished outbox messages beyond which ingest answers 503 + Retry-After. */
    INGEST_MAX_PENDING: z.coerce.number().int().positive().default(200_000),
    /** Near-duplicate index window: articles ingested in the last N days … */
    NEAR_DUP_WINDOW_DAYS: z.coerce.number().int().positive().default(7),
    /** … and at most this many of them (≈ 2.6 KB of memory each). */
    NEAR_DUP_MAX_ARTICLES: z.coerce.number().int().positive().default(100_000),
    OUTBOX_BATCH_SIZE: z.coerce.number().int().positive().default(500),
    OUTBOX_POLL_MS: z.coerce.number().int().positive().default(500),
  })
  .transform((e) => ({
    databaseUrl: e.DATABASE_URL,
    natsUrl: e.NATS_URL,
    natsNamespace: e.NATS_NAMESPACE,
    port: e.PORT,
    host: e.HOST,
    maxBodyBytes: e.INGEST_MAX_BODY_BYTES,
    maxBatch: e.INGEST_MAX_BATCH,
    maxPending: e.INGEST_MAX_PENDING,
    maxBulkBytes: e.INGEST_MAX_BULK_BYTES,
    maxLineBytes: e.INGEST_MAX_LINE_BYTES,
    bulkMaxWaitMs: e.INGEST_BULK_MAX_WAIT_MS,
    nearDupWindowDays: e.NEAR_DUP_WINDOW_DAYS,
    nearDupMaxArticles: e.NEAR_DUP_MAX_ARTICLES,
    outboxBatchSize: e.OUTBOX_BATCH_SIZE,
    outboxPollMs: e.OUTBOX_POLL_MS,
  }));

export type IngestConfig = z.output<typeof IngestEnvSchema>;

export const INGEST_CONFIG = Symbol('INGEST_CONFIG');

export function readIngestConfig(env: NodeJS.ProcessEnv): IngestConfig {
  return readEnvConfig('ingest', IngestEnvSchema, env);
}
