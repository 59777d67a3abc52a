import { Inject, Injectable } from '@nestjs/common';
import type { ObservationsExtracted } from '@stance/contracts';
import { insertObservations, type PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import { PRISMA } from '@stance/nest-platform';
import { AlertDetector, type TouchedRange } from '../alerts/alert-detector.js';
import { enqueueAlertWork } from '../alerts/alert-work.js';
import { REBUILD_CODEBOOK_BUCKETS_SQL, RECOUNT_TOUCHED_BUCKETS_SQL } from '../buckets/bucket-sql.js';
import type { ActorTopicPair } from '../statements/statement-store.js';
import type { Tx } from '../tx.js';

export interface StoredSet {
  stored: number;
  /** Whether change detection was queued for pairs this set touched. */
  alertWorkQueued: boolean;
}

/**
 * Stores observation sets and keeps position buckets in step, and queues the change detection
 * the set makes necessary. Every write is a pure function of the stored observations (replace
 * the article's set, then recompute the touched buckets from rows), so arrival order,
 * redelivery and several instances all give the same result.
 */
@Injectable()
export class ObservationsRepository {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly detector: AlertDetector,
  ) {}

  async replaceObservationSet(set: ObservationsExtracted): Promise<StoredSet> {
    return this.prisma.$transaction(
      async (tx) => {
        // One writer per (article, codebook): redeliveries of the same set queue up here. The
        // article's cluster is fixed at ingest, so it can be read in the same round trip.
        const [article] = await tx.$queryRawUnsafe<{ found: boolean; cluster_id: string | null }[]>(
          `SELECT pg_advisory_xact_lock(hashtext($1)) IS NOT NULL AS locked,
                  EXISTS (SELECT 1 FROM articles WHERE id = $2::uuid) AS found,
                  (SELECT near_dup_cluster_id FROM articles WHERE id = $2::uuid) AS cluster_id`,
          `observations:${set.articleId}:${set.codebookId}`,
          set.articleId,
        );
        if (!article?.found) throw new DomainError('NOT_FOUND', `article ${set.articleId} is not stored`);
        const removed = await tx.$queryRawUnsafe<{ actor_key: string; topic_key: string; observed_at: Date }[]>(
          `DELETE FROM observations WHERE article_id = $1::uuid AND codebook_id = $2::uuid
           RETURNING actor_key, topic_key, observed_at`,
          set.articleId,
          set.codebookId,
        );
        const s = set.statements;
        const observedAt = new Date(set.observedAt);
        const stored = await insertObservations(
          tx,
          s.map((x) => ({
            articleId: set.articleId,
            codebookId: set.codebookId,
            actorKey: x.actor,
            topicKey: x.topic,
            stance: x.stance,
            confidence: x.confidence,
            evidence: x.evidence,
            evidenceStart: x.start,
            evidenceEnd: x.end,
            extractorVersion: set.extractorVersion,
            observedAt,
          })),
        );
        await tx.$executeRawUnsafe(
          `INSERT INTO article_extractions (article_id, codebook_id, extractor_version, statement_count)
           VALUES ($1::uuid, $2::uuid, $3, $4)
           ON CONFLICT (article_id, codebook_id) DO UPDATE
             SET extractor_version = EXCLUDED.extractor_version, statement_count = EXCLUDED.statement_count,
                 extracted_at = now()`,
          set.articleId,
          set.codebookId,
          set.extractorVersion,
          s.length,
        );
        const touched = [
          ...removed.map((r) => ({ actor: r.actor_key, topic: r.topic_key, at: r.observed_at })),
          ...s.map((x) => ({ actor: x.actor, topic: x.topic, at: observedAt })),
        ];
        if (touched.length === 0) return { stored, alertWorkQueued: false };
        const pairs = await lockPairs(tx, set.codebookId, touched);
        const origin = { clusterId: article.cluster_id, articleId: set.articleId };
        await recountBuckets(tx, set.codebookId, touched, origin);
        // Change detection is owed for the watched pairs; a worker runs it off this path.
        const watched = await this.detector.watchedPairs(tx, pairs);
        if (watched.length > 0) {
          await enqueueAlertWork(tx, set.codebookId, watched, await touchedRange(tx, set.codebookId, pairs, origin, touched));
        }
        return { stored, alertWorkQueued: watched.length > 0 };
      },
      { timeout: 60_000 },
    );
  }

  /**
   * Recomputes every bucket of a codebook from its stored observations: after a bulk load, or to
   * rebuild a codebook version's aggregates from scratch. Returns the number of bucket rows.
   */
  async rebuildCodebookBuckets(codebookId: string): Promise<number> {
    return this.prisma.$transaction(
      async (tx) => {
        // Exclusive against per-set recounts of this codebook for the whole rebuild.
        await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtext($1))', `rebuild:${codebookId}`);
        await tx.$executeRawUnsafe('DELETE FROM position_buckets WHERE codebook_id = $1::uuid', codebookId);
        return tx.$executeRawUnsafe(REBUILD_CODEBOOK_BUCKETS_SQL, codebookId);
      },
      { timeout: 30 * 60_000 },
    );
  }
}

type Touched = { actor: string; topic: string; at: Date };

/**
 * Locks each touched (actor, topic) in a fixed order: the recount must see every committed
 * observation of the pair, and two instances must not interleave their upserts. A shared lock on
 * the codebook keeps recounts out of a running rebuild.
 */
async function lockPairs(tx: Tx, codebookId: string, touched: readonly Touched[]): Promise<ActorTopicPair[]> {
  const keys = [...new Set(touched.map((t) => JSON.stringify([t.actor, t.topic])))].sort();
  // One round trip; unnest yields the keys in array order, so locks are taken in sorted order.
  await tx.$queryRawUnsafe(
    `SELECT pg_advisory_xact_lock_shared(hashtext($1)) IS NOT NULL AS shared,
            (SELECT count(pg_advisory_xact_lock(hashtext(k))) FROM unnest($2::text[]) AS k) AS pairs`,
    `rebuild:${codebookId}`,
    keys.map((k) => `bucket:${codebookId}:${k}`),
  );
  return keys.map((k) => {
    const [actor, topic] = JSON.parse(k) as [string, string];
    return { actor, topic };
  });
}

/** The set's article and its near-duplicate cluster: whose copies a set can move. */
interface Origin {
  clusterId: string | null;
  articleId: string;
}

async function recountBuckets(tx: Tx, codebookId: string, touched: readonly Touched[], origin: Origin): Promise<void> {
  await tx.$executeRawUnsafe(
    RECOUNT_TOUCHED_BUCKETS_SQL,
    codebookId,
    touched.map((t) => t.actor),
    touched.map((t) => t.topic),
    touched.map((t) => t.at),
    origin.clusterId,
    origin.articleId,
  );
}

/**
 * Where alerts may have changed: from the earliest to the latest time of any touched observation
 * or any copy of the set's statements (a copy's removal can move a statement's time).
 */
async function touchedRange(
  tx: Tx,
  codebookId: string,
  pairs: readonly ActorTopicPair[],
  origin: Origin,
  touched: readonly Touched[],
): Promise<TouchedRange> {
  const [row] = await tx.$queryRawUnsafe<{ t: Date | null; u: Date | null }[]>(
    `SELECT min(o.observed_at) AS t, max(o.observed_at) AS u FROM articles ar
     JOIN observations o ON o.article_id = ar.id AND o.codebook_id = $1::uuid
     WHERE (ar.near_dup_cluster_id = $2 OR ar.id = $3::uuid)
       AND (o.actor_key, o.topic_key) IN (SELECT * FROM unnest($4::text[], $5::text[]))`,
    codebookId,
    origin.clusterId,
    origin.articleId,
    pairs.map((p) => p.actor),
    pairs.map((p) => p.topic),
  );
  const times = touched.map((t) => t.at.getTime());
  if (row?.t) times.push(row.t.getTime());
  if (row?.u) times.push(row.u.getTime());
  return { from: new Date(Math.min(...times)), to: new Date(Math.max(...times)) };
}
