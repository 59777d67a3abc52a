/**
 * SQL that derives position buckets from stored rows. A statement is one (origin, actor, topic,
 * stance), where the origin is the article's near-duplicate cluster (or the article itself when
 * unclustered): syndicated copies count once, with the highest confidence of the copies, at the
 * earliest copy's time (docs/aggregation-maths.md §1). Weights are summed as integer
 * micro-units so a sum never depends on row order.
 */

/**
 * CTE `stmts(actor_key, topic_key, stance, origin, cluster_id, first_article_id, weight_micro, t
 * [, observation_ids, article_ids])` of codebook $1: the statements with a copy inside the
 * per-pair time ranges of CTE `bounds(actor_key, topic_key, lo, hi)` (all copies of such a
 * statement are merged, wherever they are). Reading only the range keeps a set's work small
 * however long a busy pair's history is.
 */
export function statementsInBoundsCte(withEvidence: boolean): string {
  const copyColumns = 'o.id, o.article_id, o.actor_key, o.topic_key, o.stance, o.observed_at, o.confidence';
  return `
  window_origins AS (
    SELECT DISTINCT o.actor_key, o.topic_key, ar.near_dup_cluster_id AS cluster_id,
           CASE WHEN ar.near_dup_cluster_id IS NULL THEN o.article_id END AS solo_article_id
    FROM bounds b
    JOIN observations o ON o.codebook_id = $1::uuid AND o.actor_key = b.actor_key AND o.topic_key = b.topic_key
                       AND o.observed_at >= b.lo AND o.observed_at < b.hi
    JOIN articles ar ON ar.id = o.article_id
  ),
  copies AS (
    SELECT ${copyColumns}, w.cluster_id, w.cluster_id AS origin
    FROM window_origins w
    JOIN articles ar ON ar.near_dup_cluster_id = w.cluster_id
    JOIN observations o ON o.article_id = ar.id AND o.codebook_id = $1::uuid
                       AND o.actor_key = w.actor_key AND o.topic_key = w.topic_key
    WHERE w.cluster_id IS NOT NULL
    UNION ALL
    SELECT ${copyColumns}, NULL::text, o.article_id::text
    FROM window_origins w
    JOIN observations o ON o.article_id = w.solo_article_id AND o.codebook_id = $1::uuid
                       AND o.actor_key = w.actor_key AND o.topic_key = w.topic_key
    WHERE w.cluster_id IS NULL
  ),
  stmts AS (
    SELECT actor_key, topic_key, stance, origin, cluster_id, min(article_id::text) AS first_article_id,
           max(round(confidence * 1000000))::bigint AS weight_micro, min(observed_at) AS t
           ${withEvidence ? ', array_agg(id::text) AS observation_ids, array_agg(DISTINCT article_id::text) AS article_ids' : ''}
    FROM copies
    GROUP BY actor_key, topic_key, stance, origin, cluster_id
  )`;
}

const GRANULARITIES_SQL = `(VALUES ('day'::granularity, 'day'), ('week'::granularity, 'week'), ('month'::granularity, 'month'))
  AS g(granularity, unit)`;

const COUNT_COLUMNS = `
  coalesce(sum(s.weight_micro) FILTER (WHERE s.stance = 'support'), 0) AS sw,
  coalesce(sum(s.weight_micro) FILTER (WHERE s.stance = 'oppose'), 0) AS ow,
  coalesce(sum(s.weight_micro) FILTER (WHERE s.stance = 'neutral'), 0) AS nw,
  count(s.stance) FILTER (WHERE s.stance = 'support')::int AS sc,
  count(s.stance) FILTER (WHERE s.stance = 'oppose')::int AS oc,
  count(s.stance) FILTER (WHERE s.stance = 'neutral')::int AS nc`;

const UPSERT = `
  INSERT INTO position_buckets (codebook_id, actor_key, topic_key, granularity, bucket_start,
    support_weight, oppose_weight, neutral_weight, support_count, oppose_count, neutral_count, updated_at)
  SELECT $1::uuid, actor_key, topic_key, granularity, bucket_start,
         sw / 1000000.0, ow / 1000000.0, nw / 1000000.0, sc, oc, nc, now()
  FROM counted WHERE sc + oc + nc > 0
  ON CONFLICT (codebook_id, actor_key, topic_key, granularity, bucket_start) DO UPDATE SET
    support_weight = EXCLUDED.support_weight, oppose_weight = EXCLUDED.oppose_weight,
    neutral_weight = EXCLUDED.neutral_weight, support_count = EXCLUDED.support_count,
    oppose_count = EXCLUDED.oppose_count, neutral_count = EXCLUDED.neutral_count, updated_at = now()`;

/**
 * Recounts the buckets an observation set touched. Parameters: $1 codebook, $2/$3/$4 the
 * (actor, topic, time) of every removed and new observation, $5 the set's cluster (or null),
 * $6 the set's article. Every copy of the set's statements is touched too: adding or removing a
 * copy can move a statement's earliest time from one copy's bucket to another's.
 */
export const RECOUNT_TOUCHED_BUCKETS_SQL = `
  WITH pairs AS (SELECT DISTINCT a, t FROM unnest($2::text[], $3::text[]) AS u(a, t)),
  own_copies AS (
    SELECT o.actor_key, o.topic_key, o.observed_at
    FROM articles ar
    JOIN observations o ON o.article_id = ar.id AND o.codebook_id = $1::uuid
    JOIN pairs p ON p.a = o.actor_key AND p.t = o.topic_key
    WHERE ar.near_dup_cluster_id = $5 OR ar.id = $6::uuid
  ),
  touched_times AS (
    SELECT u.a AS actor_key, u.t AS topic_key, u.at FROM unnest($2::text[], $3::text[], $4::timestamptz[]) AS u(a, t, at)
    UNION
    SELECT actor_key, topic_key, observed_at FROM own_copies
  ),
  touched AS (
    SELECT DISTINCT k.actor_key, k.topic_key, g.granularity, g.unit,
           date_trunc(g.unit, k.at AT TIME ZONE 'UTC')::date AS bucket_start
    FROM touched_times k CROSS JOIN ${GRANULARITIES_SQL}
  ),
  bounds AS (
    SELECT actor_key, topic_key,
           min(bucket_start)::timestamp AT TIME ZONE 'UTC' AS lo,
           max(bucket_start + ('1 ' || unit)::interval)::timestamp AT TIME ZONE 'UTC' AS hi
    FROM touched GROUP BY actor_key, topic_key
  ),
  ${statementsInBoundsCte(false)},
  counted AS (
    SELECT k.actor_key, k.topic_key, k.granularity, k.bucket_start, ${COUNT_COLUMNS}
    FROM touched k
    LEFT JOIN stmts s
      ON s.actor_key = k.actor_key AND s.topic_key = k.topic_key
     AND s.t >= (k.bucket_start::timestamp AT TIME ZONE 'UTC')
     AND s.t < ((k.bucket_start + ('1 ' || k.unit)::interval)::timestamp AT TIME ZONE 'UTC')
    GROUP BY k.actor_key, k.topic_key, k.granularity, k.bucket_start
  ),
  emptied AS (
    DELETE FROM position_buckets p USING counted c
    WHERE c.sc + c.oc + c.nc = 0 AND p.codebook_id = $1::uuid AND p.actor_key = c.actor_key
      AND p.topic_key = c.topic_key AND p.granularity = c.granularity AND p.bucket_start = c.bucket_start
  )
  ${UPSERT}`;

/** Rebuilds every bucket of codebook $1 from its stored observations (after bulk loads, re-extraction). */
export const REBUILD_CODEBOOK_BUCKETS_SQL = `
  WITH copies AS (
    SELECT o.actor_key, o.topic_key, o.stance, o.observed_at, o.confidence,
           coalesce(ar.near_dup_cluster_id, o.article_id::text) AS origin
    FROM observations o JOIN articles ar ON ar.id = o.article_id
    WHERE o.codebook_id = $1::uuid
  ),
  stmts AS (
    SELECT actor_key, topic_key, stance, origin,
           max(round(confidence * 1000000))::bigint AS weight_micro, min(observed_at) AS t
    FROM copies GROUP BY actor_key, topic_key, stance, origin
  ),
  counted AS (
    SELECT s.actor_key, s.topic_key, g.granularity,
           date_trunc(g.unit, s.t AT TIME ZONE 'UTC')::date AS bucket_start, ${COUNT_COLUMNS}
    FROM stmts s CROSS JOIN ${GRANULARITIES_SQL}
    GROUP BY 1, 2, 3, 4
  )
  ${UPSERT}`;
