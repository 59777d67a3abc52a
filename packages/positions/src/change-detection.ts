import { createHash } from 'node:crypto';
import { type AlertKind, type AlertRule, ruleMatches, validateAlertRule } from './alert-rule.js';
import { assertNumberInRange, assertValidDate } from './errors.js';
import { compareStrings, unionSorted } from './compare.js';
import { netScore, probabilityLeansSupport } from './posterior.js';
import { sortStatements, type Statement } from './statements.js';
import { addToTally, EMPTY_TALLY, type Tally, tallyCount, tallyWeights } from './tally.js';

/** A candidate alert; `id` is deterministic so storing it twice is a no-op. */
export interface Alert {
  readonly id: string;
  readonly ruleId: string;
  readonly actor: string;
  readonly topic: string;
  readonly kind: AlertKind;
  /** Event time of the statement(s) that triggered the alert (end of the current window). */
  readonly eventTime: Date;
  /** The current window is (windowStart, windowEnd]. */
  readonly windowStart: Date;
  readonly windowEnd: Date;
  /** True when eventTime is older than the live horizon: a backfill, not news. */
  readonly historical: boolean;
  /** Observations in the current window (the evidence), sorted. */
  readonly evidenceObservationIds: readonly string[];
  readonly evidenceArticleIds: readonly string[];
  /** Kind-specific figures (counts, scores, probabilities) for display and audit. */
  readonly details: Readonly<Record<string, number | string>>;
}

export interface DetectionContext {
  /** Wall-clock time of the run; only used for the historical flag. */
  readonly now: Date;
  /** Alerts whose event time is more than this before `now` are flagged historical. */
  readonly liveHorizonMs: number;
  /**
   * Only return alerts with eventTime ≥ evaluateFrom. Earlier ones are still computed so the
   * cooldown behaves as if they had been emitted by a previous run.
   */
  readonly evaluateFrom?: Date;
  /**
   * Resume from stored state: with `evaluateFrom`, points before it are not evaluated at all and
   * the cooldown of each series and kind starts from this earlier alert time instead (e.g. the
   * last stored alert before evaluateFrom). Then the statements only need to reach back one
   * window plus baseline before evaluateFrom. "first" still means first in the input.
   */
  readonly priorAlertTime?: (actor: string, topic: string, kind: AlertKind) => Date | undefined;
}

/** Deterministic alert id: SHA-256 of (rule, actor, topic, kind, triggering window). */
export function computeAlertId(
  ruleId: string,
  actor: string,
  topic: string,
  kind: AlertKind,
  windowStart: Date,
  windowEnd: Date,
): string {
  const material = JSON.stringify([
    ruleId,
    actor,
    topic,
    kind,
    windowStart.toISOString(),
    windowEnd.toISOString(),
  ]);
  return createHash('sha256').update(material, 'utf8').digest('hex');
}

/** Window tallies at one evaluation point of a series. */
interface WindowState {
  readonly time: number;
  readonly current: Tally;
  readonly baseline: Tally;
  /** Index range [currentFrom, currentTo) of the current window in the sorted series. */
  readonly currentFrom: number;
  readonly currentTo: number;
  /** True at the series' first evaluation point. */
  readonly isFirst: boolean;
}

type Condition = { readonly details: Record<string, number | string> } | null;

function nonNeutralCount(tally: Tally): number {
  return tally.supportCount + tally.opposeCount;
}

function checkFlip(rule: AlertRule, w: WindowState): Condition {
  // At least one statement per window even when minEvidence is 0: an empty window has no side.
  const needed = Math.max(rule.minEvidence, 1);
  if (nonNeutralCount(w.current) < needed || nonNeutralCount(w.baseline) < needed) return null;
  const before = probabilityLeansSupport(tallyWeights(w.baseline), rule.prior);
  const after = probabilityLeansSupport(tallyWeights(w.current), rule.prior);
  const threshold = rule.flipProbability;
  if (before >= threshold && 1 - after >= threshold) {
    return {
      details: { from: 'support', to: 'oppose', baselineProbability: before, currentProbability: 1 - after },
    };
  }
  if (1 - before >= threshold && after >= threshold) {
    return {
      details: { from: 'oppose', to: 'support', baselineProbability: 1 - before, currentProbability: after },
    };
  }
  return null;
}

function checkShift(rule: AlertRule, w: WindowState): Condition {
  const currentCount = tallyCount(w.current);
  const baselineCount = tallyCount(w.baseline);
  const needed = Math.max(rule.minEvidence, 1);
  if (currentCount < needed || baselineCount < needed) return null;
  const baselineNet = netScore(tallyWeights(w.baseline));
  const currentNet = netScore(tallyWeights(w.current));
  const delta = currentNet - baselineNet;
  if (Math.abs(delta) < rule.shiftDelta) return null;
  return { details: { baselineNet, currentNet, delta, currentCount, baselineCount } };
}

function checkSurge(rule: AlertRule, w: WindowState): Condition {
  const count = tallyCount(w.current);
  const baselineCount = tallyCount(w.baseline);
  const expected = (baselineCount * rule.windowMs) / rule.baselineMs;
  if (count < Math.max(rule.surgeMinCount, 1) || count < rule.surgeFactor * expected) return null;
  // ratio is omitted when the baseline is silent (any volume is then a surge once surgeMinCount is met).
  return {
    details:
      expected > 0
        ? { count, baselineCount, expected, ratio: count / expected }
        : { count, baselineCount, expected },
  };
}

function checkFirst(_rule: AlertRule, w: WindowState, series: readonly Statement[]): Condition {
  if (!w.isFirst) return null;
  const stances = [
    ...new Set(
      series
        .slice(w.currentFrom, w.currentTo)
        .filter((s) => s.observedAt.getTime() === w.time)
        .map((s) => s.stance),
    ),
  ].sort();
  return { details: { stance: stances.join('+') } };
}

const KIND_ORDER: readonly AlertKind[] = ['first', 'flip', 'shift', 'surge'];

/**
 * Walks one (actor, topic) series in event-time order. At each distinct statement time t (after
 * adding every statement at t) the current window (t − W, t] and baseline (t − W − B, t − W] are
 * maintained by two pointers with exact integer tallies, so the walk is O(n).
 */
function* walkWindows(
  series: readonly Statement[],
  windowMs: number,
  baselineMs: number,
): Generator<WindowState> {
  let current = EMPTY_TALLY;
  let baseline = EMPTY_TALLY;
  let baselineFrom = 0;
  let currentFrom = 0;
  let currentTo = 0;
  while (currentTo < series.length) {
    const time = series[currentTo]!.observedAt.getTime();
    for (
      let s = series[currentTo];
      s !== undefined && s.observedAt.getTime() === time;
      s = series[++currentTo]
    ) {
      current = addToTally(current, s.stance, s.weightMicro);
    }
    for (
      let s = series[currentFrom];
      s !== undefined && s.observedAt.getTime() <= time - windowMs;
      s = series[++currentFrom]
    ) {
      current = addToTally(current, s.stance, s.weightMicro, -1);
      baseline = addToTally(baseline, s.stance, s.weightMicro);
    }
    for (
      let s = series[baselineFrom];
      s !== undefined && s.observedAt.getTime() <= time - windowMs - baselineMs;
      s = series[++baselineFrom]
    ) {
      baseline = addToTally(baseline, s.stance, s.weightMicro, -1);
    }
    yield {
      time,
      current,
      baseline,
      currentFrom,
      currentTo,
      isFirst: time === series[0]!.observedAt.getTime(),
    };
  }
}

function buildAlert(
  rule: AlertRule,
  series: readonly Statement[],
  w: WindowState,
  kind: AlertKind,
  details: Record<string, number | string>,
  context: DetectionContext,
): Alert {
  const first = series[0]!;
  const windowStart = new Date(w.time - rule.windowMs);
  const windowEnd = new Date(w.time);
  let observationIds: string[] = [];
  let articleIds: string[] = [];
  for (const s of series.slice(w.currentFrom, w.currentTo)) {
    observationIds = unionSorted(observationIds, s.observationIds);
    articleIds = unionSorted(articleIds, s.articleIds);
  }
  return {
    id: computeAlertId(rule.id, first.actor, first.topic, kind, windowStart, windowEnd),
    ruleId: rule.id,
    actor: first.actor,
    topic: first.topic,
    kind,
    eventTime: windowEnd,
    windowStart,
    windowEnd,
    historical: context.now.getTime() - w.time > context.liveHorizonMs,
    evidenceObservationIds: observationIds,
    evidenceArticleIds: articleIds,
    details,
  };
}

/** Alerts of one rule over one (actor, topic) series (statements in canonical order). */
function detectSeriesAlerts(
  series: readonly Statement[],
  rule: AlertRule,
  context: DetectionContext,
): Alert[] {
  const kinds = KIND_ORDER.filter((k) => rule.kinds.includes(k));
  const lastAlertAt = new Map<AlertKind, number>();
  const alerts: Alert[] = [];
  const evaluateFrom = context.evaluateFrom?.getTime() ?? Number.NEGATIVE_INFINITY;
  const resuming = context.priorAlertTime !== undefined && context.evaluateFrom !== undefined;
  if (resuming) {
    const { actor, topic } = series[0]!;
    for (const kind of kinds) {
      const prior = context.priorAlertTime!(actor, topic, kind);
      if (prior !== undefined) lastAlertAt.set(kind, prior.getTime());
    }
  }
  for (const w of walkWindows(series, rule.windowMs, rule.baselineMs)) {
    if (resuming && w.time < evaluateFrom) continue;
    for (const kind of kinds) {
      const last = lastAlertAt.get(kind);
      if (last !== undefined && w.time - last < rule.cooldownMs) continue;
      const condition =
        kind === 'flip'
          ? checkFlip(rule, w)
          : kind === 'shift'
            ? checkShift(rule, w)
            : kind === 'surge'
              ? checkSurge(rule, w)
              : checkFirst(rule, w, series);
      if (!condition) continue;
      lastAlertAt.set(kind, w.time);
      if (w.time >= evaluateFrom) alerts.push(buildAlert(rule, series, w, kind, condition.details, context));
    }
  }
  return alerts;
}

/**
 * Candidate alerts of one rule over a set of deduplicated statements (any order), on event time.
 * Each (actor, topic) series must be complete from its beginning ("first" means first in the
 * input). Result is sorted by event time, actor, topic, kind and is a pure function of the set.
 */
export function detectAlerts(
  statements: Iterable<Statement>,
  rule: AlertRule,
  context: DetectionContext,
): Alert[] {
  validateAlertRule(rule);
  assertValidDate('context.now', context.now);
  assertNumberInRange('context.liveHorizonMs', context.liveHorizonMs, 0, Number.MAX_SAFE_INTEGER);
  if (context.evaluateFrom !== undefined) assertValidDate('context.evaluateFrom', context.evaluateFrom);
  const bySeries = new Map<string, Statement[]>();
  for (const s of statements) {
    if (!ruleMatches(rule, s.actor, s.topic)) continue;
    const key = JSON.stringify([s.actor, s.topic]);
    const list = bySeries.get(key);
    if (list) list.push(s);
    else bySeries.set(key, [s]);
  }
  const alerts: Alert[] = [];
  for (const list of bySeries.values())
    alerts.push(...detectSeriesAlerts(sortStatements(list), rule, context));
  return alerts.sort(
    (a, b) =>
      a.eventTime.getTime() - b.eventTime.getTime() ||
      compareStrings(a.actor, b.actor) ||
      compareStrings(a.topic, b.topic) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
}
