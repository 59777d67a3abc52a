import { headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import {
  jetstream,
  type JetStreamClient,
  type JetStreamPublishOptions,
  type PubAck,
} from '@nats-io/jetstream';
import {
  encodeMessage,
  resolveTopology,
  type InputOf,
  type MessageContract,
  type Topology,
} from '@stance/contracts';
import { connectToNats } from './connection.js';
import { describeError, MessagingError } from './errors.js';
import type { MessagingConnectionOptions } from './options.js';
import { describePipeline, type PipelineStatus } from './pipeline-status.js';
import { ensureStreams } from './stream-setup.js';

export interface PublishOptions {
  /** Idempotency key: a repeat within the stream's duplicate window is stored once. */
  msgId: string;
  headers?: Record<string, string>;
}

export interface PublishResult {
  subject: string;
  stream: string;
  seq: number;
  /** True when the stream already had this msgId: nothing new was stored (not an error). */
  duplicate: boolean;
}

export interface PublishManyOptions {
  /** Publishes awaiting their ack at once. */
  maxInFlight?: number;
}

export interface PublisherConnectOptions extends MessagingConnectionOptions {
  /** Create/update the streams at connect (default true), so a publisher that starts first has somewhere to publish. */
  ensureStreams?: boolean;
  publishTimeoutMs?: number;
}

/**
 * Validated, idempotent JetStream publishing. Plain class: use it from Nest (MessagingModule)
 * or on its own (outbox relay, scripts, tests).
 */
export class JetStreamPublisher {
  private readonly js: JetStreamClient;
  private readonly ownsConnection: boolean;
  readonly topology: Topology;

  constructor(
    private readonly nc: NatsConnection,
    options: { namespace?: string; publishTimeoutMs?: number; ownsConnection?: boolean } = {},
  ) {
    this.js = jetstream(nc, { timeout: options.publishTimeoutMs ?? 10_000 });
    this.topology = resolveTopology(options.namespace);
    this.ownsConnection = options.ownsConnection ?? false;
  }

  /** Opens its own connection (closed by close()). */
  static async connect(options: PublisherConnectOptions): Promise<JetStreamPublisher> {
    const topology = resolveTopology(options.namespace);
    const nc = await connectToNats(options);
    try {
      if (options.ensureStreams ?? true) await ensureStreams(nc, topology);
    } catch (error) {
      await nc.close();
      throw error;
    }
    return new JetStreamPublisher(nc, {
      namespace: options.namespace,
      publishTimeoutMs: options.publishTimeoutMs,
      ownsConnection: true,
    });
  }

  /** Validates, publishes and waits for the stream's ack. Throws ContractViolation or PUBLISH_FAILED. */
  async publish<C extends MessageContract>(
    contract: C,
    payload: InputOf<C>,
    options: PublishOptions,
  ): Promise<PublishResult> {
    const data = encodeMessage(contract, payload);
    return this.send(contract, data, options);
  }

  /**
   * Publishes many messages of one contract, keeping up to maxInFlight unacknowledged at once
   * instead of one round trip each. Everything is validated before the first publish; results
   * come back in input order. A failure rejects the whole call, but messages already stored stay
   * stored: callers retry the batch with the same msgIds and duplicates are dropped.
   */
  async publishMany<C extends MessageContract>(
    contract: C,
    messages: ReadonlyArray<{ payload: InputOf<C>; msgId: string; headers?: Record<string, string> }>,
    options: PublishManyOptions = {},
  ): Promise<PublishResult[]> {
    const maxInFlight = options.maxInFlight ?? 256;
    if (!Number.isInteger(maxInFlight) || maxInFlight < 1) {
      throw new MessagingError(
        'INVALID_OPTIONS',
        `maxInFlight must be a positive integer, got ${maxInFlight}`,
      );
    }
    const encoded = messages.map((m) => ({
      data: encodeMessage(contract, m.payload),
      msgId: m.msgId,
      headers: m.headers,
    }));
    const results: PublishResult[] = new Array(encoded.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < encoded.length) {
        const index = next++;
        const message = encoded[index]!;
        results[index] = await this.send(contract, message.data, message);
      }
    };
    await Promise.all(Array.from({ length: Math.min(maxInFlight, encoded.length) }, worker));
    return results;
  }

  /** Stream sizes, consumer lag and the latest dead letters of this publisher's namespace. */
  async describePipeline(latestDeadLetters?: number): Promise<PipelineStatus> {
    return describePipeline(this.nc, this.topology, latestDeadLetters);
  }

  /** Drains the connection if this publisher opened it; a shared connection is left to its owner. */
  async close(): Promise<void> {
    if (this.ownsConnection && !this.nc.isClosed()) await this.nc.drain();
  }

  private async send(
    contract: MessageContract,
    data: Uint8Array,
    options: PublishOptions,
  ): Promise<PublishResult> {
    if (typeof options.msgId !== 'string' || options.msgId.length === 0) {
      throw new MessagingError('INVALID_OPTIONS', `publish to ${contract.subject} needs a non-empty msgId`);
    }
    const subject = this.topology.subjectFor(contract);
    const publishOptions: Partial<JetStreamPublishOptions> = { msgID: options.msgId };
    if (options.headers) {
      const h = natsHeaders();
      for (const [key, value] of Object.entries(options.headers)) h.set(key, value);
      publishOptions.headers = h;
    }
    let ack: PubAck;
    try {
      ack = await this.js.publish(subject, data, publishOptions);
    } catch (error) {
      throw new MessagingError(
        'PUBLISH_FAILED',
        `publish to ${subject} (msgId ${options.msgId}) failed: ${describeError(error)}`,
        {
          cause: error,
        },
      );
    }
    return { subject, stream: ack.stream, seq: ack.seq, duplicate: ack.duplicate };
  }
}
