import { describe, expect, it } from '@jest/globals';
import {
  buildStatementSet,
  bucketizeStatements,
  dedupeObservations,
  EMPTY_TALLY,
  mergeBucketSeries,
  mergeStatementSets,
  mergeStatements,
  mergeTallies,
  type Statement,
  statementFromObservation,
  statementsInWindow,
  subtractTallies,
  tallyStatements,
  tallyWeights,
} from '../src/index.js';
import { makeObservation, randomObservations, seededRandom, shuffled } from './helpers.js';

describe('dedupeObservations', () => {
  it('counts a statement repeated by syndicated copies once, with the max confidence and earliest time', () => {
    const copies = [
      makeObservation({ id: 'o1', articleId: 'a1', clusterId: 'c1', confidence: 0.6, day: 2 }),
      makeObservation({ id: 'o2', articleId: 'a2', clusterId: 'c1', confidence: 0.9, day: 3 }),
      makeObservation({ id: 'o3', articleId: 'a3', clusterId: 'c1', confidence: 0.7, day: 1 }),
    ];
    const statements = dedupeObservations(copies);
    expect(statements).toHaveLength(1);
    const [s] = statements as [Statement];
    expect(s.weightMicro).toBe(900_000);
    expect(s.observedAt).toEqual(copies[2]!.observedAt);
    expect(s.observationIds).toEqual(['o1', 'o2', 'o3']);
    expect(s.articleIds).toEqual(['a1', 'a2', 'a3']);
  });

  it('keeps different stances, actors and unclustered articles apart', () => {
    const statements = dedupeObservations([
      makeObservation({ clusterId: 'c1', stance: 'support' }),
      makeObservation({ clusterId: 'c1', stance: 'oppose' }),
      makeObservation({ clusterId: 'c1', actor: 'maliki' }),
      makeObservation({ articleId: 'x1' }),
      makeObservation({ articleId: 'x2' }),
    ]);
    expect(statements).toHaveLength(5);
  });

  it('treats a redelivered observation as the same statement', () => {
    const obs = makeObservation({ clusterId: null });
    expect(dedupeObservations([obs, { ...obs }, { ...obs }])).toEqual(dedupeObservations([obs]));
  });

  it('refuses to merge statements with different keys', () => {
    const a = statementFromObservation(makeObservation({ stance: 'support' }));
    const b = statementFromObservation(makeObservation({ stance: 'oppose' }));
    expect(() => mergeStatements(a, b)).toThrow(/different keys/);
  });
});

describe('order independence (property tests, seeded)', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`seed ${seed}: shuffled input gives identical statements, tallies and buckets`, () => {
      const random = seededRandom(seed);
      const observations = randomObservations(300, random);
      const reference = dedupeObservations(observations);
      const referenceBuckets = bucketizeStatements(reference, 'week');
      for (let round = 0; round < 5; round++) {
        const again = dedupeObservations(shuffled(observations, random));
        expect(again).toEqual(reference);
        expect(tallyStatements(shuffled(again, random))).toEqual(tallyStatements(reference));
        expect(bucketizeStatements(shuffled(again, random), 'week')).toEqual(referenceBuckets);
      }
    });

    it(`seed ${seed}: merging statement sets of arbitrary (overlapping) partitions equals building the whole`, () => {
      const random = seededRandom(seed * 97);
      const observations = randomObservations(300, random);
      const whole = buildStatementSet(observations);
      // Two "consumers" see overlapping subsets (redeliveries), a third sees the rest.
      const parts: (typeof observations)[] = [[], [], []];
      for (const obs of observations) {
        const r = random();
        if (r < 0.4) parts[0]!.push(obs);
        else if (r < 0.8) parts[1]!.push(obs);
        else parts[2]!.push(obs);
        if (random() < 0.2) parts[Math.floor(random() * 3)]!.push(obs);
      }
      const [a, b, c] = parts.map((p) => buildStatementSet(p)) as [
        ReturnType<typeof buildStatementSet>,
        ReturnType<typeof buildStatementSet>,
        ReturnType<typeof buildStatementSet>,
      ];
      const canonical = (m: ReadonlyMap<string, Statement>) =>
        [...m.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
      const left = mergeStatementSets(mergeStatementSets(a, b), c);
      const right = mergeStatementSets(c, mergeStatementSets(b, a));
      expect(canonical(left)).toEqual(canonical(whole));
      expect(canonical(right)).toEqual(canonical(whole));
      // Idempotent: merging a set into itself changes nothing.
      expect(canonical(mergeStatementSets(left, a))).toEqual(canonical(whole));
    });

    it(`seed ${seed}: bucket series of disjoint partitions merge to the whole in any grouping`, () => {
      const random = seededRandom(seed * 13);
      const statements = dedupeObservations(randomObservations(300, random));
      const parts: Statement[][] = [[], [], [], []];
      for (const s of statements) parts[Math.floor(random() * 4)]!.push(s);
      const series = parts.map((p) => bucketizeStatements(p, 'day'));
      const whole = bucketizeStatements(statements, 'day');
      const leftFold = series.reduce((acc, s) => mergeBucketSeries(acc, s), []);
      const rightFold = [...series].reverse().reduce((acc, s) => mergeBucketSeries(s, acc), []);
      const paired = mergeBucketSeries(
        mergeBucketSeries(series[2]!, series[0]!),
        mergeBucketSeries(series[3]!, series[1]!),
      );
      expect(leftFold).toEqual(whole);
      expect(rightFold).toEqual(whole);
      expect(paired).toEqual(whole);
    });
  }
});

describe('tallies', () => {
  it('sums weights exactly and counts statements per stance', () => {
    const statements = dedupeObservations([
      makeObservation({ stance: 'support', confidence: 0.1 }),
      makeObservation({ stance: 'support', confidence: 0.2 }),
      makeObservation({ stance: 'oppose', confidence: 0.7 }),
      makeObservation({ stance: 'neutral', confidence: 0.5 }),
    ]);
    const tally = tallyStatements(statements);
    // 0.1 + 0.2 would be 0.30000000000000004 in floating point; micro-units keep it exact.
    expect(tallyWeights(tally)).toEqual({ support: 0.3, oppose: 0.7, neutral: 0.5 });
    expect([tally.supportCount, tally.opposeCount, tally.neutralCount]).toEqual([2, 1, 1]);
    expect(subtractTallies(mergeTallies(tally, tally), tally)).toEqual(tally);
    expect(subtractTallies(tally, tally)).toEqual(EMPTY_TALLY);
  });

  it('places statements by event time into UTC day, week and month buckets', () => {
    const statements = dedupeObservations([
      makeObservation({ observedAt: new Date('2024-03-10T23:30:00Z') }),
      makeObservation({ observedAt: new Date('2024-03-11T00:30:00Z'), stance: 'oppose' }),
    ]);
    expect(bucketizeStatements(statements, 'day')).toHaveLength(2);
    const weeks = bucketizeStatements(statements, 'week');
    expect(weeks.map((w) => w.bucketStart.toISOString().slice(0, 10))).toEqual(['2024-03-04', '2024-03-11']);
    const months = bucketizeStatements(statements, 'month');
    expect(months).toHaveLength(1);
    expect(months[0]!.tally.supportCount + months[0]!.tally.opposeCount).toBe(2);
  });
});

describe('statementsInWindow', () => {
  it('keeps statements with event time in [from, to), in canonical order', () => {
    const statements = dedupeObservations([
      makeObservation({ id: 'w3', day: 3 }),
      makeObservation({ id: 'w1', day: 1 }),
      makeObservation({ id: 'w2', day: 2 }),
      makeObservation({ id: 'w0', day: 0 }),
    ]);
    const from = statements[1]!.observedAt;
    const to = statements[3]!.observedAt;
    expect(statementsInWindow([...statements].reverse(), from, to).map((s) => s.observationIds[0])).toEqual([
      'w1',
      'w2',
    ]);
  });
});
