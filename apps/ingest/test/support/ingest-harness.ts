/**
 * An ingest service in-process on a fresh database and a random NATS namespace, with an API key
 * per scope: the shared setup of the HTTP-level tests.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { createApiKey } from '@stance/api-keys';
import { resolveTopology } from '@stance/contracts';
import { createPrismaClient, type PrismaClient } from '@stance/db';
import { createTestDatabase, type TestDatabase } from '@stance/db/testing';
import { connectToNats, deleteStreams } from '@stance/messaging';
import { IngestModule } from '../../src/app.module.js';
import { readIngestConfig } from '../../src/ingest-config.js';

export interface IngestHarness {
  db: TestDatabase;
  prisma: PrismaClient;
  namespace: string;
  natsUrl: string;
  keys: { ingest: string; read: string; admin: string };
  /** Starts one more service instance on the same database and namespace. */
  startInstance(env?: Record<string, string>): Promise<IngestInstance>;
  /** Messages in this namespace's ARTICLES stream. */
  publishedCount(): Promise<number>;
  close(): Promise<void>;
}

export interface IngestInstance {
  app: INestApplication;
  base: string;
  request(method: string, path: string, options?: RequestOptions): Promise<Response>;
  close(): Promise<void>;
}

export interface RequestOptions {
  body?: string | Buffer | ReadableStream<Uint8Array>;
  contentType?: string;
  /** An API key secret, or null for none; defaults to the admin key. */
  key?: string | null;
}

export async function startIngestHarness(
  options: { natsUrl?: string; env?: Record<string, string> } = {},
): Promise<IngestHarness> {
  const natsUrl = options.natsUrl ?? 'nats://127.0.0.1:4222';
  const namespace = `ingest-${randomBytes(4).toString('hex')}`;
  const db = await createTestDatabase();
  const prisma = createPrismaClient({ databaseUrl: db.url });
  const keyFor = async (scope: 'ingest' | 'read' | 'admin') =>
    (await createApiKey(prisma, { name: `test ${scope}`, scopes: [scope] })).secret;
  const keys = { ingest: await keyFor('ingest'), read: await keyFor('read'), admin: await keyFor('admin') };
  const instances: IngestInstance[] = [];
  let nc: NatsConnection | undefined;

  const startInstance = async (env: Record<string, string> = {}): Promise<IngestInstance> => {
    const config = readIngestConfig({
      DATABASE_URL: db.url,
      NATS_URL: natsUrl,
      NATS_NAMESPACE: namespace,
      PORT: '0',
      OUTBOX_POLL_MS: '50',
      FETCH_ALLOW_HOSTS: '127.0.0.1',
      ...options.env,
      ...env,
    });
    const app = await NestFactory.create(IngestModule.forRoot(config), { bodyParser: false, logger: false });
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1').replace('localhost', '127.0.0.1');
    const instance: IngestInstance = {
      app,
      base,
      request: (method, path, req = {}) => {
        const key = req.key === undefined ? keys.admin : req.key;
        return fetch(`${base}${path}`, {
          method,
          headers: {
            ...(req.body !== undefined && { 'content-type': req.contentType ?? 'application/json' }),
            ...(key !== null && { authorization: `Bearer ${key}` }),
          },
          body: req.body,
          ...(req.body instanceof ReadableStream && { duplex: 'half' }),
        } as RequestInit);
      },
      close: () => app.close(),
    };
    instances.push(instance);
    return instance;
  };

  return {
    db,
    prisma,
    namespace,
    natsUrl,
    keys,
    startInstance,
    async publishedCount() {
      nc ??= await connectToNats({ servers: natsUrl });
      const jsm = await jetstreamManager(nc);
      const info = await jsm.streams.info(resolveTopology(namespace).streams.ARTICLES.name);
      return info.state.messages;
    },
    async close() {
      for (const instance of instances) await instance.close().catch(() => undefined);
      nc ??= await connectToNats({ servers: natsUrl }).catch(() => undefined);
      if (nc) {
        await deleteStreams(nc, resolveTopology(namespace)).catch(() => undefined);
        await nc.close();
      }
      await prisma.$disconnect();
      await db.drop();
    },
  };
}

export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
