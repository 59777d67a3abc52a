import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { ArticlesIngestedV1, ContractViolation, parseMessage, resolveTopology } from '@stance/contracts';
import { ensureStreams, JetStreamPublisher, MessagingError } from '../src/index.js';
import { articleIngested, NATS_URL, openFixture, streamMessageCount, type NatsFixture } from './helpers.js';

describe('JetStreamPublisher (real NATS)', () => {
  let fixture: NatsFixture;
  let publisher: JetStreamPublisher;

  beforeEach(async () => {
    fixture = await openFixture();
    publisher = await JetStreamPublisher.connect({ servers: NATS_URL, namespace: fixture.namespace });
  });

  afterEach(async () => {
    await publisher.close();
    await fixture.cleanup();
  });

  it('creates the namespaced streams on connect', async () => {
    const jsm = await jetstreamManager(fixture.nc);
    const info = await jsm.streams.info(fixture.topology.streams.ARTICLES.name);
    expect(info.config.subjects).toEqual([`${fixture.namespace}.articles.>`]);
    expect(info.config.storage).toBe('file');
    expect(info.config.duplicate_window).toBe(10 * 60 * 1e9);
  });

  it('stores a message once when the same msgId is published twice, and reports the duplicate', async () => {
    const payload = articleIngested();
    const first = await publisher.publish(ArticlesIngestedV1, payload, {
      msgId: `article:${payload.articleId}`,
    });
    const second = await publisher.publish(ArticlesIngestedV1, payload, {
      msgId: `article:${payload.articleId}`,
    });
    expect(first).toMatchObject({ duplicate: false, seq: 1, stream: fixture.topology.streams.ARTICLES.name });
    expect(second).toMatchObject({ duplicate: true, seq: 1 });
    expect(first.subject).toBe(`${fixture.namespace}.articles.ingested.v1`);
    expect(await streamMessageCount(fixture.nc, fixture.topology.streams.ARTICLES.name)).toBe(1);
  });

  it('stores the validated payload with the given headers', async () => {
    const payload = { ...articleIngested(), ignoredExtra: true };
    await publisher.publish(ArticlesIngestedV1, payload, { msgId: 'm-1', headers: { 'trace-id': 'abc' } });
    const jsm = await jetstreamManager(fixture.nc);
    const stored = await jsm.streams.getMessage(fixture.topology.streams.ARTICLES.name, { seq: 1 });
    expect(stored?.header.get('trace-id')).toBe('abc');
    expect(JSON.parse(stored!.string())).not.toHaveProperty('ignoredExtra');
    expect(parseMessage(ArticlesIngestedV1, stored!.data).articleId).toBe(payload.articleId);
  });

  it('refuses an invalid payload or a missing msgId without publishing', async () => {
    await expect(
      publisher.publish(ArticlesIngestedV1, { articleId: 'nope', ingestedAt: 'never' }, { msgId: 'x' }),
    ).rejects.toBeInstanceOf(ContractViolation);
    await expect(
      publisher.publish(ArticlesIngestedV1, articleIngested(), { msgId: '' }),
    ).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
    });
    expect(await streamMessageCount(fixture.nc, fixture.topology.streams.ARTICLES.name)).toBe(0);
  });

  it('publishMany pipelines a batch, returns results in input order and dedupes a replayed batch', async () => {
    const batch = Array.from({ length: 200 }, () => {
      const payload = articleIngested();
      return { payload, msgId: `article:${payload.articleId}` };
    });
    const results = await publisher.publishMany(ArticlesIngestedV1, batch, { maxInFlight: 32 });
    expect(results).toHaveLength(200);
    expect(results.every((r) => !r.duplicate)).toBe(true);
    expect(new Set(results.map((r) => r.seq)).size).toBe(200);

    const jsm = await jetstreamManager(fixture.nc);
    const stored = await jsm.streams.getMessage(fixture.topology.streams.ARTICLES.name, {
      seq: results[57]!.seq,
    });
    expect(parseMessage(ArticlesIngestedV1, stored!.data).articleId).toBe(batch[57]!.payload.articleId);

    const replay = await publisher.publishMany(ArticlesIngestedV1, batch);
    expect(replay.every((r) => r.duplicate)).toBe(true);
    expect(await streamMessageCount(fixture.nc, fixture.topology.streams.ARTICLES.name)).toBe(200);
  });

  it('publishMany validates the whole batch before sending any of it', async () => {
    const good = articleIngested();
    await expect(
      publisher.publishMany(ArticlesIngestedV1, [
        { payload: good, msgId: 'a' },
        { payload: { articleId: 'bad', ingestedAt: good.ingestedAt }, msgId: 'b' },
      ]),
    ).rejects.toBeInstanceOf(ContractViolation);
    expect(await streamMessageCount(fixture.nc, fixture.topology.streams.ARTICLES.name)).toBe(0);
  });

  it('fails with PUBLISH_FAILED when no stream stores the subject', async () => {
    const lonely = new JetStreamPublisher(fixture.nc, {
      namespace: `${fixture.namespace}-none`,
      publishTimeoutMs: 2_000,
    });
    const error = await lonely
      .publish(ArticlesIngestedV1, articleIngested(), { msgId: randomUUID() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessagingError);
    expect((error as MessagingError).code).toBe('PUBLISH_FAILED');
    expect((error as MessagingError).message).toContain(`${fixture.namespace}-none.articles.ingested.v1`);
  });

  it('fails to connect with NATS_UNREACHABLE', async () => {
    await expect(
      JetStreamPublisher.connect({
        servers: 'nats://127.0.0.1:1',
        namespace: fixture.namespace,
        connectTimeoutMs: 1_000,
      }),
    ).rejects.toMatchObject({ code: 'NATS_UNREACHABLE', message: expect.stringContaining('127.0.0.1:1') });
  });
});

describe('ensureStreams (real NATS)', () => {
  let fixture: NatsFixture;

  beforeEach(async () => {
    fixture = await openFixture();
  });

  afterEach(async () => {
    await fixture.cleanup();
  });

  it('is idempotent, also when services boot at the same time', async () => {
    await Promise.all([
      ensureStreams(fixture.nc, fixture.topology),
      ensureStreams(fixture.nc, fixture.topology),
    ]);
    await ensureStreams(fixture.nc, fixture.topology);
    const jsm = await jetstreamManager(fixture.nc);
    const names: string[] = [];
    for await (const name of jsm.streams.names(`${fixture.namespace}.>`)) names.push(name);
    expect(names.sort()).toEqual(
      Object.values(fixture.topology.streams)
        .map((s) => s.name)
        .sort(),
    );
  });

  it('brings a drifted stream back to the declared limits', async () => {
    await ensureStreams(fixture.nc, fixture.topology);
    const jsm = await jetstreamManager(fixture.nc);
    const name = fixture.topology.streams.ALERTS.name;
    await jsm.streams.update(name, { max_msgs: 5, duplicate_window: 1e9 });
    await ensureStreams(fixture.nc, fixture.topology);
    const info = await jsm.streams.info(name);
    expect(info.config.duplicate_window).toBe(10 * 60 * 1e9);
    expect(info.config.max_bytes).toBe(fixture.topology.streams.ALERTS.maxBytes);
  });

  it('refuses to delete the un-namespaced production streams', async () => {
    const { deleteStreams } = await import('../src/index.js');
    await expect(deleteStreams(fixture.nc, resolveTopology())).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
    });
  });
});
