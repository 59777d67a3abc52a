import { Inject, Injectable } from '@nestjs/common';
import type { ObservationsExtracted } from '@stance/contracts';
import { insertObservations, type PrismaClient } from '@stance/db';
import { PRISMA } from '@stance/nest-platform';

type Tx = Pick<PrismaClient, '$queryRawUnsafe' | '$executeRawUnsafe'>;

/**
 * Stores observation sets and keeps position buckets in step. Every write is a pure function
 * of the stored observations (replace the article's set, then recompute the touched buckets
 * from rows), so arrival order, redelivery and several instances all give the same result.
 */
@Injectable()
export class ObservationsRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async replaceObservationSet(set: ObservationsExtracted): Promise<{ stored: number }> {
    return this.prisma.$transaction(
      async (tx) => {
        // One writer per (article, codebook): redeliveries of the same set queue up here.
        await tx.$executeRawUnsafe(
          'SELECT pg_advisory_xact_lock(hashtext($1))',
          `observations:${set.articleId}:${set.codebookId}`,
        );
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
        await this.recomputeBuckets(tx, set.codebookId, touched);
        return { stored };
      },
      { timeout: 60_000 },
    );
  }

  /** Recounts the day, week and month buckets that the touched observations fall in. */
  private async recomputeBuckets(
    tx: Tx,
    codebookId: string,
    touched: { actor: string; topic: string; at: Date }[],
  ): Promise<void> {
    if (touched.length === 0) return;
    // Lock each (actor, topic) in a fixed order: the recount below must see every committed
    // observation of the pair, and two instances must not interleave their upserts.
    const pairs = [...new Set(touched.map((t) => `${t.actor}|${t.topic}`))].sort();
    for (const pair of pairs) {
      await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtext($1))', `bucket:${codebookId}:${pair}`);
    }
    await tx.$executeRawUnsafe(
      `WITH touched AS (
         SELECT DISTINCT u.a AS actor_key, u.t AS topic_key, g.granularity,
                date_trunc(g.unit, u.at AT TIME ZONE 'UTC')::date AS bucket_start, g.unit
         FROM unnest($2::text[], $3::text[], $4::timestamptz[]) AS u(a, t, at)
         CROSS JOIN (VALUES ('day'::granularity, 'day'), ('week'::granularity, 'week'), ('month'::granularity, 'month'))
           AS g(granularity, unit)
       ),
       counted AS (
         SELECT k.actor_key, k.topic_key, k.granularity, k.bucket_start,
                coalesce(sum(o.confidence) FILTER (WHERE o.stance = 'support'), 0) AS sw,
                coalesce(sum(o.confidence) FILTER (WHERE o.stance = 'oppose'), 0) AS ow,
                coalesce(sum(o.confidence) FILTER (WHERE o.stance = 'neutral'), 0) AS nw,
                count(o.id) FILTER (WHERE o.stance = 'support')::int AS sc,
                count(o.id) FILTER (WHERE o.stance = 'oppose')::int AS oc,
                count(o.id) FILTER (WHERE o.stance = 'neutral')::int AS nc
         FROM touched k
         LEFT JOIN observations o
           ON o.codebook_id = $1::uuid AND o.actor_key = k.actor_key AND o.topic_key = k.topic_key
          AND o.observed_at >= (k.bucket_start::timestamp AT TIME ZONE 'UTC')
          AND o.observed_at < ((k.bucket_start + ('1 ' || k.unit)::interval)::timestamp AT TIME ZONE 'UTC')
         GROUP BY k.actor_key, k.topic_key, k.granularity, k.bucket_start
       ),
       emptied AS (
         DELETE FROM position_buckets p USING counted c
         WHERE c.sc + c.oc + c.nc = 0 AND p.codebook_id = $1::uuid AND p.actor_key = c.actor_key
           AND p.topic_key = c.topic_key AND p.granularity = c.granularity AND p.bucket_start = c.bucket_start
       )
       INSERT INTO position_buckets (codebook_id, actor_key, topic_key, granularity, bucket_start,
         support_weight, oppose_weight, neutral_weight, support_count, oppose_count, neutral_count, updated_at)
       SELECT $1::uuid, actor_key, topic_key, granularity, bucket_start, sw, ow, nw, sc, oc, nc, now()
       FROM counted WHERE sc + oc + nc > 0
       ON CONFLICT (codebook_id, actor_key, topic_key, granularity, bucket_start) DO UPDATE SET
         support_weight = EXCLUDED.support_weight, oppose_weight = EXCLUDED.oppose_weight,
         neutral_weight = EXCLUDED.neutral_weight, support_count = EXCLUDED.support_count,
         oppose_count = EXCLUDED.oppose_count, neutral_count = EXCLUDED.neutral_count, updated_at = now()`,
      codebookId,
      touched.map((t) => t.actor),
      touched.map((t) => t.topic),
      touched.map((t) => t.at),
    );
  }
}
