import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { PrismaClient } from '@stance/db';
import { PRISMA } from '@stance/nest-platform';
import { NearDuplicateIndex } from '@stance/news-sources';
import { INGEST_CONFIG, type IngestConfig } from '../ingest-config.js';
import { assignClusters, type ClusterAssignment, type FingerprintedArticle } from './assign-clusters.js';
import { bytesToFingerprint, fingerprintToBytes } from './fingerprint-bytes.js';

type Sql = Pick<PrismaClient, '$queryRawUnsafe' | '$executeRawUnsafe'>;

interface IndexedRow {
  id: string;
  fingerprint: Uint8Array;
  near_dup_cluster_id: string;
  near_dup_seq: bigint;
}

/** One lock for the whole database: cluster assignment is serialised across ingest instances. */
const CLUSTER_LOCK_KEY = 7_402_611_223;

interface IndexState {
  index: NearDuplicateIndex;
  /** Highest near_dup_seq this index has seen. */
  watermark: bigint;
}

/**
 * Groups near-duplicate articles into clusters, consistently across several ingest instances:
 * assignment runs inside the storing transaction under a Postgres advisory lock; holding it, the
 * instance first catches its in-memory index up with every article assigned since (by
 * `near_dup_seq`, which grows in lock order), then assigns and numbers the new ones. So each
 * decision sees every earlier committed article of the window, whichever instance stored it,
 * and the in-memory index only ever holds committed rows.
 */
@Injectable()
export class NearDuplicateClusters implements OnApplicationBootstrap {
  private readonly logger = new Logger('near-dup');
  private state: IndexState = { index: new NearDuplicateIndex(), watermark: 0n };
  private rebuilding: Promise<void> | undefined;

  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.rebuild();
    this.logger.log(
      `near-duplicate index: ${this.state.index.size} articles of the last ${this.config.nearDupWindowDays} days`,
    );
  }

  get indexedCount(): number {
    return this.state.index.size;
  }

  fingerprintOf(text: string): Uint32Array {
    return this.state.index.fingerprintOf(text);
  }

  /**
   * Assigns clusters to articles just inserted in `tx` and stores cluster, fingerprint and
   * sequence number with them. Call once per transaction, after the inserts.
   */
  async assignInTransaction(tx: Sql, batch: readonly FingerprintedArticle[]): Promise<ClusterAssignment[]> {
    if (batch.length === 0) return [];
    await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock($1::bigint)', CLUSTER_LOCK_KEY);
    const state = this.state;
    await this.catchUp(tx, state);
    const assignments = assignClusters(state.index, batch);
    const first = state.watermark + 1n;
    await tx.$executeRawUnsafe(
      `UPDATE articles a SET near_dup_cluster_id = t.cluster, fingerprint = decode(t.fp, 'hex'), near_dup_seq = t.seq
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[]) AS t(id, cluster, fp, seq)
       WHERE a.id = t.id`,
      assignments.map((a) => a.id),
      assignments.map((a) => a.clusterId),
      batch.map((b) => Buffer.from(fingerprintToBytes(b.fingerprint)).toString('hex')),
      assignments.map((_, i) => String(first + BigInt(i))),
    );
    this.rebuildWhenOversized();
    return assignments;
  }

  /** Adds every article assigned since the index's watermark (by any instance), in order. */
  private async catchUp(tx: Sql, state: IndexState): Promise<void> {
    const rows = await tx.$queryRawUnsafe<IndexedRow[]>(
      `SELECT id::text, fingerprint, near_dup_cluster_id, near_dup_seq FROM articles
       WHERE near_dup_seq > $1::bigint ORDER BY near_dup_seq`,
      String(state.watermark),
    );
    this.addRows(state, rows);
  }

  private addRows(state: IndexState, rows: readonly IndexedRow[]): void {
    for (const row of rows) {
      if (!state.index.has(row.id)) {
        state.index.addFingerprint(row.id, bytesToFingerprint(row.fingerprint), row.near_dup_cluster_id);
      }
      if (row.near_dup_seq > state.watermark) state.watermark = row.near_dup_seq;
    }
  }

  /**
   * Loads the window: articles ingested in the last `nearDupWindowDays` days, at most
   * `nearDupMaxArticles` of the newest. Copies outside it start their own cluster.
   */
  async rebuild(): Promise<void> {
    const rows = await this.prisma.$queryRawUnsafe<IndexedRow[]>(
      `SELECT * FROM (
         SELECT id::text, fingerprint, near_dup_cluster_id, near_dup_seq FROM articles
         WHERE near_dup_seq IS NOT NULL AND ingested_at >= now() - make_interval(days => $1)
         ORDER BY near_dup_seq DESC LIMIT $2) newest
       ORDER BY near_dup_seq`,
      this.config.nearDupWindowDays,
      this.config.nearDupMaxArticles,
    );
    const [top] = await this.prisma.$queryRawUnsafe<{ seq: bigint | null }[]>(
      'SELECT max(near_dup_seq) AS seq FROM articles',
    );
    const state: IndexState = { index: new NearDuplicateIndex(), watermark: 0n };
    this.addRows(state, rows);
    // Articles older than the window are not loaded, but they are not "new" either.
    if (rows.length === 0 && top?.seq) state.watermark = top.seq;
    this.state = state;
  }

  /** The index only grows between rebuilds; past 1.5 × the bound, reload the window in the background. */
  private rebuildWhenOversized(): void {
    if (this.rebuilding || this.state.index.size <= this.config.nearDupMaxArticles * 1.5) return;
    this.rebuilding = this.rebuild()
      .catch((error: unknown) =>
        this.logger.warn(`cannot rebuild the near-duplicate index: ${(error as Error).message}`),
      )
      .finally(() => {
        this.rebuilding = undefined;
      });
  }
}
