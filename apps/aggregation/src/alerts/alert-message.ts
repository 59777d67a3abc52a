import type { AlertFired, AlertKind } from '@stance/contracts';
import type { AlertEvidence } from './alert-store.js';

export interface AlertRow {
  id: string;
  rule_id: string;
  actor_key: string;
  topic_key: string;
  kind: string;
  historical: boolean;
  event_time: Date;
  fired_at: Date;
  summary: string;
  evidence: unknown;
}

export const ALERT_ROW_COLUMNS =
  'a.id, a.rule_id::text AS rule_id, a.actor_key, a.topic_key, a.kind, a.historical, a.event_time, a.fired_at, a.summary, a.evidence';

/** The notification for a stored alert: the `alerts.fired.v1` payload, also the webhook body. */
export function toAlertFired(row: AlertRow): AlertFired {
  const evidence = Array.isArray(row.evidence) ? (row.evidence as AlertEvidence[]) : [];
  return {
    alertId: row.id,
    ruleId: row.rule_id,
    actor: row.actor_key,
    topic: row.topic_key,
    kind: row.kind as AlertKind,
    historical: row.historical,
    firedAt: row.fired_at.toISOString(),
    eventTime: row.event_time.toISOString(),
    summary: row.summary,
    evidence: evidence.map((e) => ({
      observationId: e.observationId,
      articleId: e.articleId,
      ...(e.url ? { url: e.url } : {}),
    })),
  };
}
