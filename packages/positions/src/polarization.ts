import { compareStrings } from './compare.js';
import { PositionsError } from './errors.js';
import {
  type ActorTopicTally,
  groupLeaningsByTopic,
  leaningsFromTallies,
  tallyByActorTopic,
} from './leanings.js';
import type { Statement } from './statements.js';
import { bucketStart, type Granularity } from './time-buckets.js';

/** How much each actor counts in the polarization of a topic. */
export type ActorWeighting = 'evidence' | 'equal';

export interface WeightedPosition {
  /** Side position in [−1, 1]. */
  readonly position: number;
  readonly weight: number;
}

/**
 * Polarization of a set of actor positions: the weighted variance Σ w (x − x̄)² / Σ w of positions
 * x ∈ [−1, 1]. 0 = consensus (everyone on one spot), 1 = two equal camps at −1 and +1; null when
 * fewer than two actors take a side (undefined, not zero).
 */
export function polarizationIndex(positions: readonly WeightedPosition[]): number | null {
  const used = positions.filter((p) => p.weight > 0);
  for (const p of used) {
    if (!(p.position >= -1 && p.position <= 1) || !Number.isFinite(p.weight)) {
      throw new PositionsError(
        'INVALID_ARGUMENT',
        `position must be in [-1, 1] with a finite weight, got position=${p.position}, weight=${p.weight}`,
      );
    }
  }
  if (used.length < 2) return null;
  const total = used.reduce((sum, p) => sum + p.weight, 0);
  const mean = used.reduce((sum, p) => sum + p.weight * p.position, 0) / total;
  const variance = used.reduce((sum, p) => sum + p.weight * (p.position - mean) ** 2, 0) / total;
  return Math.min(1, variance);
}

export interface TopicPolarization {
  readonly topic: string;
  /** Actors with a side on the topic. */
  readonly actorCount: number;
  /** Weighted mean position (the centre of opinion). */
  readonly meanPosition: number;
  readonly index: number | null;
}

export interface PolarizationOptions {
  /** 'evidence' (default): actors weigh by their non-neutral evidence S + O; 'equal': one actor, one vote. */
  readonly weighting?: ActorWeighting;
  /** Minimum non-neutral statements for an actor to count on a topic; default 1. */
  readonly minStatements?: number;
}

/** Polarization of every topic from one window's statements, sorted by topic. */
export function polarizationByTopic(
  statements: Iterable<Statement>,
  options: PolarizationOptions = {},
): TopicPolarization[] {
  return polarizationFromTallies(tallyByActorTopic(statements), options);
}

/**
 * Polarization of every topic from (actor, topic) tallies of one window (e.g. stored bucket rows;
 * rows of one pair are summed), sorted by topic.
 */
export function polarizationFromTallies(
  rows: Iterable<ActorTopicTally>,
  options: PolarizationOptions = {},
): TopicPolarization[] {
  const weighting = options.weighting ?? 'evidence';
  const byTopic = groupLeaningsByTopic(leaningsFromTallies(rows, options.minStatements ?? 1));
  const result: TopicPolarization[] = [];
  for (const [topic, leanings] of byTopic) {
    const positions = leanings.map((l) => ({
      position: l.position,
      weight: weighting === 'equal' ? 1 : l.evidence,
    }));
    const total = positions.reduce((sum, p) => sum + p.weight, 0);
    result.push({
      topic,
      actorCount: leanings.length,
      meanPosition: total > 0 ? positions.reduce((sum, p) => sum + p.weight * p.position, 0) / total : 0,
      index: polarizationIndex(positions),
    });
  }
  return result.sort((a, b) => compareStrings(a.topic, b.topic));
}

export interface PolarizationPoint extends TopicPolarization {
  readonly bucketStart: Date;
}

/**
 * Polarization per topic per bucket: each bucket is computed from the statements first reported
 * inside it. Sorted by bucket start, then topic.
 */
export function polarizationSeries(
  statements: Iterable<Statement>,
  granularity: Granularity,
  options: PolarizationOptions = {},
): PolarizationPoint[] {
  const byBucket = new Map<number, Statement[]>();
  for (const s of statements) {
    const start = bucketStart(s.observedAt, granularity).getTime();
    const list = byBucket.get(start);
    if (list) list.push(s);
    else byBucket.set(start, [s]);
  }
  const points: PolarizationPoint[] = [];
  for (const start of [...byBucket.keys()].sort((a, b) => a - b)) {
    for (const topic of polarizationByTopic(byBucket.get(start)!, options))
      points.push({ ...topic, bucketStart: new Date(start) });
  }
  return points;
}
