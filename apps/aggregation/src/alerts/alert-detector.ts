import { Inject, Injectable } from '@nestjs/common';
import { detectAlerts, ruleMatches, type AlertKind, type AlertRule } from '@stance/positions';
import { AGGREGATION_CONFIG, type AggregationConfig } from '../aggregation-config.js';
import {
  loadStatements,
  pairKey,
  pairsWithEarlierObservations,
  type ActorTopicPair,
} from '../statements/statement-store.js';
import type { Tx } from '../tx.js';
import { insertAlerts, supersedeStaleAlerts } from './alert-store.js';
import { toAlertRule, type StoredRule } from './rule-settings.js';

export interface DetectionResult {
  /** Alerts the rules produced (already stored ones included). */
  found: number;
  /** Ids of the alerts stored by this run. */
  inserted: string[];
}

/**
 * Runs alert rules over (actor, topic) series on event time and stores what fires. Alerts are a
 * pure function of the stored statements, so re-running after a redelivery or on another instance
 * finds the same ids and stores nothing twice.
 */
@Injectable()
export class AlertDetector {
  constructor(@Inject(AGGREGATION_CONFIG) private readonly config: AggregationConfig) {}

  /**
   * After an observation set: the rules watching the touched pairs, from the earliest touched
   * time on (`findSince` is only asked when some rule watches a touched pair).
   */
  async detectForPairs(
    tx: Tx,
    codebookId: string,
    pairs: readonly ActorTopicPair[],
    now: Date,
    findSince: () => Promise<Date>,
  ): Promise<DetectionResult> {
    const rules = (await loadRules(tx, { activeOnly: true })).map(toAlertRule);
    if (!rules.some((r) => pairs.some((p) => ruleMatches(r, p.actor, p.topic)))) return { found: 0, inserted: [] };
    return this.detect(tx, codebookId, rules, pairs, await findSince(), now);
  }

  /** One rule over the stored history of every pair it watches (alerts at or after `from`). */
  async evaluateRule(tx: Tx, codebookId: string, rule: StoredRule, from?: Date, now: Date = new Date()): Promise<DetectionResult> {
    const pairs = await tx.$queryRawUnsafe<ActorTopicPair[]>(
      `SELECT DISTINCT actor_key AS actor, topic_key AS topic FROM position_buckets
       WHERE codebook_id = $1::uuid AND granularity = 'month'
         AND (cardinality($2::text[]) = 0 OR actor_key = ANY($2::text[]))
         AND (cardinality($3::text[]) = 0 OR topic_key = ANY($3::text[]))`,
      codebookId,
      rule.actors,
      rule.topics,
    );
    return this.detect(tx, codebookId, [toAlertRule(rule)], pairs, from, now);
  }

  private async detect(
    tx: Tx,
    codebookId: string,
    rules: readonly AlertRule[],
    pairs: readonly ActorTopicPair[],
    since: Date | undefined,
    now: Date,
  ): Promise<DetectionResult> {
    const relevant = rules.filter((r) => r.kinds.length > 0 && pairs.some((p) => ruleMatches(r, p.actor, p.topic)));
    if (relevant.length === 0) return { found: 0, inserted: [] };
    const watched = pairs.filter((p) => relevant.some((r) => ruleMatches(r, p.actor, p.topic)));
    let alerts;
    if (since) {
      // Resume at `since`: statements from one window + baseline before it, cooldowns from the
      // stored alerts before it (alerts before `since` cannot have changed).
      const reach = Math.max(...relevant.map((r) => r.windowMs + r.baselineMs));
      const loadFrom = new Date(since.getTime() - reach);
      // One connection per transaction: these run one after the other anyway.
      const statements = await loadStatements(tx, codebookId, watched, loadFrom);
      const priors = await lastAlertsBefore(tx, codebookId, relevant, watched, since);
      const olderPairs = await pairsWithEarlierObservations(tx, codebookId, watched, loadFrom);
      alerts = relevant.flatMap((rule) =>
        detectAlerts(statements, rule, {
          now,
          liveHorizonMs: this.config.liveHorizonMs,
          evaluateFrom: since,
          priorAlertTime: (actor, topic, kind) => priors.get(JSON.stringify([rule.id, actor, topic, kind])),
        }),
      ).filter((a) => a.kind !== 'first' || !olderPairs.has(pairKey(a.actor, a.topic)));
    } else {
      const statements = await loadStatements(tx, codebookId, watched);
      alerts = relevant.flatMap((rule) => detectAlerts(statements, rule, { now, liveHorizonMs: this.config.liveHorizonMs }));
    }
    const series = relevant.flatMap((rule) =>
      watched.filter((p) => ruleMatches(rule, p.actor, p.topic)).map((p) => ({ ruleId: rule.id, ...p })),
    );
    await supersedeStaleAlerts(tx, codebookId, series, since, alerts.map((a) => a.id));
    return { found: alerts.length, inserted: await insertAlerts(tx, codebookId, alerts) };
  }
}

/** The last standing alert before `before` per (rule, actor, topic, kind): where cooldowns resume. */
async function lastAlertsBefore(
  tx: Tx,
  codebookId: string,
  rules: readonly AlertRule[],
  pairs: readonly ActorTopicPair[],
  before: Date,
): Promise<Map<string, Date>> {
  const rows = await tx.$queryRawUnsafe<{ rule_id: string; actor_key: string; topic_key: string; kind: AlertKind; t: Date }[]>(
    `SELECT a.rule_id::text AS rule_id, a.actor_key, a.topic_key, a.kind, max(a.event_time) AS t
     FROM alerts a JOIN unnest($2::text[], $3::text[]) AS p(actor, topic) ON a.actor_key = p.actor AND a.topic_key = p.topic
     WHERE a.codebook_id = $1::uuid AND a.rule_id = ANY($4::uuid[]) AND a.superseded_at IS NULL AND a.event_time < $5
     GROUP BY 1, 2, 3, 4`,
    codebookId,
    pairs.map((p) => p.actor),
    pairs.map((p) => p.topic),
    rules.map((r) => r.id),
    before,
  );
  return new Map(rows.map((r) => [JSON.stringify([r.rule_id, r.actor_key, r.topic_key, r.kind]), r.t]));
}

export async function loadRules(tx: Tx, options: { activeOnly: boolean }): Promise<StoredRule[]> {
  return tx.$queryRawUnsafe<StoredRule[]>(
    `SELECT id::text, name, actors, topics, kinds, settings, muted FROM alert_rules
     WHERE NOT ($1 AND muted) ORDER BY created_at, id`,
    options.activeOnly,
  );
}
