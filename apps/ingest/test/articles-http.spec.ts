/**
 * Ingest over HTTP against the real Postgres and NATS JetStream: accepted articles are stored
 * once and published through the outbox; bad input gets a 4xx that says what is wrong and
 * leaves stored data as it was.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { resolveTopology } from '@stance/contracts';
import { createApiKey } from '@stance/api-keys';
import { createPrismaClient, type PrismaClient } from '@stance/db';
import { createTestDatabase, type TestDatabase } from '@stance/db/testing';
import { connectToNats, deleteStreams } from '@stance/messaging';
import { IngestModule } from '../src/app.module.js';
import { readIngestConfig } from '../src/ingest-config.js';

const seed = JSON.parse(
  readFileSync(new URL('../../../samples/articles.jsonl', import.meta.url), 'utf8').split('\n')[0]!,
);

/** The parts of ingest's answers these tests read. */
interface ApiBody {
  accepted: number;
  duplicates: number;
  results: Array<{ articleId: string; externalId: string | null; status: string }>;
  error: { code: string; message: string };
}

describe('POST /articles', () => {
  const namespace = `ingest-${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let prisma: PrismaClient;
  let app: INestApplication;
  let nc: NatsConnection;
  let base: string;
  let ingestKey: string;
  let readKey: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = createPrismaClient({ databaseUrl: db.url });
    ingestKey = (await createApiKey(prisma, { name: 'test ingest', scopes: ['ingest'] })).secret;
    readKey = (await createApiKey(prisma, { name: 'test read', scopes: ['read'] })).secret;
    const config = readIngestConfig({
      DATABASE_URL: db.url,
      NATS_URL: 'nats://127.0.0.1:4222',
      NATS_NAMESPACE: namespace,
      PORT: '0',
      INGEST_MAX_BATCH: '50',
      OUTBOX_POLL_MS: '50',
    });
    app = await NestFactory.create(IngestModule.forRoot(config), { bodyParser: false, logger: false });
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    nc = await connectToNats({ servers: 'nats://127.0.0.1:4222' });
  });

  afterAll(async () => {
    await app?.close();
    await deleteStreams(nc, resolveTopology(namespace)).catch(() => undefined);
    await nc?.close();
    await prisma?.$disconnect();
    await db?.drop();
  });

  const post = (body: string | Buffer, contentType = 'application/json', key: string | null = ingestKey) =>
    fetch(`${base}/articles`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body,
    });

  const articlesStored = () => prisma.article.count();

  async function publishedCount(): Promise<number> {
    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info(resolveTopology(namespace).streams.ARTICLES.name);
    return info.state.messages;
  }

  async function waitFor(check: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 200; i++) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('condition not met in 10 s');
  }

  it('stores an article, publishes it once, and reports a repeat as a duplicate', async () => {
    const first = await post(JSON.stringify(seed));
    expect(first.status).toBe(202);
    const body = (await first.json()) as ApiBody;
    expect(body).toMatchObject({ accepted: 1, duplicates: 0 });
    expect(body.results[0]).toMatchObject({ externalId: 'seed-kadhimi-washington', status: 'accepted' });

    // Same text again (other id, same content hash) and the same article again.
    const again = await post(JSON.stringify({ articles: [seed, { ...seed, id: 'copy-of-seed' }] }));
    expect(again.status).toBe(202);
    const repeat = (await again.json()) as ApiBody;
    expect(repeat.results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(repeat.results[1]!.articleId).toBe(body.results[0]!.articleId);

    expect(await articlesStored()).toBe(1);
    await waitFor(async () => (await publishedCount()) === 1);
    const outbox = await prisma.outboxMessage.findMany();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.sentAt).not.toBeNull();
  });

  it.each([
    ['malformed JSON', '{"text": "no closing brace"', 400, 'BODY_NOT_JSON', /not valid JSON/],
    ['a missing text', JSON.stringify({ id: 'x', title: 'no text' }), 400, 'VALIDATION', /text/],
    [
      'wrong types',
      JSON.stringify({ id: 7, text: 'نص', published_at: 5 }),
      400,
      'VALIDATION',
      /id:.*string.*published_at/s,
    ],
    ['an unknown field', JSON.stringify({ text: 'نص', colour: 'red' }), 400, 'VALIDATION', /colour/],
    ['an empty batch', JSON.stringify({ articles: [] }), 400, 'VALIDATION', /must not be empty/],
    ['a non-http url', JSON.stringify({ text: 'x', url: 'file:///etc/passwd' }), 400, 'VALIDATION', /url/],
  ])('refuses %s with a message that says what is wrong', async (_name, body, status, code, message) => {
    const before = await articlesStored();
    const res = await post(body);
    expect(res.status).toBe(status);
    const json = (await res.json()) as ApiBody;
    expect(json.error.code).toBe(code);
    expect(json.error.message).toMatch(message);
    expect(await articlesStored()).toBe(before);
  });

  it('refuses a batch with one bad item as a whole, naming the item', async () => {
    const before = await articlesStored();
    const res = await post(
      JSON.stringify({ articles: [{ id: 'ok-1', text: 'a fine article' }, { id: 'bad' }] }),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as ApiBody).error.message).toMatch(/articles\[1\]\.text/);
    expect(await articlesStored()).toBe(before);
  });

  it('refuses a batch over the documented limit with 413', async () => {
    const articles = Array.from({ length: 51 }, (_, i) => ({ id: `b${i}`, text: `text ${i}` }));
    const res = await post(JSON.stringify({ articles }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as ApiBody).error.code).toBe('BATCH_TOO_LARGE');
  });

  it('refuses a 20 MB body with 413 without storing anything', async () => {
    const before = await articlesStored();
    const huge = JSON.stringify({ id: 'huge', text: 'x'.repeat(20 * 1024 * 1024) });
    const res = await post(huge);
    expect(res.status).toBe(413);
    expect(((await res.json()) as ApiBody).error.message).toMatch(/limit/);
    expect(await articlesStored()).toBe(before);
  });

  it('refuses invalid UTF-8 and a wrong content type', async () => {
    const bad = Buffer.concat([
      Buffer.from('{"id":"u","text":"'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}'),
    ]);
    const res = await post(bad);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ApiBody).error.code).toBe('BODY_NOT_UTF8');

    const form = await post('text=hello', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(415);
  });

  it('needs an API key with the ingest scope', async () => {
    const before = await articlesStored();
    const article = JSON.stringify({ id: 'keyless', text: 'Iraq holds elections in May.' });
    const none = await post(article, 'application/json', null);
    expect(none.status).toBe(401);
    expect(((await none.json()) as ApiBody).error.message).toMatch(/API key is required/);
    const forged = await post(article, 'application/json', `stk_${'A'.repeat(43)}`);
    expect(forged.status).toBe(401);
    const readOnly = await post(article, 'application/json', readKey);
    expect(readOnly.status).toBe(403);
    expect(((await readOnly.json()) as ApiBody).error.message).toMatch(/ingest/);
    expect(await articlesStored()).toBe(before);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('keeps serving after garbage, and what was accepted is still there', async () => {
    const res = await post(
      JSON.stringify([{ id: 'after-garbage', text: 'Iraq holds elections in May.', lang: 'en' }]),
    );
    expect(res.status).toBe(202);
    expect(
      await prisma.article.findUnique({ where: { externalId: 'seed-kadhimi-washington' } }),
    ).not.toBeNull();
    expect(await articlesStored()).toBe(2);
    await waitFor(async () => (await publishedCount()) === 2);
  });
});
