import { nanos, type NatsConnection } from '@nats-io/nats-core';
import {
  DiscardPolicy,
  JetStreamApiError,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
  type StreamConfig,
  type StreamUpdateConfig,
} from '@nats-io/jetstream';
import type { ResolvedStream, Topology } from '@stance/contracts';
import { describeError, MessagingError } from './errors.js';

const STREAM_NOT_FOUND = 10059;
const STREAM_NAME_IN_USE = 10058;

export function toNatsStreamConfig(stream: ResolvedStream): Partial<StreamConfig> & { name: string } {
  return {
    name: stream.name,
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    ...toNatsStreamUpdateConfig(stream),
  };
}

/** The part of the stream config that may change after creation. */
export function toNatsStreamUpdateConfig(stream: ResolvedStream): Partial<StreamUpdateConfig> {
  return {
    description: stream.description,
    subjects: [...stream.subjects],
    discard: DiscardPolicy.Old,
    max_age: nanos(stream.maxAgeMs),
    max_bytes: stream.maxBytes,
    max_msg_size: stream.maxMsgSize,
    duplicate_window: nanos(stream.duplicateWindowMs),
    num_replicas: stream.replicas,
  };
}

export function isApiError(error: unknown, errCode: number): boolean {
  return error instanceof JetStreamApiError && error.code === errCode;
}

/**
 * Creates each stream or brings an existing one to the declared config. Safe to run from every
 * service at every boot, also concurrently (a lost creation race becomes an update).
 */
export async function ensureStreams(nc: NatsConnection, topology: Topology): Promise<void> {
  const jsm = await jetstreamManager(nc);
  for (const stream of Object.values(topology.streams)) {
    await ensureStream(jsm, stream);
  }
}

async function ensureStream(jsm: JetStreamManager, stream: ResolvedStream): Promise<void> {
  const config = toNatsStreamConfig(stream);
  try {
    try {
      await jsm.streams.info(stream.name);
    } catch (error) {
      if (!isApiError(error, STREAM_NOT_FOUND)) throw error;
      try {
        await jsm.streams.add(config);
        return;
      } catch (addError) {
        if (!isApiError(addError, STREAM_NAME_IN_USE)) throw addError;
      }
    }
    await jsm.streams.update(stream.name, toNatsStreamUpdateConfig(stream));
  } catch (error) {
    throw new MessagingError(
      'TOPOLOGY_SETUP_FAILED',
      `cannot set up stream ${stream.name}: ${describeError(error)}`,
      {
        cause: error,
      },
    );
  }
}

/** Deletes every stream of a namespace (test cleanup). Refuses the un-namespaced topology. */
export async function deleteStreams(nc: NatsConnection, topology: Topology): Promise<void> {
  if (topology.namespace === undefined) {
    throw new MessagingError(
      'INVALID_OPTIONS',
      'refusing to delete the streams of the un-namespaced topology',
    );
  }
  const jsm = await jetstreamManager(nc);
  for (const stream of Object.values(topology.streams)) {
    try {
      await jsm.streams.delete(stream.name);
    } catch (error) {
      if (!isApiError(error, STREAM_NOT_FOUND)) throw error;
    }
  }
}
