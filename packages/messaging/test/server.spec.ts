import 'reflect-metadata';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Controller, Inject, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { ArticlesIngestedV1, ObservationsExtractedV1, type ArticleIngested } from '@stance/contracts';
import {
  durableNameFor,
  JetStreamContext,
  JetStreamErrorInterceptor,
  JetStreamPublisher,
  JetStreamServer,
  MessagingModule,
  OnMessage,
  type ConsumerPolicy,
} from '../src/index.js';
import {
  articleIngested,
  codedError,
  NATS_URL,
  openFixture,
  readDeadLetters,
  streamMessageCount,
  waitFor,
  type NatsFixture,
} from './helpers.js';

const SERVICE = 'extraction';
const FAST_POLICY: Partial<ConsumerPolicy> = {
  ackWaitMs: 3_000,
  maxDeliver: 3,
  retryDelaysMs: [50],
  concurrency: 2,
};

/** What the test controller does per article id, and what it saw. */
class Probe {
  readonly calls: Array<{ articleId: string; deliveryCount: number }> = [];
  readonly finished: string[] = [];
  behaviour: (payload: ArticleIngested, ctx: JetStreamContext) => Promise<void> = async () => undefined;

  async handle(payload: ArticleIngested, ctx: JetStreamContext): Promise<void> {
    this.calls.push({ articleId: payload.articleId, deliveryCount: ctx.getDeliveryCount() });
    await this.behaviour(payload, ctx);
    this.finished.push(payload.articleId);
  }

  callsFor(articleId: string): number[] {
    return this.calls.filter((c) => c.articleId === articleId).map((c) => c.deliveryCount);
  }
}

const PROBE = Symbol('PROBE');

@Controller()
class ArticlesController {
  constructor(
    @Inject(PROBE) private readonly probe: Probe,
    @Inject(JetStreamPublisher) private readonly publisher: JetStreamPublisher,
  ) {}

  @OnMessage(ArticlesIngestedV1)
  async onArticleIngested(@Payload() payload: ArticleIngested, @Ctx() ctx: JetStreamContext): Promise<void> {
    await this.probe.handle(payload, ctx);
    // Downstream publish from inside a handler, through the injected publisher.
    await this.publisher.publish(
      ObservationsExtractedV1,
      {
        articleId: payload.articleId,
        codebookId: 'cb',
        codebookVersion: '1',
        extractorVersion: 'test',
        observedAt: new Date().toISOString(),
        statements: [],
      },
      { msgId: `obs:${payload.articleId}:cb` },
    );
  }
}

function moduleFor(probe: Probe, namespace: string) {
  @Module({
    imports: [MessagingModule.forRoot({ servers: NATS_URL, namespace, service: SERVICE })],
    controllers: [ArticlesController],
    providers: [{ provide: PROBE, useValue: probe }],
  })
  class TestModule {}
  return TestModule;
}

async function startApp(
  fixture: NatsFixture,
  probe: Probe,
  policy = FAST_POLICY,
  shutdownTimeoutMs?: number,
): Promise<INestMicroservice> {
  const app = await NestFactory.createMicroservice(moduleFor(probe, fixture.namespace), {
    strategy: new JetStreamServer({
      servers: NATS_URL,
      namespace: fixture.namespace,
      service: SERVICE,
      consumer: policy,
      shutdownTimeoutMs,
    }),
    logger: false,
  });
  await app.listen();
  return app;
}

describe('JetStreamServer (real NATS)', () => {
  let fixture: NatsFixture;
  let publisher: JetStreamPublisher;
  let app: INestMicroservice | undefined;
  let probe: Probe;

  beforeEach(async () => {
    fixture = await openFixture();
    publisher = await JetStreamPublisher.connect({ servers: NATS_URL, namespace: fixture.namespace });
    probe = new Probe();
  });

  afterEach(async () => {
    await app?.close();
    app = undefined;
    await publisher.close();
    await fixture.cleanup();
  });

  async function consumerInfo() {
    const jsm = await jetstreamManager(fixture.nc);
    return jsm.consumers.info(
      fixture.topology.streams.ARTICLES.name,
      durableNameFor(SERVICE, ArticlesIngestedV1.subject),
    );
  }

  it('delivers published messages to the handler and acks them', async () => {
    app = await startApp(fixture, probe);
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of ids)
      await publisher.publish(ArticlesIngestedV1, articleIngested(id), { msgId: `article:${id}` });

    await waitFor(() => probe.finished.length === 3 || undefined, 10_000, 'three handled messages');
    expect(new Set(probe.calls.map((c) => c.articleId))).toEqual(new Set(ids));
    expect(probe.calls.every((c) => c.deliveryCount === 1)).toBe(true);
    const info = await waitFor(
      async () => {
        const i = await consumerInfo();
        return i.ack_floor.stream_seq === 3 ? i : undefined;
      },
      5_000,
      'ack floor at 3',
    );
    expect(info.num_ack_pending).toBe(0);
    expect(info.config.max_deliver).toBe(3);
    // The handler's own publish went to the namespaced OBSERVATIONS stream.
    await waitFor(
      async () =>
        (await streamMessageCount(fixture.nc, fixture.topology.streams.OBSERVATIONS.name)) === 3 || undefined,
    );
  });

  it('redelivers after a transient failure and then succeeds', async () => {
    probe.behaviour = async (_payload, ctx) => {
      if (ctx.getDeliveryCount() === 1) throw codedError('DEPENDENCY_UNAVAILABLE', 'postgres is restarting');
    };
    app = await startApp(fixture, probe);
    const id = randomUUID();
    await publisher.publish(ArticlesIngestedV1, articleIngested(id), { msgId: `article:${id}` });

    await waitFor(() => probe.finished.includes(id) || undefined, 10_000, 'successful redelivery');
    expect(probe.callsFor(id)).toEqual([1, 2]);
    await waitFor(async () => (await consumerInfo()).ack_floor.stream_seq === 1 || undefined, 5_000, 'ack');
    expect(await readDeadLetters(fixture.nc, fixture.topology)).toEqual([]);
  });

  it('dead-letters a permanent failure at once, with its reason, and terms it', async () => {
    probe.behaviour = async () => {
      throw codedError('VALIDATION', 'codebook cb has no topic x');
    };
    app = await startApp(fixture, probe);
    const id = randomUUID();
    await publisher.publish(ArticlesIngestedV1, articleIngested(id), { msgId: `article:${id}` });

    const [letter] = await waitFor(
      async () => {
        const letters = await readDeadLetters(fixture.nc, fixture.topology);
        return letters.length > 0 ? letters : undefined;
      },
      10_000,
      'a dead letter',
    );
    expect(letter).toMatchObject({
      subject: 'articles.ingested.v1',
      errorCode: 'VALIDATION',
      reason: 'codebook cb has no topic x',
      deliveryCount: 1,
      service: SERVICE,
      payloadEncoding: 'utf8',
      stream: fixture.topology.streams.ARTICLES.name,
      streamSequence: 1,
    });
    expect(JSON.parse(letter!.payload)).toMatchObject({ articleId: id });
    expect(letter!.headers['Nats-Msg-Id']).toEqual([`article:${id}`]);
    // Terminated: no further deliveries even after the retry delay.
    await waitFor(async () => (await consumerInfo()).num_ack_pending === 0 || undefined, 5_000, 'term');
    await new Promise((r) => setTimeout(r, 300));
    expect(probe.callsFor(id)).toEqual([1]);
  });

  it('dead-letters a message that keeps failing transiently after max_deliver attempts', async () => {
    probe.behaviour = async () => {
      throw codedError('DEPENDENCY_UNAVAILABLE', 'still down');
    };
    app = await startApp(fixture, probe);
    const id = randomUUID();
    await publisher.publish(ArticlesIngestedV1, articleIngested(id), { msgId: `article:${id}` });

    const [letter] = await waitFor(
      async () => {
        const letters = await readDeadLetters(fixture.nc, fixture.topology);
        return letters.length > 0 ? letters : undefined;
      },
      10_000,
      'a dead letter',
    );
    expect(probe.callsFor(id)).toEqual([1, 2, 3]);
    expect(letter).toMatchObject({ errorCode: 'DEPENDENCY_UNAVAILABLE', deliveryCount: 3 });
    expect(letter!.reason).toBe('gave up after 3 deliveries: still down');
  });

  it('dead-letters a message that violates its contract without calling the handler', async () => {
    app = await startApp(fixture, probe);
    const js = jetstream(fixture.nc);
    const subject = fixture.topology.subjectFor(ArticlesIngestedV1);
    await js.publish(
      subject,
      JSON.stringify({ articleId: 'not-a-uuid', ingestedAt: new Date().toISOString() }),
      { msgID: 'bad-1' },
    );
    await js.publish(subject, new Uint8Array([0xff, 0xfe, 0x01]), { msgID: 'bad-2' });

    const letters = await waitFor(
      async () => {
        const l = await readDeadLetters(fixture.nc, fixture.topology);
        return l.length === 2 ? l : undefined;
      },
      10_000,
      'two dead letters',
    );
    const bySeq = [...letters].sort((a, b) => (a.streamSequence ?? 0) - (b.streamSequence ?? 0));
    expect(bySeq[0]).toMatchObject({
      errorCode: 'CONTRACT_VIOLATION',
      deliveryCount: 1,
      payloadEncoding: 'utf8',
    });
    expect(bySeq[0]!.reason).toContain('articleId');
    expect(bySeq[1]).toMatchObject({
      errorCode: 'CONTRACT_VIOLATION',
      payloadEncoding: 'base64',
      payload: Buffer.from([0xff, 0xfe, 0x01]).toString('base64'),
    });
    expect(bySeq[1]!.reason).toContain('UTF-8');
    expect(probe.calls).toEqual([]);
  });

  it('runs at most `concurrency` handlers at once and still processes everything', async () => {
    let running = 0;
    let maxRunning = 0;
    probe.behaviour = async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 40));
      running--;
    };
    app = await startApp(fixture, probe, { ...FAST_POLICY, concurrency: 3 });
    const batch = Array.from({ length: 20 }, () => {
      const payload = articleIngested();
      return { payload, msgId: `article:${payload.articleId}` };
    });
    await publisher.publishMany(ArticlesIngestedV1, batch);

    await waitFor(() => probe.finished.length === 20 || undefined, 15_000, 'twenty handled messages');
    expect(maxRunning).toBeGreaterThan(1);
    expect(maxRunning).toBeLessThanOrEqual(3);
  });

  it('hands a message published twice with the same msgId to the handler once', async () => {
    app = await startApp(fixture, probe);
    const id = randomUUID();
    const first = await publisher.publish(ArticlesIngestedV1, articleIngested(id), {
      msgId: `article:${id}`,
    });
    const again = await publisher.publish(ArticlesIngestedV1, articleIngested(id), {
      msgId: `article:${id}`,
    });
    expect([first.duplicate, again.duplicate]).toEqual([false, true]);

    await waitFor(() => probe.finished.includes(id) || undefined, 10_000, 'handled message');
    await waitFor(async () => (await consumerInfo()).ack_floor.stream_seq === 1 || undefined, 5_000, 'ack');
    await new Promise((r) => setTimeout(r, 200));
    expect(probe.callsFor(id)).toEqual([1]);
    expect(await streamMessageCount(fixture.nc, fixture.topology.streams.ARTICLES.name)).toBe(1);
  });

  it('finishes and acks an in-flight handler when closed, before disconnecting', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = false;
    probe.behaviour = async () => {
      started = true;
      await gate;
    };
    app = await startApp(fixture, probe, { ...FAST_POLICY, ackWaitMs: 1_000 });
    const id = randomUUID();
    await publisher.publish(ArticlesIngestedV1, articleIngested(id), { msgId: `article:${id}` });
    await waitFor(() => started || undefined, 10_000, 'handler start');

    let closed = false;
    const closing = app.close().then(() => (closed = true));
    // The handler outlives ack_wait (1s): heartbeats must keep the server from redelivering.
    await new Promise((r) => setTimeout(r, 1_800));
    expect(closed).toBe(false);
    release();
    await closing;
    app = undefined;

    expect(probe.finished).toEqual([id]);
    const info = await consumerInfo();
    expect(info.ack_floor.stream_seq).toBe(1);
    expect(info.num_ack_pending).toBe(0);
    expect(info.num_redelivered).toBe(0);
    expect(probe.callsFor(id)).toEqual([1]);
  });

  it('gives up on a hung handler after shutdownTimeoutMs and hands back unstarted messages', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const [hung, queued] = [randomUUID(), randomUUID()];
    probe.behaviour = async (payload) => {
      if (payload.articleId === hung) await gate;
    };
    app = await startApp(fixture, probe, { ...FAST_POLICY, concurrency: 1, ackWaitMs: 1_000 }, 300);
    await publisher.publish(ArticlesIngestedV1, articleIngested(hung), { msgId: `article:${hung}` });
    await publisher.publish(ArticlesIngestedV1, articleIngested(queued), { msgId: `article:${queued}` });
    await waitFor(() => probe.calls.length === 1 || undefined, 10_000, 'hung handler start');

    const started = Date.now();
    await app.close();
    app = undefined;
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(probe.callsFor(queued)).toEqual([]);

    // The next instance gets both: the queued one was nak'ed, the hung one times out its ack_wait.
    const next = new Probe();
    app = await startApp(fixture, next);
    await waitFor(
      () => (next.finished.includes(hung) && next.finished.includes(queued)) || undefined,
      10_000,
      'redelivery',
    );
    expect(next.callsFor(hung)).toEqual([2]);
    release();
  });

  it('resumes after a restart: messages published while down are delivered, and the new policy is applied', async () => {
    app = await startApp(fixture, probe);
    await app.close();
    app = undefined;
    const id = randomUUID();
    await publisher.publish(ArticlesIngestedV1, articleIngested(id), { msgId: `article:${id}` });

    app = await startApp(fixture, probe, { ...FAST_POLICY, maxDeliver: 7 });
    await waitFor(() => probe.finished.includes(id) || undefined, 10_000, 'message published while down');
    expect((await consumerInfo()).config.max_deliver).toBe(7);
  });

  it('without the error interceptor a coded error loses its code and is retried; with it, it is dead-lettered at once', async () => {
    const attempts: Array<{ id: string; delivery: number }> = [];
    @Controller()
    class BareController {
      @OnMessage(ArticlesIngestedV1)
      onIngested(@Payload() payload: ArticleIngested, @Ctx() ctx: JetStreamContext): void {
        attempts.push({ id: payload.articleId, delivery: ctx.getDeliveryCount() });
        throw codedError('VALIDATION', 'bad input');
      }
    }
    @Module({ controllers: [BareController] })
    class BareModule {}

    for (const withInterceptor of [false, true]) {
      const bare = await NestFactory.createMicroservice(BareModule, {
        strategy: new JetStreamServer({
          servers: NATS_URL,
          namespace: fixture.namespace,
          service: withInterceptor ? 'with-interceptor' : 'bare',
          consumer: FAST_POLICY,
        }),
        logger: false,
      });
      if (withInterceptor) bare.useGlobalInterceptors(new JetStreamErrorInterceptor());
      await bare.listen();
      const id = randomUUID();
      await publisher.publish(ArticlesIngestedV1, articleIngested(id), { msgId: `article:${id}` });
      const letter = await waitFor(
        async () => {
          const letters = await readDeadLetters(fixture.nc, fixture.topology);
          return letters.find(
            (l) => l.payload.includes(id) && l.service === (withInterceptor ? 'with-interceptor' : 'bare'),
          );
        },
        10_000,
        'dead letter',
      );
      await bare.close();
      // A new service is a new durable: it also sees the previous iteration's message, so count by id.
      const deliveries = attempts.filter((a) => a.id === id).map((a) => a.delivery);
      if (withInterceptor) {
        expect(letter).toMatchObject({ errorCode: 'VALIDATION', reason: 'bad input', deliveryCount: 1 });
        expect(deliveries).toEqual([1]);
      } else {
        expect(letter).toMatchObject({ errorCode: 'UNKNOWN', deliveryCount: 3 });
        expect(deliveries).toEqual([1, 2, 3]);
      }
    }
  });

  it('fails boot loudly when NATS is unreachable', async () => {
    const unreachable = NestFactory.createMicroservice(moduleFor(probe, fixture.namespace), {
      strategy: new JetStreamServer({
        servers: 'nats://127.0.0.1:1',
        namespace: fixture.namespace,
        service: SERVICE,
        connectTimeoutMs: 1_000,
      }),
      logger: false,
    });
    // The module's publisher connects to the real server; the transport's connect must fail.
    const microservice = await unreachable;
    await expect(microservice.listen()).rejects.toMatchObject({ code: 'NATS_UNREACHABLE' });
    await microservice.close();
  });

  it('refuses to boot with a handler for a subject that has no contract, or a request/response handler', async () => {
    @Controller()
    class UnknownSubjectController {
      @EventPattern('articles.deleted.v1')
      onDeleted(_payload: unknown, ..._rest: unknown[]): void {}
    }
    @Controller()
    class RequestController {
      @MessagePattern(ArticlesIngestedV1.subject)
      ask(_payload: unknown, ..._rest: unknown[]): string {
        return 'no';
      }
    }
    for (const [controller, code] of [
      [UnknownSubjectController, 'NO_CONTRACT_FOR_PATTERN'],
      [RequestController, 'UNSUPPORTED_PATTERN'],
    ] as const) {
      @Module({ controllers: [controller] })
      class BadModule {}
      const bad = await NestFactory.createMicroservice(BadModule, {
        strategy: new JetStreamServer({ servers: NATS_URL, namespace: fixture.namespace, service: SERVICE }),
        logger: false,
      });
      await expect(bad.listen()).rejects.toMatchObject({ code });
      await bad.close();
    }
  });
});
