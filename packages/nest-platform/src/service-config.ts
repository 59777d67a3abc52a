import { z } from 'zod';

/** What every service reads from its environment; each service extends it with its own settings. */
export function serviceEnvSchema(defaultPort: number) {
  return z.object({
    DATABASE_URL: z.string().min(1, 'DATABASE_URL is required (postgresql://…)'),
    NATS_URL: z.string().min(1, 'NATS_URL is required (e.g. nats://127.0.0.1:4222)'),
    /** Prefix of every subject and stream (tests and parallel runs). */
    NATS_NAMESPACE: z.string().optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(defaultPort),
    HOST: z.string().default('127.0.0.1'),
  });
}

export interface ServiceConfig {
  /** Names the NATS connection and the durable consumers. */
  service: string;
  databaseUrl: string;
  natsUrl: string;
  natsNamespace: string | undefined;
  port: number;
  host: string;
}

export function toServiceConfig(
  service: string,
  e: z.output<ReturnType<typeof serviceEnvSchema>>,
): ServiceConfig {
  return {
    service,
    databaseUrl: e.DATABASE_URL,
    natsUrl: e.NATS_URL,
    natsNamespace: e.NATS_NAMESPACE,
    port: e.PORT,
    host: e.HOST,
  };
}
