import { positionHistory, toMicro, type Granularity, type Stance, type Statement } from '@stance/positions';

/** One stored day bucket of a pair (weights in confidence units). */
export interface DayBucketRow {
  actor_key: string;
  topic_key: string;
  bucket_start: Date;
  sw: number;
  ow: number;
  nw: number;
  sc: number;
  oc: number;
  nc: number;
}

const HALF_DAY_MS = 43_200_000;

/**
 * Day buckets as weighted pseudo-statements at noon of their day, so the package's decay maths
 * (currentPosition, positionHistory) runs on stored tallies instead of every observation. The
 * age of a statement is off by at most half a day: negligible against half-lives of weeks.
 */
export function dayBucketsAsStatements(rows: readonly DayBucketRow[]): Statement[] {
  const out: Statement[] = [];
  for (const r of rows) {
    const at = new Date(r.bucket_start.getTime() + HALF_DAY_MS);
    const parts: [Stance, number][] = [
      ['support', r.sw],
      ['oppose', r.ow],
      ['neutral', r.nw],
    ];
    for (const [stance, weight] of parts) {
      if (weight <= 0) continue;
      out.push({
        key: `${r.actor_key}|${r.topic_key}|${at.toISOString()}|${stance}`,
        actor: r.actor_key,
        topic: r.topic_key,
        stance,
        weightMicro: toMicro(Math.min(weight, 1e9)),
        observedAt: at,
        observationIds: [],
        articleIds: [],
      });
    }
  }
  return out;
}

/** Per bucket: that bucket's own position and the decayed current position at its end. */
export function decayedHistory(
  rows: readonly DayBucketRow[],
  g: Granularity,
  halfLifeMs: number,
  from: Date | undefined,
  to: Date | undefined,
) {
  return positionHistory(dayBucketsAsStatements(rows), g, {
    halfLifeMs,
    ...(from ? { from } : {}),
    ...(to ? { to: new Date(to.getTime() - 1) } : {}),
  }).map((p) => ({
    bucketStart: p.bucketStart.toISOString().slice(0, 10),
    bucketNetScore: p.bucketPosition.netScore,
    currentNetScore: p.current.netScore,
    currentSupportProbability: p.current.supportProbability,
    currentInterval: p.current.interval,
    currentWeights: { support: p.current.support, oppose: p.current.oppose, neutral: p.current.neutral },
  }));
}
