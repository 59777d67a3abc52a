import { z } from 'zod';
import { readEnvConfig } from '@stance/nest-platform';

const ExtractionEnvSchema = z
  .object({
    DATABASE_URL: z.string().min(1, 'DATABASE_URL is required (postgresql://…)'),
    NATS_URL: z.string().min(1, 'NATS_URL is required (e.g. nats://127.0.0.1:4222)'),
    NATS_NAMESPACE: z.string().optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(3002),
    HOST: z.string().default('127.0.0.1'),
    /** Largest codebook accepted over HTTP. */
    CODEBOOK_MAX_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
    /** Articles processed at once by this instance. */
    EXTRACTION_CONCURRENCY: z.coerce.number().int().positive().default(16),
    /** Deliveries of one message before it goes to the dead-letter stream. */
    EXTRACTION_MAX_DELIVER: z.coerce.number().int().positive().default(5),
  })
  .transform((e) => ({
    databaseUrl: e.DATABASE_URL,
    natsUrl: e.NATS_URL,
    natsNamespace: e.NATS_NAMESPACE,
    port: e.PORT,
    host: e.HOST,
    codebookMaxBytes: e.CODEBOOK_MAX_BYTES,
    concurrency: e.EXTRACTION_CONCURRENCY,
    maxDeliver: e.EXTRACTION_MAX_DELIVER,
  }));

export type ExtractionConfig = z.output<typeof ExtractionEnvSchema>;

export const EXTRACTION_CONFIG = Symbol('EXTRACTION_CONFIG');

export function readExtractionConfig(env: NodeJS.ProcessEnv): ExtractionConfig {
  return readEnvConfig('extraction', ExtractionEnvSchema, env);
}
