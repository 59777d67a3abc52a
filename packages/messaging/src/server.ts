import { jetstream, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection, Status } from '@nats-io/nats-core';
import { Logger } from '@nestjs/common';
import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import {
  DeadLetterV1,
  MESSAGE_CONTRACTS,
  parseMessage,
  resolveTopology,
  type MessageContract,
  type Topology,
} from '@stance/contracts';
import { isObservable, lastValueFrom } from 'rxjs';
import { connectToNats } from './connection.js';
import { durableNameFor, ensureDurableConsumer } from './consumer-setup.js';
import { JetStreamContext } from './context.js';
import { buildDeadLetter, deadLetterMsgId } from './dead-letter.js';
import { describeError, MessagingError } from './errors.js';
import {
  assertServiceName,
  resolveConsumerPolicy,
  type ConsumerPolicy,
  type MessagingConnectionOptions,
} from './options.js';
import { isPermanentError } from '@stance/errors';
import { decideOutcome, type Outcome } from './outcome.js';
import { JetStreamPublisher } from './publisher.js';
import { ensureStreams } from './stream-setup.js';
import { supportsTermReason } from './server-version.js';
import { SubjectConsumer } from './subject-consumer.js';
import { JETSTREAM_TRANSPORT } from './transport-id.js';

export interface JetStreamServerOptions extends MessagingConnectionOptions {
  /** Service name: prefixes durable consumer names and is recorded in dead letters. */
  service: string;
  /** Policy for every handler of this service (merged onto DEFAULT_CONSUMER_POLICY). */
  consumer?: Partial<ConsumerPolicy>;
  /** Per logical subject overrides, e.g. `{ 'articles.ingested.v1': { concurrency: 8 } }`. */
  subjects?: Record<string, Partial<ConsumerPolicy>>;
  /** Contracts handlers may subscribe to (default: all of @stance/contracts). */
  contracts?: readonly MessageContract[];
  /** Which errors are not worth retrying (default: permanent codes of @stance/errors). */
  isPermanentError?: (error: unknown) => boolean;
  /** How long close() waits for running handlers before disconnecting anyway (default 30s). */
  shutdownTimeoutMs?: number;
}

type ServerStatus = 'connected' | 'disconnected' | 'reconnecting' | 'closed';

/** `server.on(type, cb)` receives NATS connection status events of that type. */
export type JetStreamServerEvents = { [K in Status['type']]: (status: Extract<Status, { type: K }>) => void };

interface Route {
  subject: string;
  contract: MessageContract;
  stream: string;
  durable: string;
  policy: ConsumerPolicy;
}

/**
 * NestJS transport over JetStream durable pull consumers. Each `@EventPattern(subject)` handler
 * gets a durable consumer `<service>__<subject>`; messages are validated against the subject's
 * contract before the handler sees them, and the handler's outcome decides ack / nak / dead-letter.
 */
export class JetStreamServer
  extends Server<JetStreamServerEvents, ServerStatus>
  implements CustomTransportStrategy
{
  override readonly transportId = JETSTREAM_TRANSPORT;
  // Handler errors must reach this transport (to pick nak vs dead-letter), not just Nest's log.
  override readonly propagatesEventHandlerErrors = true;
  protected override readonly logger = new Logger('JetStreamServer');

  private readonly topology: Topology;
  private readonly contracts: Map<string, MessageContract>;
  private readonly isPermanentError: (error: unknown) => boolean;
  private readonly listeners = new Map<string, Array<(status: Status) => void>>();
  private readonly consumers: SubjectConsumer[] = [];
  private nc: NatsConnection | undefined;
  private publisher: JetStreamPublisher | undefined;
  private warnedAboutLostErrors = false;
  private termWithReason = false;

  constructor(private readonly options: JetStreamServerOptions) {
    super();
    assertServiceName(options.service);
    this.topology = resolveTopology(options.namespace);
    this.contracts = new Map((options.contracts ?? MESSAGE_CONTRACTS).map((c) => [c.subject, c]));
    this.isPermanentError = options.isPermanentError ?? isPermanentError;
    // Validate policies at construction so a typo fails before anything connects.
    resolveConsumerPolicy(options.consumer);
    for (const override of Object.values(options.subjects ?? {}))
      resolveConsumerPolicy(options.consumer, override);
  }

  listen(callback: (...optionalParams: unknown[]) => unknown): void {
    this.start().then(
      () => callback(),
      (error: unknown) => {
        this.logger.error(`JetStream transport failed to start: ${describeError(error)}`);
        callback(error);
      },
    );
  }

  /** Stops pulling, lets running handlers finish and settle their messages, then drains NATS. */
  async close(): Promise<void> {
    const timeoutMs = this.options.shutdownTimeoutMs ?? 30_000;
    const abandoned = await Promise.all(this.consumers.splice(0).map((c) => c.stop(timeoutMs)));
    const total = abandoned.reduce((sum, n) => sum + n, 0);
    if (total > 0) {
      this.logger.warn(
        `closing with ${total} handler(s) still running after ${timeoutMs}ms; their messages will be redelivered`,
      );
    }
    const nc = this.nc;
    if (nc && !nc.isClosed()) {
      await nc.drain();
      await nc.closed();
    }
    this._status$.next('closed');
  }

  on<K extends keyof JetStreamServerEvents>(event: K, callback: JetStreamServerEvents[K]): void {
    const list = this.listeners.get(event) ?? [];
    list.push(callback as (status: Status) => void);
    this.listeners.set(event, list);
  }

  unwrap<T>(): T {
    if (!this.nc) throw new MessagingError('NOT_CONNECTED', 'JetStream server is not listening yet');
    return this.nc as T;
  }

  /** Publisher sharing this server's connection (available once listening). */
  getPublisher(): JetStreamPublisher {
    if (!this.publisher) throw new MessagingError('NOT_CONNECTED', 'JetStream server is not listening yet');
    return this.publisher;
  }

  getTopology(): Topology {
    return this.topology;
  }

  private async start(): Promise<void> {
    const routes = this.resolveRoutes();
    const nc = await connectToNats({
      ...this.options,
      connectionName: this.options.connectionName ?? this.options.service,
    });
    this.nc = nc;
    this.termWithReason = supportsTermReason(nc.info?.version);
    try {
      void this.watchConnection(nc);
      await ensureStreams(nc, this.topology);
      this.publisher = new JetStreamPublisher(nc, { namespace: this.options.namespace });
      const js = jetstream(nc);
      for (const route of routes) {
        const filter = this.topology.subjectFor(route.subject);
        await ensureDurableConsumer(nc, route.stream, route.durable, filter, route.policy);
        const consumer = await js.consumers.get(route.stream, route.durable);
        const subjectConsumer = new SubjectConsumer(
          consumer,
          route.policy,
          (msg) => this.handleMessage(route, msg),
          this.logger,
          route.durable,
        );
        await subjectConsumer.start();
        this.consumers.push(subjectConsumer);
      }
      this._status$.next('connected');
    } catch (error) {
      await this.close().catch(() => undefined);
      throw error;
    }
  }

  /** Every registered handler must be an event handler on a subject with a contract. */
  private resolveRoutes(): Route[] {
    const routes: Route[] = [];
    for (const [pattern, handler] of this.getHandlers()) {
      if (!handler.isEventHandler) {
        throw new MessagingError(
          'UNSUPPORTED_PATTERN',
          `@MessagePattern(${pattern}) is request/response, which JetStream does not carry; use @EventPattern`,
        );
      }
      const contract = this.contracts.get(pattern);
      if (!contract) {
        throw new MessagingError(
          'NO_CONTRACT_FOR_PATTERN',
          `@EventPattern(${pattern}) has no message contract; known subjects: ${[...this.contracts.keys()].join(', ')}`,
        );
      }
      routes.push({
        subject: contract.subject,
        contract,
        stream: this.topology.streamFor(contract).name,
        durable: durableNameFor(this.options.service, contract.subject),
        policy: resolveConsumerPolicy(this.options.consumer, this.options.subjects?.[contract.subject]),
      });
    }
    return routes;
  }

  private async handleMessage(route: Route, msg: JsMsg): Promise<void> {
    let failed = false;
    let error: unknown;
    try {
      const payload = parseMessage(route.contract, msg.data);
      await this.invokeHandler(route, payload, msg);
    } catch (caught) {
      failed = true;
      error = caught;
    }
    const outcome = decideOutcome({
      failed,
      error,
      deliveryCount: msg.info.deliveryCount,
      maxDeliver: route.policy.maxDeliver,
      retryDelaysMs: route.policy.retryDelaysMs,
      isPermanentError: this.isPermanentError,
    });
    await this.settle(route, msg, outcome);
  }

  private async invokeHandler(route: Route, payload: unknown, msg: JsMsg): Promise<void> {
    const handler = this.getHandlerByPattern(route.subject);
    if (!handler) throw new MessagingError('NO_CONTRACT_FOR_PATTERN', `no handler for ${route.subject}`);
    const context = new JetStreamContext([msg, route.subject]);
    let streamError: { error: unknown } | undefined;
    try {
      const result = await handler(payload, context);
      if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
    } catch (error) {
      streamError = { error };
    }
    const captured = context.getCapturedError();
    if (captured) throw captured.error;
    if (streamError) {
      this.warnIfErrorCodeLost();
      throw streamError.error;
    }
  }

  /** Applies an outcome to the message. Dead-lettering publishes first: no term without a record. */
  private async settle(route: Route, msg: JsMsg, outcome: Outcome): Promise<void> {
    switch (outcome.kind) {
      case 'ack':
        msg.ack();
        return;
      case 'retry':
        this.logger.warn(
          `${route.subject} #${msg.info.streamSequence} delivery ${msg.info.deliveryCount}/${route.policy.maxDeliver} failed (${outcome.errorCode}: ${outcome.reason}); retry in ${outcome.delayMs}ms`,
        );
        msg.nak(outcome.delayMs);
        return;
      case 'dead-letter':
        try {
          const envelope = buildDeadLetter(msg, {
            logicalSubject: route.subject,
            reason: outcome.reason,
            errorCode: outcome.errorCode,
            service: this.options.service,
            failedAt: new Date(),
          });
          await this.getPublisher().publish(DeadLetterV1, envelope, { msgId: deadLetterMsgId(msg) });
        } catch (error) {
          const delayMs = route.policy.retryDelaysMs[0] ?? 1_000;
          this.logger.error(
            `${route.subject} #${msg.info.streamSequence}: dead-letter publish failed, nak: ${describeError(error)}`,
          );
          msg.nak(delayMs);
          return;
        }
        this.logger.error(
          `${route.subject} #${msg.info.streamSequence} dead-lettered after delivery ${msg.info.deliveryCount} (${outcome.errorCode}: ${outcome.reason})`,
        );
        if (this.termWithReason) msg.term(`${outcome.errorCode}: ${outcome.reason}`.slice(0, 200));
        else msg.term();
        return;
    }
  }

  private warnIfErrorCodeLost(): void {
    if (this.warnedAboutLostErrors) return;
    this.warnedAboutLostErrors = true;
    this.logger.warn(
      'a handler failed but its original error did not reach the transport (no JetStreamErrorInterceptor?); ' +
        'it is treated as transient. Import MessagingModule.forRoot(...) or app.useGlobalInterceptors(new JetStreamErrorInterceptor()).',
    );
  }

  private async watchConnection(nc: NatsConnection): Promise<void> {
    for await (const status of nc.status()) {
      if (status.type === 'disconnect') this._status$.next('disconnected');
      if (status.type === 'reconnecting') this._status$.next('reconnecting');
      if (status.type === 'reconnect') this._status$.next('connected');
      if (status.type === 'error') this.logger.error(`NATS error: ${describeError(status.error)}`);
      for (const listener of this.listeners.get(status.type) ?? []) listener(status);
    }
  }
}
