import type { Alert } from '@stance/positions';
import type { Tx } from '../tx.js';
import { summarizeAlert } from './alert-summary.js';

export interface AlertEvidence {
  observationId: string;
  articleId: string;
  url?: string;
}

/** Evidence entries for the alert, linking every observation to its article's address. */
async function buildEvidence(tx: Tx, alerts: readonly Alert[]): Promise<Map<string, AlertEvidence[]>> {
  const observationIds = [...new Set(alerts.flatMap((a) => a.evidenceObservationIds))];
  const rows = await tx.$queryRawUnsafe<{ id: string; article_id: string; url: string }[]>(
    `SELECT o.id::text AS id, o.article_id::text AS article_id, ar.url
     FROM observations o JOIN articles ar ON ar.id = o.article_id
     WHERE o.id = ANY($1::bigint[])`,
    observationIds,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const result = new Map<string, AlertEvidence[]>();
  for (const alert of alerts) {
    result.set(
      alert.id,
      alert.evidenceObservationIds.flatMap((id) => {
        const row = byId.get(id);
        if (!row) return [];
        return [
          {
            observationId: id,
            articleId: row.article_id,
            ...(URL.canParse(row.url) ? { url: row.url } : {}),
          },
        ];
      }),
    );
  }
  return result;
}

/** Entries of the evidence that alert lists show (the full list is on the alert itself). */
export const EVIDENCE_PREVIEW = 20;

/**
 * Stores alerts once by their deterministic id (an alert that had been superseded and fires
 * again is reinstated); returns the ids that were new.
 */
export async function insertAlerts(tx: Tx, codebookId: string, alerts: readonly Alert[]): Promise<string[]> {
  if (alerts.length === 0) return [];
  const evidence = await buildEvidence(tx, alerts);
  const rows = await tx.$queryRawUnsafe<{ id: string; inserted: boolean }[]>(
    `INSERT INTO alerts (id, rule_id, codebook_id, actor_key, topic_key, kind, historical, event_time, summary, evidence,
                         evidence_preview, evidence_count, details)
     SELECT u.id, u.rule_id::uuid, $1::uuid, u.actor, u.topic, u.kind, u.historical, u.event_time, u.summary, u.evidence,
            jsonb_path_query_array(u.evidence, '$[0 to ${EVIDENCE_PREVIEW - 1}]'), jsonb_array_length(u.evidence), u.details
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::timestamptz[],
                 $9::text[], $10::jsonb[], $11::jsonb[])
       AS u(id, rule_id, actor, topic, kind, historical, event_time, summary, evidence, details)
     ON CONFLICT (id) DO UPDATE SET superseded_at = NULL WHERE alerts.superseded_at IS NOT NULL
     RETURNING id, (xmax = 0) AS inserted`,
    codebookId,
    alerts.map((a) => a.id),
    alerts.map((a) => a.ruleId),
    alerts.map((a) => a.actor),
    alerts.map((a) => a.topic),
    alerts.map((a) => a.kind),
    alerts.map((a) => a.historical),
    alerts.map((a) => a.eventTime),
    alerts.map((a) => summarizeAlert(a)),
    alerts.map((a) => JSON.stringify(evidence.get(a.id) ?? [])),
    alerts.map((a) =>
      JSON.stringify({
        ...a.details,
        windowStart: a.windowStart.toISOString(),
        windowEnd: a.windowEnd.toISOString(),
      }),
    ),
  );
  return rows.filter((r) => r.inserted).map((r) => r.id);
}

/**
 * Marks stored alerts of these (rule, actor, topic) series at or after `since` that the rules no
 * longer produce: statements that arrived late (earlier event time, e.g. a backfill racing live
 * data) changed the series. With this, the standing alerts are a function of the stored
 * statements whatever their arrival order.
 */
export async function supersedeStaleAlerts(
  tx: Tx,
  codebookId: string,
  series: readonly { ruleId: string; actor: string; topic: string }[],
  since: Date | undefined,
  keepIds: readonly string[],
  until?: Date,
): Promise<number> {
  if (series.length === 0) return 0;
  return tx.$executeRawUnsafe(
    `UPDATE alerts a SET superseded_at = now()
     FROM unnest($2::text[], $3::text[], $4::text[]) AS s(rule_id, actor, topic)
     WHERE a.codebook_id = $1::uuid AND a.rule_id = s.rule_id::uuid AND a.actor_key = s.actor AND a.topic_key = s.topic
       AND a.superseded_at IS NULL AND ($5::timestamptz IS NULL OR a.event_time >= $5)
       AND ($7::timestamptz IS NULL OR a.event_time < $7) AND a.id <> ALL($6::text[])`,
    codebookId,
    series.map((s) => s.ruleId),
    series.map((s) => s.actor),
    series.map((s) => s.topic),
    since ?? null,
    keepIds,
    until ?? null,
  );
}
