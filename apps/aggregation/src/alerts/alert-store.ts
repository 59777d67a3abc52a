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
        return [{ observationId: id, articleId: row.article_id, ...(URL.canParse(row.url) ? { url: row.url } : {}) }];
      }),
    );
  }
  return result;
}

/** Stores alerts once by their deterministic id; returns the ids that were new. */
export async function insertAlerts(tx: Tx, codebookId: string, alerts: readonly Alert[]): Promise<string[]> {
  if (alerts.length === 0) return [];
  const evidence = await buildEvidence(tx, alerts);
  const inserted = await tx.$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO alerts (id, rule_id, codebook_id, actor_key, topic_key, kind, historical, event_time, summary, evidence, details)
     SELECT u.id, u.rule_id::uuid, $1::uuid, u.actor, u.topic, u.kind, u.historical, u.event_time, u.summary, u.evidence, u.details
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::timestamptz[],
                 $9::text[], $10::jsonb[], $11::jsonb[])
       AS u(id, rule_id, actor, topic, kind, historical, event_time, summary, evidence, details)
     ON CONFLICT (id) DO NOTHING
     RETURNING id`,
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
    alerts.map((a) => JSON.stringify({ ...a.details, windowStart: a.windowStart.toISOString(), windowEnd: a.windowEnd.toISOString() })),
  );
  return inserted.map((r) => r.id);
}
