import { ApiError, callApi } from './api.js';

/** Overview figures from the read API and ingest (endpoints that may not exist yet are null). */
export interface Mover {
  actor: string;
  topic: string;
  /** Change of the net position over the window. */
  change: number;
}

export interface VolumePoint {
  bucketStart: string;
  articles: number;
  statements: number;
}

export interface FeedHealth {
  url: string;
  title: string | null;
  healthy: boolean;
  lastError: string | null;
}

export interface IngestHealth {
  unpublished: number;
  deadLetters: number | null;
  /** null: ingest has no feeds endpoint; 'forbidden': it needs an admin key. */
  feeds: FeedHealth[] | 'forbidden' | null;
}

type Raw = Record<string, unknown>;
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));

/** Default start of "all time" windows: before any news the codebook covers. */
export const ALL_TIME_FROM = '2000-01-01';

/** Pairs whose net score moved most in the week before `at` against the four weeks before that. */
export async function getMovers(at: string | undefined): Promise<Mover[]> {
  const res = await callApi<{ items: Raw[] }>('aggregation', '/movers', {
    query: { at, limit: 10, minStatements: 1 },
  });
  return res.items.map((m) => ({ actor: String(m.actor), topic: String(m.topic), change: num(m.delta) }));
}

/** Articles and statements per bucket over [from, to). */
export async function getVolume(
  from: string,
  to: string | undefined,
  granularity: string,
): Promise<VolumePoint[]> {
  const res = await callApi<{ volume: Raw[] }>('aggregation', '/overview', {
    query: { from, to, granularity },
  });
  return res.volume.map((p) => ({
    bucketStart: String(p.bucketStart),
    articles: num(p.articles),
    statements: num(p.statements),
  }));
}

/** Ingest's health answer, the pipeline's dead letters, and the feeds list (admin keys). */
export async function getIngestHealth(): Promise<IngestHealth> {
  const [health, deadLetters, feeds] = await Promise.all([
    callApi<Raw>('ingest', '/health'),
    countDeadLetters(),
    listFeeds(),
  ]);
  return { unpublished: num(health.unpublished), deadLetters, feeds };
}

/** Messages a consumer gave up on (GET /pipeline on aggregation); null when unreadable. */
async function countDeadLetters(): Promise<number | null> {
  try {
    const res = await callApi<{ deadLetters?: { total?: unknown } }>('aggregation', '/pipeline');
    return typeof res.deadLetters?.total === 'number' ? res.deadLetters.total : null;
  } catch {
    return null;
  }
}

async function listFeeds(): Promise<FeedHealth[] | 'forbidden' | null> {
  try {
    const res = await callApi<{ feeds?: Raw[]; items?: Raw[] }>('ingest', '/feeds');
    return (res.feeds ?? res.items ?? []).map((f) => ({
      url: String(f.url),
      title: typeof f.title === 'string' ? f.title : null,
      healthy: num(f.consecutiveFailures) === 0,
      lastError: typeof f.lastError === 'string' ? f.lastError : null,
    }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return 'forbidden';
    if (error instanceof ApiError && error.missing) return null;
    throw error;
  }
}

/** null when the endpoint does not exist on this server (yet). */
export async function optional<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ApiError && (error.missing || error.status === 403)) return null;
    throw error;
  }
}
