/**
 * JetStream streams, un-namespaced. Limits-based retention on file storage: several services
 * may consume the same stream through their own durable consumers, and Postgres stays the
 * system of record, so the age/size limits only bound how far back a consumer can replay.
 */
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const MIB = 1024 * 1024;

export type StreamKey = 'ARTICLES' | 'OBSERVATIONS' | 'JOBS' | 'ALERTS' | 'DEADLETTER';

export interface StreamDefinition {
  readonly key: StreamKey;
  readonly description: string;
  /** Logical subject patterns (before namespacing). */
  readonly subjects: readonly string[];
  readonly storage: 'file';
  readonly retention: 'limits';
  /** What to drop when a limit is hit: the oldest messages. */
  readonly discard: 'old';
  readonly maxAgeMs: number;
  readonly maxBytes: number;
  readonly maxMsgSize: number;
  /** Window in which a repeated msgID is dropped as a duplicate (outbox relays republish after crashes). */
  readonly duplicateWindowMs: number;
  readonly replicas: number;
}

function defineStream(
  key: StreamKey,
  description: string,
  subjects: readonly string[],
  limits: { maxAgeDays: number; maxBytesMiB: number },
): StreamDefinition {
  return Object.freeze({
    key,
    description,
    subjects: Object.freeze([...subjects]),
    storage: 'file',
    retention: 'limits',
    discard: 'old',
    maxAgeMs: limits.maxAgeDays * DAY_MS,
    maxBytes: limits.maxBytesMiB * MIB,
    maxMsgSize: MIB,
    duplicateWindowMs: 10 * MINUTE_MS,
    replicas: 1,
  });
}

export const STREAM_DEFINITIONS: readonly StreamDefinition[] = Object.freeze([
  defineStream('ARTICLES', 'articles stored by ingest', ['articles.>'], {
    maxAgeDays: 14,
    maxBytesMiB: 1024,
  }),
  defineStream('OBSERVATIONS', 'stance observations per article and codebook', ['observations.>'], {
    maxAgeDays: 14,
    maxBytesMiB: 1024,
  }),
  defineStream('JOBS', 'requested work such as extraction backfills', ['extraction.>', 'jobs.>'], {
    maxAgeDays: 7,
    maxBytesMiB: 256,
  }),
  defineStream('ALERTS', 'alerts fired by aggregation', ['alerts.>'], { maxAgeDays: 30, maxBytesMiB: 256 }),
  defineStream('DEADLETTER', 'messages a consumer gave up on, with the reason', ['deadletter.>'], {
    maxAgeDays: 30,
    maxBytesMiB: 512,
  }),
]);
