import { z } from 'zod';
import { readEnvConfig } from '@stance/nest-platform';

const AggregationEnvSchema = z
  .object({
    DATABASE_URL: z.string().min(1, 'DATABASE_URL is required (postgresql://…)'),
    NATS_URL: z.string().min(1, 'NATS_URL is required (e.g. nats://127.0.0.1:4222)'),
    NATS_NAMESPACE: z.string().optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(3003),
    HOST: z.string().default('127.0.0.1'),
    /** Observation sets stored at once by this instance. */
    AGGREGATION_CONCURRENCY: z.coerce.number().int().positive().default(8),
    AGGREGATION_MAX_DELIVER: z.coerce.number().int().positive().default(5),
  })
  .transform((e) => ({
    databaseUrl: e.DATABASE_URL,
    natsUrl: e.NATS_URL,
    natsNamespace: e.NATS_NAMESPACE,
    port: e.PORT,
    host: e.HOST,
    concurrency: e.AGGREGATION_CONCURRENCY,
    maxDeliver: e.AGGREGATION_MAX_DELIVER,
  }));

export type AggregationConfig = z.output<typeof AggregationEnvSchema>;

export const AGGREGATION_CONFIG = Symbol('AGGREGATION_CONFIG');

export function readAggregationConfig(env: NodeJS.ProcessEnv): AggregationConfig {
  return readEnvConfig('aggregation', AggregationEnvSchema, env);
}
