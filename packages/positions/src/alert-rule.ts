import { PositionsError } from './errors.js';
import type { BetaPrior } from './posterior.js';

export type AlertKind = 'flip' | 'shift' | 'first' | 'surge';

export const ALERT_KINDS: readonly AlertKind[] = ['flip', 'shift', 'first', 'surge'];

/**
 * What to watch and when to speak. Windows are on event time: at each statement time t the
 * current window is (t − windowMs, t] and the baseline window is the baselineMs before it.
 */
export interface AlertRule {
  readonly id: string;
  /** Actors to watch; undefined or empty = all. */
  readonly actors?: readonly string[];
  /** Topics to watch; undefined or empty = all. */
  readonly topics?: readonly string[];
  readonly kinds: readonly AlertKind[];
  readonly windowMs: number;
  readonly baselineMs: number;
  /** Minimum statements in the current and the baseline window for flip and shift. */
  readonly minEvidence: number;
  /** No second alert of one kind for one (rule, actor, topic) within this event-time span. */
  readonly cooldownMs: number;
  /** Flip: posterior probability of the old side (baseline) and of the new side (current), e.g. 0.9. */
  readonly flipProbability: number;
  /** Shift: minimum |net(current) − net(baseline)|, in net-score units (range 0..2). */
  readonly shiftDelta: number;
  /** Surge: current count must reach surgeFactor × the count the baseline rate predicts. */
  readonly surgeFactor: number;
  /** Surge: and at least this many statements in the current window. */
  readonly surgeMinCount: number;
  /** Prior of the window posteriors; default uniform Beta(1, 1). */
  readonly prior?: BetaPrior;
}

const DAY_MS = 86_400_000;

/** Reasonable starting values for a rule; spread and override. */
export const DEFAULT_RULE_SETTINGS = Object.freeze({
  kinds: ALERT_KINDS,
  windowMs: 7 * DAY_MS,
  baselineMs: 28 * DAY_MS,
  minEvidence: 3,
  cooldownMs: 7 * DAY_MS,
  flipProbability: 0.9,
  shiftDelta: 0.5,
  surgeFactor: 3,
  surgeMinCount: 5,
}) satisfies Omit<AlertRule, 'id'>;

function invalid(rule: AlertRule, field: string, problem: string): never {
  throw new PositionsError('INVALID_ARGUMENT', `alert rule ${JSON.stringify(rule.id)}: ${field} ${problem}`);
}

/** Throws INVALID_ARGUMENT naming the rule and the first bad field. */
export function validateAlertRule(rule: AlertRule): void {
  if (typeof rule.id !== 'string' || rule.id === '') invalid(rule, 'id', 'must be a non-empty string');
  if (!Array.isArray(rule.kinds) || rule.kinds.length === 0)
    invalid(rule, 'kinds', 'must list at least one kind');
  for (const kind of rule.kinds)
    if (!ALERT_KINDS.includes(kind))
      invalid(
        rule,
        'kinds',
        `contains unknown kind ${JSON.stringify(kind)} (expected ${ALERT_KINDS.join('|')})`,
      );
  for (const field of ['windowMs', 'baselineMs'] as const) {
    if (!(Number.isFinite(rule[field]) && rule[field] > 0))
      invalid(rule, field, `must be > 0, got ${String(rule[field])}`);
  }
  for (const field of ['minEvidence', 'cooldownMs', 'surgeMinCount'] as const) {
    if (!(Number.isFinite(rule[field]) && rule[field] >= 0))
      invalid(rule, field, `must be >= 0, got ${String(rule[field])}`);
  }
  if (!(rule.flipProbability > 0.5 && rule.flipProbability < 1))
    invalid(rule, 'flipProbability', `must be in (0.5, 1), got ${String(rule.flipProbability)}`);
  if (!(rule.shiftDelta > 0 && rule.shiftDelta <= 2))
    invalid(rule, 'shiftDelta', `must be in (0, 2], got ${String(rule.shiftDelta)}`);
  if (!(Number.isFinite(rule.surgeFactor) && rule.surgeFactor >= 1))
    invalid(rule, 'surgeFactor', `must be >= 1, got ${String(rule.surgeFactor)}`);
  for (const field of ['actors', 'topics'] as const) {
    const list = rule[field];
    if (list !== undefined && (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || x === '')))
      invalid(rule, field, 'must be an array of non-empty strings');
  }
}

/** Whether the rule watches this (actor, topic). */
export function ruleMatches(rule: AlertRule, actor: string, topic: string): boolean {
  const actorOk = !rule.actors || rule.actors.length === 0 || rule.actors.includes(actor);
  const topicOk = !rule.topics || rule.topics.length === 0 || rule.topics.includes(topic);
  return actorOk && topicOk;
}
