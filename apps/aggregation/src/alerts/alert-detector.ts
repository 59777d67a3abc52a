import { Inject, Injectable } from '@nestjs/common';
import { detectAlerts, ruleMatches, type AlertRule } from '@stance/positions';
import { AGGREGATION_CONFIG, type AggregationConfig } from '../aggregation-config.js';
import { loadStatements, type ActorTopicPair } from '../statements/statement-store.js';
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

  /** After an observation set: the rules watching the touched pairs, from the earliest touched time on. */
  async detectForPairs(
    tx: Tx,
    codebookId: string,
    pairs: readonly ActorTopicPair[],
    since: Date,
    now: Date = new Date(),
  ): Promise<DetectionResult> {
    const rules = (await loadRules(tx, { activeOnly: true })).map(toAlertRule);
    return this.detect(tx, codebookId, rules, pairs, since, now);
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
    const statements = await loadStatements(tx, codebookId, watched);
    const context = { now, liveHorizonMs: this.config.liveHorizonMs, ...(since ? { evaluateFrom: since } : {}) };
    const alerts = relevant.flatMap((rule) => detectAlerts(statements, rule, context));
    const series = relevant.flatMap((rule) =>
      watched.filter((p) => ruleMatches(rule, p.actor, p.topic)).map((p) => ({ ruleId: rule.id, ...p })),
    );
    await supersedeStaleAlerts(tx, codebookId, series, since, alerts.map((a) => a.id));
    return { found: alerts.length, inserted: await insertAlerts(tx, codebookId, alerts) };
  }
}

export async function loadRules(tx: Tx, options: { activeOnly: boolean }): Promise<StoredRule[]> {
  return tx.$queryRawUnsafe<StoredRule[]>(
    `SELECT id::text, name, actors, topics, kinds, settings, muted FROM alert_rules
     WHERE NOT ($1 AND muted) ORDER BY created_at, id`,
    options.activeOnly,
  );
}
