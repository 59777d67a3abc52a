import { z } from 'zod';
import { readEnvConfig, serviceEnvSchema, toServiceConfig } from '@stance/nest-platform';

const ExtractionEnvSchema = serviceEnvSchema(3002)
  .extend({
    /** Largest codebook accepted over HTTP. */
    CODEBOOK_MAX_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(20 * 1024 * 1024),
    /** Articles processed at once by this instance. */
    EXTRACTION_CONCURRENCY: z.coerce.number().int().positive().default(16),
    /** Deliveries of one message before it goes to the dead-letter stream. */
    EXTRACTION_MAX_DELIVER: z.coerce.number().int().positive().default(5),
  })
  .transform((e) => ({
    ...toServiceConfig('extraction', e),
    codebookMaxBytes: e.CODEBOOK_MAX_BYTES,
    concurrency: e.EXTRACTION_CONCURRENCY,
    maxDeliver: e.EXTRACTION_MAX_DELIVER,
  }));

export type ExtractionConfig = z.output<typeof ExtractionEnvSchema>;

export const EXTRACTION_CONFIG = Symbol('EXTRACTION_CONFIG');

export function readExtractionConfig(env: NodeJS.ProcessEnv): ExtractionConfig {
  return readEnvConfig('extraction', ExtractionEnvSchema, env);
}
