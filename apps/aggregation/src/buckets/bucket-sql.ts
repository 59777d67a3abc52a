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
 * CTEs `elements(actor_key, topic_key, at, cluster_id, article_id)`, one row per removed or new
 * observation of codebook $1 with its set's origin — parameters $2 actors, $3 topics, $4 times,
 * $5 clusters (null when unclustered), $6 articles, parallel arrays — and `own_copies(actor_key,
 * topic_key, observed_at)`: every stored copy, in the same pair, of a set's article or cluster.
 * Adding or removing a copy can move a statement's earliest time from one copy's bucket to
 * another's, so those times are touched too.
 */
export const TOUCHED_ELEMENTS_CTE = `
  elements AS (
    SELECT * FROM unnest($2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::uuid[])
      AS u(actor_key, topic_key, at, cluster_id, article_id)
  ),
  origins AS (SELECT DISTINCT actor_key, topic_key, cluster_id, article_id FROM elements),
  own_copies AS (
    SELECT o.actor_key, o.topic_key, o.observed_at
    FROM origins p
    JOIN articles ar ON ar.near_dup_cluster_id = p.cluster_id
    JOIN observations o ON o.article_id = ar.id AND o.codebook_id = $1::uuid
                       AND o.actor_key = p.actor_key AND o.topic_key = p.topic_key
    UNION ALL
    SELECT o.actor_key, o.topic_key, o.observed_at
    FROM origins p
    JOIN observations o ON o.article_id = p.article_id AND o.codebook_id = $1::uuid
                       AND o.actor_key = p.actor_key AND o.topic_key = p.topic_key
  )`;

/**
 * Recounts the buckets that one or many observation sets of codebook $1 touched (parameters:
 * TOUCHED_ELEMENTS_CTE). Only the touched **days** are counted from statements: every statement
 * lies in exactly one day (its earliest copy's), so a week or month bucket is the sum of its day
 * buckets, which the pair lock keeps current. Week and month are summed from the stored days
 * with the touched days replaced by their fresh counts, weights as integer micro-units (exactly
 * what a rebuild computes). Reading statements per touched day, rather than over a span per
 * pair, keeps a batch of backfilled sets — touching a busy pair at times years apart — from
 * reading its whole history.
 */
export const RECOUNT_TOUCHED_BUCKETS_SQL = `
  WITH ${TOUCHED_ELEMENTS_CTE},
  touched_times AS (
    SELECT actor_key, topic_key, at FROM elements
    UNION
    SELECT actor_key, topic_key, observed_at FROM own_copies
  ),
  touched_days AS (
    SELECT DISTINCT actor_key, topic_key, date_trunc('day', at AT TIME ZONE 'UTC')::date AS day FROM touched_times
  ),
  bounds AS (
    SELECT actor_key, topic_key, day::timestamp AT TIME ZONE 'UTC' AS lo, (day + 1)::timestamp AT TIME ZONE 'UTC' AS hi
    FROM touched_days
  ),
  ${statementsInBoundsCte(false)},
  counted_days AS (
    SELECT k.actor_key, k.topic_key, 'day'::granularity AS granularity, k.day AS bucket_start, ${COUNT_COLUMNS}
    FROM touched_days k
    LEFT JOIN stmts s
      ON s.actor_key = k.actor_key AND s.topic_key = k.topic_key
     AND s.t >= (k.day::timestamp AT TIME ZONE 'UTC') AND s.t < ((k.day + 1)::timestamp AT TIME ZONE 'UTC')
    GROUP BY k.actor_key, k.topic_key, k.day
  ),
  coarse AS (
    SELECT DISTINCT d.actor_key, d.topic_key, g.granularity, date_trunc(g.unit, d.day)::date AS bucket_start,
           (date_trunc(g.unit, d.day) + ('1 ' || g.unit)::interval)::date AS bucket_end
    FROM touched_days d CROSS JOIN (VALUES ('week'::granularity, 'week'), ('month'::granularity, 'month')) AS g(granularity, unit)
  ),
  stored_days AS (
    SELECT DISTINCT p.actor_key, p.topic_key, p.bucket_start AS day,
           round(p.support_weight * 1000000)::bigint AS sw, round(p.oppose_weight * 1000000)::bigint AS ow,
           round(p.neutral_weight * 1000000)::bigint AS nw, p.support_count AS sc, p.oppose_count AS oc,
           p.neutral_count AS nc
    FROM coarse c
    JOIN position_buckets p ON p.codebook_id = $1::uuid AND p.actor_key = c.actor_key AND p.topic_key = c.topic_key
                           AND p.granularity = 'day' AND p.bucket_start >= c.bucket_start AND p.bucket_start < c.bucket_end
    WHERE NOT EXISTS (SELECT 1 FROM touched_days t
                      WHERE t.actor_key = p.actor_key AND t.topic_key = p.topic_key AND t.day = p.bucket_start)
  ),
  all_days AS (
    SELECT actor_key, topic_key, day, sw, ow, nw, sc, oc, nc FROM stored_days
    UNION ALL
    SELECT actor_key, topic_key, bucket_start, sw, ow, nw, sc, oc, nc FROM counted_days
  ),
  counted AS (
    SELECT actor_key, topic_key, granularity, bucket_start, sw, ow, nw, sc, oc, nc FROM counted_days
    UNION ALL
    SELECT c.actor_key, c.topic_key, c.granularity, c.bucket_start,
           coalesce(sum(d.sw), 0), coalesce(sum(d.ow), 0), coalesce(sum(d.nw), 0),
           coalesce(sum(d.sc), 0)::int, coalesce(sum(d.oc), 0)::int, coalesce(sum(d.nc), 0)::int
    FROM coarse c
    LEFT JOIN all_days d ON d.actor_key = c.actor_key AND d.topic_key = c.topic_key
                        AND d.day >= c.bucket_start AND d.day < c.bucket_end
    GROUP BY c.actor_key, c.topic_key, c.granularity, c.bucket_start
  ),
  emptied AS (
    DELETE FROM position_buckets p USING counted c
    WHERE c.sc + c.oc + c.nc = 0 AND p.codebook_id = $1::uuid AND p.actor_key = c.actor_key
      AND p.topic_key = c.topic_key AND p.granularity = c.granularity AND p.bucket_start = c.bucket_start
  )
  ${UPSERT}`;

/**
 * Per touched pair, the earliest and latest time at which its statements may have changed (the
 * range change detection must revisit): its removed and new observations and every copy of
 * them. Parameters as TOUCHED_ELEMENTS_CTE.
 */
export const TOUCHED_PAIR_RANGES_SQL = `
  WITH ${TOUCHED_ELEMENTS_CTE}
  SELECT actor_key, topic_key, min(at) AS from_time, max(at) AS to_time FROM (
    SELECT actor_key, topic_key, at FROM elements
    UNION ALL
    SELECT actor_key, topic_key, observed_at FROM own_copies
  ) x GROUP BY actor_key, topic_key`;

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
