import { statementKey, type Stance, type Statement } from '@stance/positions';
import { statementsInBoundsCte } from '../buckets/bucket-sql.js';
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
 * The deduplicated statements of some (actor, topic) pairs of a codebook, first reported in
 * [from, until) (open ends when not given), with their evidence: every observation and article
 * merged into each. What change detection walks.
 */
export async function loadStatements(
  tx: Tx,
  codebookId: string,
  pairs: readonly ActorTopicPair[],
  from?: Date,
  until?: Date,
): Promise<Statement[]> {
  if (pairs.length === 0) return [];
  const rows = await tx.$queryRawUnsafe<StatementRow[]>(
    `WITH bounds AS (
       SELECT DISTINCT u.a AS actor_key, u.t AS topic_key,
              coalesce($4::timestamptz, '-infinity'::timestamptz) AS lo, coalesce($5::timestamptz, 'infinity'::timestamptz) AS hi
       FROM unnest($2::text[], $3::text[]) AS u(a, t)
     ),
     ${statementsInBoundsCte(true)}
     SELECT actor_key, topic_key, stance, cluster_id, first_article_id, weight_micro, t, observation_ids, article_ids
     FROM stmts WHERE ($4::timestamptz IS NULL OR t >= $4::timestamptz) AND ($5::timestamptz IS NULL OR t < $5::timestamptz)`,
    codebookId,
    pairs.map((p) => p.actor),
    pairs.map((p) => p.topic),
    from ?? null,
    until ?? null,
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

/** Pairs with an observation before `before`: their first-ever statement lies further back. */
export async function pairsWithEarlierObservations(
  tx: Tx,
  codebookId: string,
  pairs: readonly ActorTopicPair[],
  before: Date,
): Promise<Set<string>> {
  const rows = await tx.$queryRawUnsafe<{ actor: string; topic: string }[]>(
    `SELECT u.a AS actor, u.t AS topic FROM unnest($2::text[], $3::text[]) AS u(a, t)
     WHERE EXISTS (SELECT 1 FROM observations o WHERE o.actor_key = u.a AND o.topic_key = u.t
                   AND o.codebook_id = $1::uuid AND o.observed_at < $4::timestamptz)`,
    codebookId,
    pairs.map((p) => p.actor),
    pairs.map((p) => p.topic),
    before,
  );
  return new Set(rows.map((r) => pairKey(r.actor, r.topic)));
}

export const pairKey = (actor: string, topic: string) => JSON.stringify([actor, topic]);
