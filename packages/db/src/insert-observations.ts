import type { PrismaClient } from './generated/prisma/client.js';
import { type ObservationRow, toObservationColumns } from './observation-rows.js';

/** A PrismaClient or an interactive-transaction client: anything that can run `$executeRaw`. */
export type RawSqlExecutor = Pick<PrismaClient, '$executeRaw'>;

/**
 * Inserts observations in one statement (`INSERT … SELECT FROM unnest(column arrays)`), about ten
 * times faster than createMany. A row whose (article, codebook, actor, topic, stance) is already
 * stored is skipped, so redelivered extraction results are harmless. Returns how many rows were
 * new. One call is one statement, so it is atomic; callers choose the batch size.
 */
export async function insertObservations(
  prisma: RawSqlExecutor,
  rows: readonly ObservationRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const c = toObservationColumns(rows);
  // Arrays travel as text/number arrays and are cast here, which also checks stance values
  // against the enum and timestamps against timestamptz.
  return prisma.$executeRaw`
    INSERT INTO observations (
      article_id, codebook_id, actor_key, topic_key, stance, score, confidence,
      evidence, evidence_start, evidence_end, extractor_version, observed_at
    )
    SELECT * FROM unnest(
      ${c.articleIds}::uuid[], ${c.codebookIds}::uuid[], ${c.actorKeys}::text[], ${c.topicKeys}::text[],
      ${c.stances}::stance[], ${c.scores}::float8[], ${c.confidences}::float8[],
      ${c.evidences}::text[], ${c.evidenceStarts}::int4[], ${c.evidenceEnds}::int4[],
      ${c.extractorVersions}::text[], ${c.observedAts}::timestamptz[]
    )
    ON CONFLICT (article_id, codebook_id, actor_key, topic_key, stance) DO NOTHING`;
}
