import { coarsestAlignedGranularity, toActorTopicTally, toDayRange } from './tally-rows.js';

describe('coarsestAlignedGranularity', () => {
  it('uses months, weeks or days only when their buckets tile the window exactly', () => {
    expect(coarsestAlignedGranularity(new Date('2025-01-01'), new Date('2025-04-01'))).toBe('month');
    // 2025-01-06 and 2025-03-31 are Mondays.
    expect(coarsestAlignedGranularity(new Date('2025-01-06'), new Date('2025-03-31'))).toBe('week');
    expect(coarsestAlignedGranularity(new Date('2025-01-01'), new Date('2025-03-31'))).toBe('day');
    expect(coarsestAlignedGranularity(new Date('2025-01-01T06:00:00Z'), new Date('2025-04-01'))).toBe('day');
  });
});

describe('toDayRange', () => {
  it('widens a window to whole UTC days', () => {
    const r = toDayRange(new Date('2025-01-01T10:00:00Z'), new Date('2025-01-03T00:00:01Z'));
    expect([r.from.toISOString(), r.to.toISOString()]).toEqual([
      '2025-01-01T00:00:00.000Z',
      '2025-01-04T00:00:00.000Z',
    ]);
    const exact = toDayRange(new Date('2025-01-01'), new Date('2025-01-02'));
    expect(exact.to.toISOString()).toBe('2025-01-02T00:00:00.000Z');
  });
});

describe('toActorTopicTally', () => {
  it('turns summed bucket weights into exact micro-unit tallies', () => {
    const t = toActorTopicTally({
      actor_key: 'a',
      topic_key: 't',
      sw: 0.1 + 0.2,
      ow: 1.5,
      nw: 0,
      sc: 2,
      oc: 2,
      nc: 0,
    });
    expect(t).toEqual({
      actor: 'a',
      topic: 't',
      tally: {
        supportMicro: 300_000,
        opposeMicro: 1_500_000,
        neutralMicro: 0,
        supportCount: 2,
        opposeCount: 2,
        neutralCount: 0,
      },
    });
  });
});
