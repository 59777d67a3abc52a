import { Inject, Injectable } from '@nestjs/common';
import { detectAlerts, ruleMatches, type Alert, type AlertKind, type AlertRule } from '@stance/positions';
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

  /** The pairs some unmuted rule watches (for which a set owes change detection). */
  async watchedPairs(tx: Tx, pairs: readonly ActorTopicPair[]): Promise<ActorTopicPair[]> {
    const rules = (await loadRules(tx, { activeOnly: true }))
      .map(toAlertRule)
      .filter((r) => r.kinds.length > 0);
    return pairs.filter((p) => rules.some((r) => ruleMatches(r, p.actor, p.topic)));
  }

  /**
   * After an observation set: the rules watching the touched pairs, from the earliest touched
   * time on (`findTouched` is only asked when some rule watches a touched pair).
   */
  async detectForPairs(
    tx: Tx,
    codebookId: string,
    pairs: readonly ActorTopicPair[],
    now: Date,
    findTouched: () => Promise<TouchedRange>,
  ): Promise<DetectionResult> {
    const rules = (await loadRules(tx, { activeOnly: true })).map(toAlertRule);
    const relevant = rules.filter(
      (r) => r.kinds.length > 0 && pairs.some((p) => ruleMatches(r, p.actor, p.topic)),
    );
    if (relevant.length === 0) return { found: 0, inserted: [] };
    const watched = pairs.filter((p) => relevant.some((r) => ruleMatches(r, p.actor, p.topic)));
    const touched = await findTouched();
    const bounded = await this.detectBounded(tx, codebookId, relevant, watched, touched, now);
    return bounded ?? this.detect(tx, codebookId, relevant, watched, touched.from, now);
  }

  /** One rule over the stored history of every pair it watches (alerts at or after `from`). */
  async evaluateRule(
    tx: Tx,
    codebookId: string,
    rule: StoredRule,
    from?: Date,
    now: Date = new Date(),
  ): Promise<DetectionResult> {
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

  /**
   * The cheap path after a set: a change at event times [from, to] can only alter the conditions
   * at points before `to` + window + baseline (= horizon). Points after it see the same windows;
   * they can differ only through the cooldown, i.e. if the last alert of some kind before the
   * horizon changed. So evaluate [from, horizon) and, when those last alerts (and any "first")
   * match what is stored, everything after the horizon stands. Returns null when they do not
   * (the caller then re-evaluates from `from` to the end).
   */
  private async detectBounded(
    tx: Tx,
    codebookId: string,
    rules: readonly AlertRule[],
    pairs: readonly ActorTopicPair[],
    touched: TouchedRange,
    now: Date,
  ): Promise<DetectionResult | null> {
    const reach = Math.max(...rules.map((r) => r.windowMs + r.baselineMs));
    const horizon = new Date(touched.to.getTime() + reach);
    const alerts = await this.resume(tx, codebookId, rules, pairs, touched.from, horizon, now);
    const stored = await standingAlerts(tx, codebookId, rules, pairs, touched.from, horizon);
    const lastByKind = (
      list: readonly { ruleId: string; actor: string; topic: string; kind: string; time: number }[],
    ) => {
      const last = new Map<string, number>();
      for (const a of list) {
        const key = JSON.stringify([a.ruleId, a.actor, a.topic, a.kind]);
        last.set(key, Math.max(last.get(key) ?? Number.NEGATIVE_INFINITY, a.time));
      }
      return last;
    };
    const fresh = lastByKind(alerts.map((a) => ({ ...a, time: a.eventTime.getTime() })));
    const old = lastByKind(stored);
    const sameFirsts =
      JSON.stringify(
        alerts
          .filter((a) => a.kind === 'first')
          .map((a) => a.id)
          .sort(),
      ) ===
      JSON.stringify(
        stored
          .filter((a) => a.kind === 'first')
          .map((a) => a.id)
          .sort(),
      );
    const converged = sameFirsts && fresh.size === old.size && [...fresh].every(([k, t]) => old.get(k) === t);
    if (!converged) return null;
    await supersedeStaleAlerts(
      tx,
      codebookId,
      seriesOf(rules, pairs),
      touched.from,
      alerts.map((a) => a.id),
      horizon,
    );
    return { found: alerts.length, inserted: await insertAlerts(tx, codebookId, alerts) };
  }

  private async detect(
    tx: Tx,
    codebookId: string,
    rules: readonly AlertRule[],
    pairs: readonly ActorTopicPair[],
    since: Date | undefined,
    now: Date,
  ): Promise<DetectionResult> {
    const relevant = rules.filter(
      (r) => r.kinds.length > 0 && pairs.some((p) => ruleMatches(r, p.actor, p.topic)),
    );
    if (relevant.length === 0) return { found: 0, inserted: [] };
    const watched = pairs.filter((p) => relevant.some((r) => ruleMatches(r, p.actor, p.topic)));
    let alerts;
    if (since) {
      alerts = await this.resume(tx, codebookId, relevant, watched, since, undefined, now);
    } else {
      const statements = await loadStatements(tx, codebookId, watched);
      alerts = relevant.flatMap((rule) =>
        detectAlerts(statements, rule, { now, liveHorizonMs: this.config.liveHorizonMs }),
      );
    }
    await supersedeStaleAlerts(
      tx,
      codebookId,
      seriesOf(relevant, watched),
      since,
      alerts.map((a) => a.id),
    );
    return { found: alerts.length, inserted: await insertAlerts(tx, codebookId, alerts) };
  }

  /**
   * Alerts at points in [since, until): statements from one window + baseline before `since`,
   * cooldowns from the stored alerts before it (alerts before `since` cannot have changed).
   */
  private async resume(
    tx: Tx,
    codebookId: string,
    rules: readonly AlertRule[],
    pairs: readonly ActorTopicPair[],
    since: Date,
    until: Date | undefined,
    now: Date,
  ): Promise<Alert[]> {
    const reach = Math.max(...rules.map((r) => r.windowMs + r.baselineMs));
    const loadFrom = new Date(since.getTime() - reach);
    // One connection per transaction: these run one after the other anyway.
    const statements = await loadStatements(tx, codebookId, pairs, loadFrom, until);
    const priors = await lastAlertsBefore(tx, codebookId, rules, pairs, since);
    const olderPairs = await pairsWithEarlierObservations(tx, codebookId, pairs, loadFrom);
    return rules
      .flatMap((rule) =>
        detectAlerts(statements, rule, {
          now,
          liveHorizonMs: this.config.liveHorizonMs,
          evaluateFrom: since,
          priorAlertTime: (actor, topic, kind) => priors.get(JSON.stringify([rule.id, actor, topic, kind])),
        }),
      )
      .filter((a) => a.kind !== 'first' || !olderPairs.has(pairKey(a.actor, a.topic)));
  }
}

/** Event times an observation set touched: its removed and new observations and their copies. */
export interface TouchedRange {
  from: Date;
  to: Date;
}

function seriesOf(rules: readonly AlertRule[], pairs: readonly ActorTopicPair[]) {
  return rules.flatMap((rule) =>
    pairs.filter((p) => ruleMatches(rule, p.actor, p.topic)).map((p) => ({ ruleId: rule.id, ...p })),
  );
}

/** Standing (not superseded) alerts of these rules and pairs with event time in [from, to). */
async function standingAlerts(
  tx: Tx,
  codebookId: string,
  rules: readonly AlertRule[],
  pairs: readonly ActorTopicPair[],
  from: Date,
  to: Date,
): Promise<{ id: string; ruleId: string; actor: string; topic: string; kind: string; time: number }[]> {
  const rows = await tx.$queryRawUnsafe<
    { id: string; rule_id: string; actor_key: string; topic_key: string; kind: string; event_time: Date }[]
  >(
    `SELECT a.id, a.rule_id::text AS rule_id, a.actor_key, a.topic_key, a.kind, a.event_time
     FROM alerts a JOIN unnest($2::text[], $3::text[]) AS p(actor, topic) ON a.actor_key = p.actor AND a.topic_key = p.topic
     WHERE a.codebook_id = $1::uuid AND a.rule_id = ANY($4::uuid[]) AND a.superseded_at IS NULL
       AND a.event_time >= $5 AND a.event_time < $6`,
    codebookId,
    pairs.map((p) => p.actor),
    pairs.map((p) => p.topic),
    rules.map((r) => r.id),
    from,
    to,
  );
  return rows.map((r) => ({
    id: r.id,
    ruleId: r.rule_id,
    actor: r.actor_key,
    topic: r.topic_key,
    kind: r.kind,
    time: r.event_time.getTime(),
  }));
}

/** The last standing alert before `before` per (rule, actor, topic, kind): where cooldowns resume. */
async function lastAlertsBefore(
  tx: Tx,
  codebookId: string,
  rules: readonly AlertRule[],
  pairs: readonly ActorTopicPair[],
  before: Date,
): Promise<Map<string, Date>> {
  const rows = await tx.$queryRawUnsafe<
    { rule_id: string; actor_key: string; topic_key: string; kind: AlertKind; t: Date }[]
  >(
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
