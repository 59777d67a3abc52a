import { Inject, Injectable } from '@nestjs/common';
import type { ObservationsExtracted } from '@stance/contracts';
import { insertObservations, type ObservationRow, type PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import { PRISMA } from '@stance/nest-platform';
import { AlertDetector } from '../alerts/alert-detector.js';
import { enqueueAlertWork, type PairRange } from '../alerts/alert-work.js';
import { RECOUNT_TOUCHED_BUCKETS_SQL, TOUCHED_PAIR_RANGES_SQL } from '../buckets/bucket-sql.js';
import type { ActorTopicPair } from '../statements/statement-store.js';
import type { Tx } from '../tx.js';
import { latestSetPerArticle } from './latest-set-per-article.js';

export interface StoredSet {
  stored: number;
  /** Whether change detection was queued for pairs this set (or its batch) touched. */
  alertWorkQueued: boolean;
}

/** One removed or new observation, with the set (origin) it belongs to. */
interface TouchedElement {
  codebookId: string;
  actor: string;
  topic: string;
  at: Date;
  clusterId: string | null;
  articleId: string;
}

/**
 * Stores observation sets, many in one transaction: each replaces its article's observations for
 * its codebook, then the union of touched buckets is recounted once from rows and change
 * detection queued once per pair. Every write is a pure function of the stored observations, so
 * arrival order, batching, redelivery and several instances all give the same result.
 */
@Injectable()
export class ObservationSetWriter {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly detector: AlertDetector,
  ) {}

  /**
   * Stores the sets in one transaction; a set whose article is not stored fails alone
   * (`NOT_FOUND`), any other failure fails the whole call and stores nothing. Two sets for the
   * same (article, codebook): the later in `sets` replaces the earlier, as if stored one after
   * the other.
   */
  async storeSets(sets: readonly ObservationsExtracted[]): Promise<PromiseSettledResult<StoredSet>[]> {
    return this.prisma.$transaction((tx) => this.storeSetsIn(tx, sets), { timeout: 120_000 });
  }

  private async storeSetsIn(
    tx: Tx & Pick<PrismaClient, '$executeRaw'>,
    sets: readonly ObservationsExtracted[],
  ): Promise<PromiseSettledResult<StoredSet>[]> {
    const latest = latestSetPerArticle(sets);
    const articles = await lockArticles(tx, latest);
    const missing = (set: ObservationsExtracted) => !articles.has(set.articleId);
    const present = latest.filter((set) => !missing(set));

    const removed = await deletePreviousObservations(tx, present);
    await insertObservations(tx, present.flatMap(toObservationRows));
    await upsertArticleExtractions(tx, present);

    const elements: TouchedElement[] = [];
    for (const set of present) {
      const origin = {
        codebookId: set.codebookId,
        clusterId: articles.get(set.articleId) ?? null,
        articleId: set.articleId,
      };
      const at = new Date(set.observedAt);
      for (const r of removed.get(articleKey(set)) ?? [])
        elements.push({ ...origin, actor: r.actor_key, topic: r.topic_key, at: r.observed_at });
      for (const s of set.statements) elements.push({ ...origin, actor: s.actor, topic: s.topic, at });
    }
    const alertWorkQueued = await this.recountAndQueue(tx, elements);

    const outcome = (set: ObservationsExtracted): PromiseSettledResult<StoredSet> =>
      missing(set)
        ? {
            status: 'rejected',
            reason: new DomainError('NOT_FOUND', `article ${set.articleId} is not stored`),
          }
        : { status: 'fulfilled', value: { stored: distinctStatements(set), alertWorkQueued } };
    // A set replaced by a later one in the same batch answers with what replaced it.
    const byKey = new Map(latest.map((set) => [articleKey(set), set]));
    return sets.map((set) => outcome(byKey.get(articleKey(set))!));
  }

  /** Locks the touched pairs, recounts their buckets and queues detection; true if queued. */
  private async recountAndQueue(tx: Tx, elements: readonly TouchedElement[]): Promise<boolean> {
    if (elements.length === 0) return false;
    const codebookIds = [...new Set(elements.map((e) => e.codebookId))].sort();
    await lockPairs(tx, elements);
    let queued = false;
    for (const codebookId of codebookIds) {
      const params = toElementParams(elements.filter((e) => e.codebookId === codebookId));
      await tx.$executeRawUnsafe(RECOUNT_TOUCHED_BUCKETS_SQL, codebookId, ...params);
      const pairs = distinctPairs(elements.filter((e) => e.codebookId === codebookId));
      // Change detection is owed for the watched pairs; a worker runs it off this path.
      const watched = await this.detector.watchedPairs(tx, pairs);
      if (watched.length === 0) continue;
      const watchedKeys = new Set(watched.map((p) => pairKey(p.actor, p.topic)));
      const ranges = await tx.$queryRawUnsafe<
        { actor_key: string; topic_key: string; from_time: Date; to_time: Date }[]
      >(TOUCHED_PAIR_RANGES_SQL, codebookId, ...params);
      const owed: PairRange[] = ranges
        .filter((r) => watchedKeys.has(pairKey(r.actor_key, r.topic_key)))
        .map((r) => ({ actor: r.actor_key, topic: r.topic_key, from: r.from_time, to: r.to_time }));
      await enqueueAlertWork(tx, codebookId, owed);
      queued = true;
    }
    return queued;
  }
}

function articleKey(set: Pick<ObservationsExtracted, 'articleId' | 'codebookId'>): string {
  return `${set.articleId}:${set.codebookId}`;
}

function pairKey(actor: string, topic: string): string {
  return JSON.stringify([actor, topic]);
}

function distinctPairs(elements: readonly TouchedElement[]): ActorTopicPair[] {
  const keys = [...new Set(elements.map((e) => pairKey(e.actor, e.topic)))].sort();
  return keys.map((k) => {
    const [actor, topic] = JSON.parse(k) as [string, string];
    return { actor, topic };
  });
}

/** Rows are unique per (actor, topic, stance): a repeat within a set is stored once. */
function distinctStatements(set: ObservationsExtracted): number {
  return new Set(set.statements.map((s) => `${s.actor}\u0000${s.topic}\u0000${s.stance}`)).size;
}

/**
 * Takes the advisory locks, in ascending lock-id order so that transactions holding several never
 * deadlock: SQL statements run in this order, and Postgres returns an ordered subquery's rows in
 * that order to the aggregate that calls the lock function.
 */
async function takeLocksInOrder(
  tx: Tx,
  keys: readonly string[],
  mode: 'exclusive' | 'shared',
): Promise<void> {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await tx.$queryRawUnsafe(
    `SELECT count(${fn}(h))::int AS locked
     FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest($1::text[]) AS k ORDER BY h) AS ordered`,
    [...keys],
  );
}

/**
 * One writer per (article, codebook): redeliveries of one set queue up here. Returns the stored
 * articles among them with their near-duplicate cluster (fixed at ingest).
 */
async function lockArticles(
  tx: Tx,
  sets: readonly ObservationsExtracted[],
): Promise<Map<string, string | null>> {
  await takeLocksInOrder(
    tx,
    sets.map((s) => `observations:${s.articleId}:${s.codebookId}`),
    'exclusive',
  );
  const rows = await tx.$queryRawUnsafe<{ id: string; cluster_id: string | null }[]>(
    `SELECT id::text AS id, near_dup_cluster_id AS cluster_id FROM articles WHERE id = ANY($1::uuid[])`,
    [...new Set(sets.map((s) => s.articleId))],
  );
  return new Map(rows.map((r) => [r.id, r.cluster_id]));
}

interface RemovedRow {
  article_id: string;
  codebook_id: string;
  actor_key: string;
  topic_key: string;
  observed_at: Date;
}

async function deletePreviousObservations(
  tx: Tx,
  sets: readonly ObservationsExtracted[],
): Promise<Map<string, RemovedRow[]>> {
  const removed = new Map<string, RemovedRow[]>();
  if (sets.length === 0) return removed;
  const rows = await tx.$queryRawUnsafe<RemovedRow[]>(
    `DELETE FROM observations o USING unnest($1::uuid[], $2::uuid[]) AS s(article_id, codebook_id)
     WHERE o.article_id = s.article_id AND o.codebook_id = s.codebook_id
     RETURNING o.article_id::text AS article_id, o.codebook_id::text AS codebook_id, o.actor_key, o.topic_key, o.observed_at`,
    sets.map((s) => s.articleId),
    sets.map((s) => s.codebookId),
  );
  for (const row of rows) {
    const key = articleKey({ articleId: row.article_id, codebookId: row.codebook_id });
    removed.set(key, [...(removed.get(key) ?? []), row]);
  }
  return removed;
}

function toObservationRows(set: ObservationsExtracted): ObservationRow[] {
  const observedAt = new Date(set.observedAt);
  return set.statements.map((x) => ({
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
  }));
}

async function upsertArticleExtractions(tx: Tx, sets: readonly ObservationsExtracted[]): Promise<void> {
  if (sets.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO article_extractions (article_id, codebook_id, extractor_version, statement_count)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int4[])
     ON CONFLICT (article_id, codebook_id) DO UPDATE
       SET extractor_version = EXCLUDED.extractor_version, statement_count = EXCLUDED.statement_count,
           extracted_at = now()`,
    sets.map((s) => s.articleId),
    sets.map((s) => s.codebookId),
    sets.map((s) => s.extractorVersion),
    sets.map((s) => s.statements.length),
  );
}

/**
 * Locks every touched (codebook, actor, topic): the recount must see every committed observation
 * of the pair, and two transactions must not interleave their upserts. Shared locks on the
 * codebooks keep recounts out of a running rebuild.
 */
async function lockPairs(tx: Tx, elements: readonly TouchedElement[]): Promise<void> {
  await takeLocksInOrder(
    tx,
    elements.map((e) => `rebuild:${e.codebookId}`),
    'shared',
  );
  await takeLocksInOrder(
    tx,
    elements.map((e) => `bucket:${e.codebookId}:${pairKey(e.actor, e.topic)}`),
    'exclusive',
  );
}

/** Parameters $2–$6 of TOUCHED_ELEMENTS_CTE. */
function toElementParams(elements: readonly TouchedElement[]): unknown[] {
  return [
    elements.map((e) => e.actor),
    elements.map((e) => e.topic),
    elements.map((e) => e.at),
    elements.map((e) => e.clusterId),
    elements.map((e) => e.articleId),
  ];
}
