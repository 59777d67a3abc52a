import { describe, expect, it } from '@jest/globals';
import {
  type AlertRule,
  computeAlertId,
  DEFAULT_RULE_SETTINGS,
  dedupeObservations,
  detectAlerts,
  type Observation,
  PositionsError,
} from '../src/index.js';
import { DAY, makeObservation, randomObservations, seededRandom, shuffled, T0 } from './helpers.js';

const rule = (overrides: Partial<AlertRule> = {}): AlertRule => ({
  ...DEFAULT_RULE_SETTINGS,
  id: 'rule-1',
  windowMs: 7 * DAY,
  baselineMs: 28 * DAY,
  minEvidence: 3,
  flipProbability: 0.9,
  cooldownMs: 30 * DAY,
  ...overrides,
});

/** Support every other day for three weeks, then daily opposition from day 28 to 40. */
function scriptedFlip(): Observation[] {
  const obs: Observation[] = [];
  for (let day = 0; day <= 20; day += 2)
    obs.push(makeObservation({ id: `sup-${day}`, stance: 'support', day, confidence: 0.9 }));
  for (let day = 28; day <= 40; day++)
    obs.push(makeObservation({ id: `opp-${day}`, stance: 'oppose', day, confidence: 1 }));
  return obs;
}

const live = { now: new Date(T0 + 30 * DAY + 3_600_000), liveHorizonMs: DAY };

describe('flip alerts', () => {
  it('a scripted support → oppose sequence produces exactly one flip, at the third opposing statement', () => {
    const alerts = detectAlerts(dedupeObservations(scriptedFlip()), rule({ kinds: ['flip'] }), live);
    expect(alerts).toHaveLength(1);
    const [alert] = alerts;
    expect(alert!.kind).toBe('flip');
    expect(alert!.eventTime.toISOString()).toBe(new Date(T0 + 30 * DAY).toISOString());
    expect(alert!.details).toMatchObject({ from: 'support', to: 'oppose' });
    expect(alert!.details.currentProbability).toBeCloseTo(1 - 0.5 ** 4, 12);
    expect(alert!.evidenceObservationIds).toEqual(['opp-28', 'opp-29', 'opp-30']);
    expect(alert!.historical).toBe(false);
    expect(alert!.id).toBe(
      computeAlertId(
        'rule-1',
        'sadr',
        'us-presence',
        'flip',
        new Date(T0 + 23 * DAY),
        new Date(T0 + 30 * DAY),
      ),
    );
  });

  it('a short cooldown lets the persisting flip fire again, never twice within the cooldown', () => {
    const alerts = detectAlerts(
      dedupeObservations(scriptedFlip()),
      rule({ kinds: ['flip'], cooldownMs: 3 * DAY }),
      live,
    );
    expect(alerts.length).toBeGreaterThan(1);
    for (let i = 1; i < alerts.length; i++) {
      expect(alerts[i]!.eventTime.getTime() - alerts[i - 1]!.eventTime.getTime()).toBeGreaterThanOrEqual(
        3 * DAY,
      );
    }
  });

  it('needs the posterior probability threshold and minimum evidence on both sides', () => {
    const statements = dedupeObservations(scriptedFlip());
    expect(
      detectAlerts(
        statements,
        rule({ kinds: ['flip'], flipProbability: 0.99 }),
        live,
      )[0]!.eventTime.getTime(),
    ).toBe(T0 + 33 * DAY); // 1 − ½^7 ≥ 0.99 needs six opposing
    expect(detectAlerts(statements, rule({ kinds: ['flip'], minEvidence: 20 }), live)).toEqual([]);
  });

  it('is a pure function of the set: shuffled input and redeliveries give the same alerts and ids', () => {
    const observations = scriptedFlip();
    const reference = detectAlerts(dedupeObservations(observations), rule(), live);
    const random = seededRandom(7);
    for (let i = 0; i < 5; i++) {
      const noisy = shuffled([...observations, ...observations.slice(0, 5)], random);
      expect(detectAlerts(shuffled(dedupeObservations(noisy), random), rule(), live)).toEqual(reference);
    }
  });
});

describe('order independence on random data', () => {
  it('gives identical alerts, all kinds, for shuffled inputs with redeliveries', () => {
    const random = seededRandom(21);
    const observations = randomObservations(400, random);
    const everything = rule({
      kinds: ['first', 'flip', 'shift', 'surge'],
      minEvidence: 2,
      cooldownMs: 5 * DAY,
      surgeMinCount: 3,
    });
    const reference = detectAlerts(dedupeObservations(observations), everything, live);
    expect(new Set(reference.map((a) => a.kind)).size).toBeGreaterThan(1);
    for (let i = 0; i < 3; i++) {
      const noisy = shuffled([...observations, ...observations.slice(0, 40)], random);
      expect(detectAlerts(dedupeObservations(noisy), everything, live)).toEqual(reference);
    }
  });

  it('detects the mirror flip, oppose → support', () => {
    const mirrored = scriptedFlip().map((o) => ({
      ...o,
      stance: o.stance === 'support' ? ('oppose' as const) : ('support' as const),
    }));
    const alerts = detectAlerts(dedupeObservations(mirrored), rule({ kinds: ['flip'] }), live);
    expect(alerts.map((a) => [a.details.from, a.details.to, a.eventTime.getTime()])).toEqual([
      ['oppose', 'support', T0 + 30 * DAY],
    ]);
  });
});

describe('historical flag and evaluateFrom', () => {
  it('flags alerts older than the live horizon as historical (backfill)', () => {
    const backfill = { now: new Date(T0 + 400 * DAY), liveHorizonMs: 2 * DAY };
    const alerts = detectAlerts(dedupeObservations(scriptedFlip()), rule(), backfill);
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.every((a) => a.historical)).toBe(true);
    const mixed = detectAlerts(dedupeObservations(scriptedFlip()), rule({ kinds: ['first', 'flip'] }), {
      now: new Date(T0 + 31 * DAY),
      liveHorizonMs: 2 * DAY,
    });
    expect(mixed.map((a) => [a.kind, a.historical])).toEqual([
      ['first', true],
      ['flip', false],
    ]);
  });

  it('returns only alerts from evaluateFrom on, while the cooldown still sees the earlier ones', () => {
    const statements = dedupeObservations(scriptedFlip());
    const all = detectAlerts(statements, rule({ kinds: ['flip'], cooldownMs: 3 * DAY }), live);
    const later = detectAlerts(statements, rule({ kinds: ['flip'], cooldownMs: 3 * DAY }), {
      ...live,
      evaluateFrom: new Date(T0 + 31 * DAY),
    });
    expect(later).toEqual(all.filter((a) => a.eventTime.getTime() >= T0 + 31 * DAY));
    expect(later.length).toBe(all.length - 1);
  });
});

describe('resuming from stored alerts', () => {
  it("gives the full run's alerts from any point on, from a window + baseline of statements and the last earlier alerts", () => {
    const random = seededRandom(77);
    const allRule = rule({
      kinds: ['flip', 'shift', 'surge'],
      cooldownMs: 5 * DAY,
      minEvidence: 2,
      shiftDelta: 0.4,
    });
    let resumedAlerts = 0;
    let earlierAlerts = 0;
    for (let round = 0; round < 20; round++) {
      const statements = dedupeObservations(randomObservations(400, random));
      const full = detectAlerts(statements, allRule, live);
      const from = T0 + Math.floor(random() * 300) * DAY;
      const lastBefore = (actor: string, topic: string, kind: string) => {
        const earlier = full.filter(
          (a) => a.actor === actor && a.topic === topic && a.kind === kind && a.eventTime.getTime() < from,
        );
        return earlier[earlier.length - 1]?.eventTime;
      };
      const reachBack = from - allRule.windowMs - allRule.baselineMs;
      const resumed = detectAlerts(
        statements.filter((s) => s.observedAt.getTime() > reachBack),
        allRule,
        { ...live, evaluateFrom: new Date(from), priorAlertTime: lastBefore },
      );
      expect(resumed).toEqual(full.filter((a) => a.eventTime.getTime() >= from));
      resumedAlerts += resumed.length;
      earlierAlerts += full.length - resumed.length;
    }
    // Both sides of the cut had alerts, so the seeded cooldowns were exercised.
    expect(resumedAlerts).toBeGreaterThan(50);
    expect(earlierAlerts).toBeGreaterThan(50);
  });
});

describe('first, shift and surge alerts', () => {
  it('first: one alert for the first-ever statement of each (actor, topic)', () => {
    const statements = dedupeObservations([
      makeObservation({ day: 5, stance: 'oppose' }),
      makeObservation({ day: 9 }),
      makeObservation({ day: 2, actor: 'maliki', stance: 'neutral' }),
    ]);
    const alerts = detectAlerts(statements, rule({ kinds: ['first'] }), live);
    expect(alerts.map((a) => [a.actor, a.details.stance, a.eventTime.getTime()])).toEqual([
      ['maliki', 'neutral', T0 + 2 * DAY],
      ['sadr', 'oppose', T0 + 5 * DAY],
    ]);
  });

  it('shift: net score moving by at least δ against the baseline window', () => {
    const obs = [
      ...[0, 3, 6, 9, 12].map((day) => makeObservation({ day, stance: 'support' })),
      ...[30, 31, 32].map((day) => makeObservation({ day, stance: 'neutral' })),
    ];
    const alerts = detectAlerts(dedupeObservations(obs), rule({ kinds: ['shift'], shiftDelta: 0.8 }), live);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.eventTime.getTime()).toBe(T0 + 32 * DAY);
    expect(alerts[0]!.details).toMatchObject({
      baselineNet: 1,
      currentNet: 0,
      delta: -1,
      currentCount: 3,
      baselineCount: 5,
    });
    expect(detectAlerts(dedupeObservations(obs), rule({ kinds: ['shift'], shiftDelta: 1.5 }), live)).toEqual(
      [],
    );
  });

  it('surge: volume in the window at k × the baseline rate, with a minimum count', () => {
    const steady = [0, 7, 14, 21, 28].map((day) => makeObservation({ day }));
    const burst = Array.from({ length: 6 }, (_, i) => makeObservation({ day: 31 + i * 0.5 }));
    const surgeRule = rule({ kinds: ['surge'], surgeFactor: 3, surgeMinCount: 5 });
    expect(detectAlerts(dedupeObservations(steady), surgeRule, live)).toEqual([]);
    const alerts = detectAlerts(dedupeObservations([...steady, ...burst]), surgeRule, live);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.details.count).toBe(5);
    expect(alerts[0]!.details.expected).toBeCloseTo(1, 12);
    expect(alerts[0]!.evidenceObservationIds).toHaveLength(5);
  });
});

describe('rule handling', () => {
  it('only watches the rule’s actors and topics', () => {
    const statements = dedupeObservations(scriptedFlip());
    expect(detectAlerts(statements, rule({ actors: ['maliki'] }), live)).toEqual([]);
    expect(
      detectAlerts(statements, rule({ topics: ['us-presence'], actors: ['sadr'], kinds: ['flip'] }), live),
    ).toHaveLength(1);
  });

  it('gives different ids to different rules, kinds and windows', () => {
    const a = computeAlertId('r1', 'sadr', 't', 'flip', new Date(T0), new Date(T0 + DAY));
    expect(computeAlertId('r1', 'sadr', 't', 'flip', new Date(T0), new Date(T0 + DAY))).toBe(a);
    expect(computeAlertId('r2', 'sadr', 't', 'flip', new Date(T0), new Date(T0 + DAY))).not.toBe(a);
    expect(computeAlertId('r1', 'sadr', 't', 'shift', new Date(T0), new Date(T0 + DAY))).not.toBe(a);
    expect(computeAlertId('r1', 'sadr', 't', 'flip', new Date(T0), new Date(T0 + 2 * DAY))).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects bad rules with an error naming the rule and the field', () => {
    expect(() => detectAlerts([], rule({ flipProbability: 0.4 }), live)).toThrow(
      /alert rule "rule-1": flipProbability must be in \(0.5, 1\)/,
    );
    expect(() => detectAlerts([], rule({ kinds: ['boom' as never] }), live)).toThrow(PositionsError);
    expect(() => detectAlerts([], rule({ windowMs: 0 }), live)).toThrow(/windowMs must be > 0/);
  });
});
