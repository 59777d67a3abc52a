import { statementKey, type Stance, type Statement } from '@stance/positions';
import type { Tx } from '../tx.js';

export interface ActorTopicPair {
  readonly actor: string;
  readonly topic: string;
}

interface StatementRow {
  actor_key: string;
  topic_key: string;
  stance: Stance;
  cluster_id: string | null;
  first_article_id: string;
  weight_micro: bigint | number;
  t: Date;
  observation_ids: string[];
  article_ids: string[];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The deduplicated statements of some (actor, topic) pairs of a codebook, with their evidence
 * (every observation and article merged into each): what change detection walks.
 * `pairs` = null loads the whole codebook (rule evaluation over history).
 */
export async function loadStatements(
  tx: Tx,
  codebookId: string,
  pairs: readonly ActorTopicPair[] | null,
): Promise<Statement[]> {
  if (pairs && pairs.length === 0) return [];
  const rows = await tx.$queryRawUnsafe<StatementRow[]>(
    `SELECT o.actor_key, o.topic_key, o.stance, ar.near_dup_cluster_id AS cluster_id,
            min(o.article_id::text) AS first_article_id,
            max(round(o.confidence * 1000000))::bigint AS weight_micro, min(o.observed_at) AS t,
            array_agg(o.id::text) AS observation_ids, array_agg(DISTINCT o.article_id::text) AS article_ids
     FROM observations o
     JOIN articles ar ON ar.id = o.article_id
     WHERE o.codebook_id = $1::uuid
       AND ($2::text[] IS NULL OR (o.actor_key, o.topic_key) IN (SELECT * FROM unnest($2::text[], $3::text[])))
     GROUP BY o.actor_key, o.topic_key, o.stance, coalesce(ar.near_dup_cluster_id, o.article_id::text),
              ar.near_dup_cluster_id`,
    codebookId,
    pairs ? pairs.map((p) => p.actor) : null,
    pairs ? pairs.map((p) => p.topic) : null,
  );
  return rows.map((r) => ({
    key: statementKey({
      clusterId: r.cluster_id,
      articleId: r.first_article_id,
      actor: r.actor_key,
      topic: r.topic_key,
      stance: r.stance,
    }),
    actor: r.actor_key,
    topic: r.topic_key,
    stance: r.stance,
    weightMicro: Number(r.weight_micro),
    observedAt: r.t,
    observationIds: [...r.observation_ids].sort(byCodeUnit),
    articleIds: [...r.article_ids].sort(byCodeUnit),
  }));
}
