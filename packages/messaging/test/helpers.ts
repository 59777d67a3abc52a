import { randomBytes, randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import {
  DeadLetterV1,
  parseMessage,
  resolveTopology,
  type DeadLetter,
  type Topology,
} from '@stance/contracts';
import { connectToNats, deleteStreams } from '../src/index.js';

export const NATS_URL = 'nats://127.0.0.1:4222';

/** A namespace nobody else uses, so parallel runs never share streams. */
export function randomNamespace(): string {
  return `t-${randomBytes(4).toString('hex')}`;
}

export interface NatsFixture {
  namespace: string;
  topology: Topology;
  nc: NatsConnection;
  cleanup(): Promise<void>;
}

export async function openFixture(): Promise<NatsFixture> {
  const namespace = randomNamespace();
  const topology = resolveTopology(namespace);
  const nc = await connectToNats({ servers: NATS_URL });
  return {
    namespace,
    topology,
    nc,
    async cleanup() {
      await deleteStreams(nc, topology);
      await nc.close();
    },
  };
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs}ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function readDeadLetters(nc: NatsConnection, topology: Topology): Promise<DeadLetter[]> {
  const jsm = await jetstreamManager(nc);
  const name = topology.streams.DEADLETTER.name;
  const info = await jsm.streams.info(name);
  const letters: DeadLetter[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
    const stored = await jsm.streams.getMessage(name, { seq });
    if (stored) letters.push(parseMessage(DeadLetterV1, stored.data));
  }
  return letters;
}

export async function streamMessageCount(nc: NatsConnection, stream: string): Promise<number> {
  const jsm = await jetstreamManager(nc);
  return (await jsm.streams.info(stream)).state.messages;
}

export function articleIngested(articleId: string = randomUUID()) {
  return { articleId, lang: 'en', publishedAt: null, ingestedAt: new Date().toISOString() };
}

export function codedError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}
