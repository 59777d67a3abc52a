import { summarizeAlert } from './alert-summary.js';
import { CreateRuleSchema, toAlertRule } from './rule-settings.js';

describe('rule settings', () => {
  it('fills defaults and converts days to the detector’s milliseconds', () => {
    const input = CreateRuleSchema.parse({ name: 'all', settings: { windowDays: 3, cooldownDays: 0.5 } });
    expect(input.kinds).toEqual(['flip', 'shift', 'first', 'surge']);
    const rule = toAlertRule({
      id: 'r',
      name: 'all',
      actors: [],
      topics: ['t'],
      kinds: input.kinds,
      settings: input.settings,
      muted: false,
    });
    expect(rule).toMatchObject({
      windowMs: 3 * 86_400_000,
      baselineMs: 28 * 86_400_000,
      cooldownMs: 43_200_000,
      minEvidence: 3,
      topics: ['t'],
    });
  });

  it('names the bad field', () => {
    const bad = CreateRuleSchema.safeParse({ name: ' ', kinds: ['flip'], settings: { shiftDelta: 3 } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['name', 'settings.shiftDelta']);
  });
});

describe('summarizeAlert', () => {
  it('says what changed for each kind', () => {
    const base = { actor: 'sadr', topic: 'us-presence' };
    expect(summarizeAlert({ ...base, kind: 'first', details: { stance: 'oppose' } })).toBe(
      'sadr on us-presence: first stance (oppose)',
    );
    expect(
      summarizeAlert({
        ...base,
        kind: 'flip',
        details: { from: 'support', to: 'oppose', baselineProbability: 0.95, currentProbability: 0.912 },
      }),
    ).toBe('sadr on us-presence: flipped from support to oppose (P 95% → 91%)');
    expect(
      summarizeAlert({
        ...base,
        kind: 'shift',
        details: { delta: -0.75, baselineNet: 0.5, currentNet: -0.25 },
      }),
    ).toBe('sadr on us-presence: net score moved -0.75 (+0.50 → -0.25)');
    expect(summarizeAlert({ ...base, kind: 'surge', details: { count: 12, expected: 2 } })).toBe(
      'sadr on us-presence: surge of 12 statements (expected 2.0)',
    );
  });
});
