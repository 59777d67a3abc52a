/**
 * SQL that derives position buckets from stored rows. A statement is one (origin, actor, topic,
 * stance), where the origin is the article's near-duplicate cluster (or the article itself when
 * unclustered): syndicated copies count once, with the highest confidence of the copies, at the
 * earliest copy's time (docs/aggregation-maths.md §1). Weights are summed as integer
 * micro-units so a sum never depends on row order.
 */

/**
 * Deduplicated statements (CTE `stmts`) of codebook $1: of the (actor, topic) pairs in CTE
 * `pairs(a, t)`, or of the whole codebook.
 */
function statementsCte(scope: 'pairs' | 'codebook'): string {
  const source =
    scope === 'pairs'
      ? `pairs p JOIN observations o ON o.codebook_id = $1::uuid AND o.actor_key = p.a AND o.topic_key = p.t`
      : `observations o`;
  return `
  pair_obs AS (
    SELECT o.actor_key, o.topic_key, o.stance, o.observed_at,
           coalesce(ar.near_dup_cluster_id, o.article_id::text) AS origin,
           round(o.confidence * 1000000)::bigint AS weight_micro
    FROM ${source}
    JOIN articles ar ON ar.id = o.article_id
    ${scope === 'codebook' ? 'WHERE o.codebook_id = $1::uuid' : ''}
  ),
  stmts AS (
    SELECT actor_key, topic_key, stance, origin, max(weight_micro) AS weight_micro, min(observed_at) AS t
    FROM pair_obs
    GROUP BY actor_key, topic_key, stance, origin
  )`;
}

const GRANULARITIES_SQL = `(VALUES ('day'::granularity, 'day'), ('week'::granularity, 'week'), ('month'::granularity, 'month'))
  AS g(granularity, unit)`;

/** Sums of statements per bucket from CTE `stmts`, restricted by `bucketFilter` (SQL over k). */
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
 * Recounts the buckets an observation set touched. Parameters: $1 codebook, $2/$3 touched
 * (actor, topic) pairs, $4 the touched times (removed and new observations), $5 the set's
 * origin. Every copy of the origin in the pair is touched too: adding or removing a copy can move
 * the statement's earliest time from one copy's bucket to another's.
 */
export const RECOUNT_TOUCHED_BUCKETS_SQL = `
  WITH pairs AS (SELECT DISTINCT a, t FROM unnest($2::text[], $3::text[]) AS u(a, t)),
  ${statementsCte('pairs')},
  touched_times AS (
    SELECT u.a AS actor_key, u.t AS topic_key, u.at FROM unnest($2::text[], $3::text[], $4::timestamptz[]) AS u(a, t, at)
    UNION
    SELECT actor_key, topic_key, observed_at FROM pair_obs WHERE origin = $5
  ),
  touched AS (
    SELECT DISTINCT k.actor_key, k.topic_key, g.granularity, g.unit,
           date_trunc(g.unit, k.at AT TIME ZONE 'UTC')::date AS bucket_start
    FROM touched_times k CROSS JOIN ${GRANULARITIES_SQL}
  ),
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
  WITH ${statementsCte('codebook')},
  counted AS (
    SELECT s.actor_key, s.topic_key, g.granularity,
           date_trunc(g.unit, s.t AT TIME ZONE 'UTC')::date AS bucket_start, ${COUNT_COLUMNS}
    FROM stmts s CROSS JOIN ${GRANULARITIES_SQL}
    GROUP BY 1, 2, 3, 4
  )
  ${UPSERT}`;
