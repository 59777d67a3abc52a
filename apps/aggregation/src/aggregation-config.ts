import { z } from 'zod';
import { readEnvConfig, serviceEnvSchema, toServiceConfig } from '@stance/nest-platform';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '@stance/positions';
import type { MicroBatchOptions } from './observations/micro-batcher.js';

const DAY_MS = 86_400_000;

const AggregationEnvSchema = serviceEnvSchema(3003)
  .extend({
    /**
     * Observation-set messages in flight in this instance: enough to fill micro-batches while
     * earlier ones are being stored (at least BATCH_MAX_SETS × (BATCH_PARALLEL + 1)).
     */
    AGGREGATION_CONCURRENCY: z.coerce.number().int().positive().default(512),
    /** A micro-batch of observation sets is stored when it holds this many sets… */
    AGGREGATION_BATCH_MAX_SETS: z.coerce.number().int().positive().default(128),
    /** …or this long after its first set arrived. */
    AGGREGATION_BATCH_MAX_WAIT_MS: z.coerce.number().int().nonnegative().default(10),
    /**
     * Micro-batches stored at once by this instance (each is one transaction). Concurrent batches
     * mostly wait for each other's locks on the busiest pairs, so one is as fast and sets
     * arriving meanwhile fill the next batch.
     */
    AGGREGATION_BATCH_PARALLEL: z.coerce.number().int().positive().default(1),
    AGGREGATION_MAX_DELIVER: z.coerce.number().int().positive().default(5),
    /** Alerts whose event time is older than this are historical (stored, not notified live). */
    ALERT_LIVE_HORIZON_HOURS: z.coerce.number().positive().default(48),
    /**
     * Live alerts wait this long before going out, so a burst of sets processed out of order
     * settles first and alerts it supersedes along the way are never sent.
     */
    ALERT_SETTLE_MS: z.coerce.number().int().nonnegative().default(2_000),
    /** How often the alert dispatcher and the webhook worker look for work. */
    ALERT_POLL_MS: z.coerce.number().int().positive().default(1_000),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    WEBHOOK_BASE_DELAY_MS: z.coerce.number().int().nonnegative().default(DEFAULT_RETRY_POLICY.baseDelayMs),
    WEBHOOK_MAX_DELAY_MS: z.coerce.number().int().positive().default(DEFAULT_RETRY_POLICY.maxDelayMs),
    WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().positive().default(DEFAULT_RETRY_POLICY.maxAttempts),
    /** Default half-life of the decayed current position. */
    POSITION_HALF_LIFE_DAYS: z.coerce.number().positive().default(30),
    /** How long network, polarization and overview answers are reused. */
    READ_CACHE_SECONDS: z.coerce.number().nonnegative().default(60),
  })
  .transform((e) => ({
    ...toServiceConfig('aggregation', e),
    concurrency: e.AGGREGATION_CONCURRENCY,
    batch: {
      maxItems: e.AGGREGATION_BATCH_MAX_SETS,
      maxWaitMs: e.AGGREGATION_BATCH_MAX_WAIT_MS,
      maxConcurrentBatches: e.AGGREGATION_BATCH_PARALLEL,
    } satisfies MicroBatchOptions as MicroBatchOptions,
    maxDeliver: e.AGGREGATION_MAX_DELIVER,
    liveHorizonMs: e.ALERT_LIVE_HORIZON_HOURS * 3_600_000,
    settleMs: e.ALERT_SETTLE_MS,
    pollMs: e.ALERT_POLL_MS,
    webhookTimeoutMs: e.WEBHOOK_TIMEOUT_MS,
    retryPolicy: {
      ...DEFAULT_RETRY_POLICY,
      baseDelayMs: e.WEBHOOK_BASE_DELAY_MS,
      maxDelayMs: Math.max(e.WEBHOOK_MAX_DELAY_MS, e.WEBHOOK_BASE_DELAY_MS),
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
    } satisfies RetryPolicy as RetryPolicy,
    halfLifeMs: e.POSITION_HALF_LIFE_DAYS * DAY_MS,
    readCacheMs: e.READ_CACHE_SECONDS * 1000,
    /** Background workers (alert dispatch, webhook delivery); tests may switch them off. */
    workers: true as boolean,
  }));

export type AggregationConfig = z.output<typeof AggregationEnvSchema>;

export const AGGREGATION_CONFIG = Symbol('AGGREGATION_CONFIG');

export function readAggregationConfig(env: NodeJS.ProcessEnv): AggregationConfig {
  return readEnvConfig('aggregation', AggregationEnvSchema, env);
}
