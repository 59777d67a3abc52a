import { describe, expect, it } from '@jest/globals';
import {
  applyBucketDeltas,
  type BucketTally,
  bucketizeStatements,
  dedupeObservations,
  mergeStatements,
  type Statement,
  statementBucketDeltas,
  statementFromObservation,
} from '../src/index.js';
import { makeObservation, randomObservations, seededRandom, shuffled } from './helpers.js';

/** Replays observations one at a time the way a consumer upserting into a store would. */
function replay(observations: ReturnType<typeof randomObservations>): BucketTally[] {
  const stored = new Map<string, Statement>();
  let series: BucketTally[] = [];
  for (const obs of observations) {
    const incoming = statementFromObservation(obs);
    const previous = stored.get(incoming.key);
    const next = previous ? mergeStatements(previous, incoming) : incoming;
    stored.set(next.key, next);
    series = applyBucketDeltas(series, statementBucketDeltas(previous, next, 'day'), 'day');
  }
  return series;
}

describe('incremental bucket updates', () => {
  it('moves a statement to an earlier bucket when an earlier syndicated copy arrives', () => {
    const late = statementFromObservation(makeObservation({ clusterId: 'c', day: 3, confidence: 0.5 }));
    const early = mergeStatements(
      late,
      statementFromObservation(makeObservation({ clusterId: 'c', day: 1, confidence: 0.8 })),
    );
    const deltas = statementBucketDeltas(late, early, 'day');
    expect(deltas).toHaveLength(2);
    expect(deltas[0]!.delta).toMatchObject({ supportMicro: -500_000, supportCount: -1 });
    expect(deltas[1]!.delta).toMatchObject({ supportMicro: 800_000, supportCount: 1 });
    expect(statementBucketDeltas(early, early, 'day')).toEqual([]);
  });

  for (const seed of [11, 12, 13]) {
    it(`seed ${seed}: one-by-one upserts in any order give the same buckets as a batch rebuild`, () => {
      const random = seededRandom(seed);
      const observations = randomObservations(400, random);
      const batch = bucketizeStatements(dedupeObservations(observations), 'day');
      expect(replay(observations)).toEqual(batch);
      expect(replay(shuffled(observations, random))).toEqual(batch);
    });
  }
});
