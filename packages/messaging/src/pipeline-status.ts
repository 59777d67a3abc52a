import type { NatsConnection } from '@nats-io/nats-core';
import { jetstreamManager } from '@nats-io/jetstream';
import {
  DeadLetterV1,
  validatePayload,
  type DeadLetter,
  type StreamKey,
  type Topology,
} from '@stance/contracts';
import { describeError, MessagingError } from './errors.js';

export interface ConsumerStatus {
  name: string;
  /** Messages in the stream this consumer has not been given yet. */
  pending: number;
  /** Given out, not yet acknowledged. */
  ackPending: number;
  redelivered: number;
}

export interface StreamStatus {
  key: StreamKey;
  name: string;
  messages: number;
  bytes: number;
  lastMessageAt: string | null;
  consumers: ConsumerStatus[];
}

export interface PipelineStatus {
  streams: StreamStatus[];
  deadLetters: { total: number; latest: Array<DeadLetter & { sequence: number }> };
}

/** Lag per consumer and what the dead-letter stream holds: what an operator checks first. */
export async function describePipeline(
  nc: NatsConnection,
  topology: Topology,
  latestDeadLetters = 10,
): Promise<PipelineStatus> {
  try {
    const jsm = await jetstreamManager(nc);
    const streams: StreamStatus[] = [];
    for (const stream of Object.values(topology.streams)) {
      const info = await jsm.streams.info(stream.name);
      const consumers: ConsumerStatus[] = [];
      for await (const c of jsm.consumers.list(stream.name)) {
        consumers.push({
          name: c.name,
          pending: c.num_pending,
          ackPending: c.num_ack_pending,
          redelivered: c.num_redelivered,
        });
      }
      streams.push({
        key: stream.key,
        name: stream.name,
        messages: info.state.messages,
        bytes: info.state.bytes,
        lastMessageAt: info.state.messages > 0 ? info.state.last_ts : null,
        consumers: consumers.sort((a, b) => a.name.localeCompare(b.name)),
      });
    }
    const dead = streams.find((s) => s.key === 'DEADLETTER');
    const latest: Array<DeadLetter & { sequence: number }> = [];
    if (dead && dead.messages > 0) {
      const info = await jsm.streams.info(dead.name);
      for (
        let seq = info.state.last_seq;
        seq >= info.state.first_seq && latest.length < latestDeadLetters;
        seq--
      ) {
        const stored = await jsm.streams.getMessage(dead.name, { seq }).catch(() => null);
        if (stored) latest.push({ ...validatePayload(DeadLetterV1, stored.json()), sequence: seq });
      }
    }
    return { streams, deadLetters: { total: dead?.messages ?? 0, latest } };
  } catch (error) {
    throw new MessagingError('NATS_UNREACHABLE', `cannot read the pipeline state: ${describeError(error)}`, {
      cause: error,
    });
  }
}
