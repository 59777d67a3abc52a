import { toMicro, type ActorTopicTally, type Granularity } from '@stance/positions';

/** Summed bucket weights and counts of one (actor, topic), as SQL returns them. */
export interface PairSums {
  actor_key: string;
  topic_key: string;
  sw: number;
  ow: number;
  nw: number;
  sc: number;
  oc: number;
  nc: number;
}

export function toActorTopicTally(r: PairSums): ActorTopicTally {
  return {
    actor: r.actor_key,
    topic: r.topic_key,
    tally: {
      supportMicro: toMicro(r.sw),
      opposeMicro: toMicro(r.ow),
      neutralMicro: toMicro(r.nw),
      supportCount: r.sc,
      opposeCount: r.oc,
      neutralCount: r.nc,
    },
  };
}

const DAY_MS = 86_400_000;

function isMidnightUtc(d: Date): boolean {
  return d.getTime() % DAY_MS === 0;
}

/**
 * The coarsest stored granularity whose buckets tile [from, to) exactly: month when both ends are
 * first days of months, week when both are Mondays, else day. Fewer, larger rows answer faster.
 */
export function coarsestAlignedGranularity(from: Date, to: Date): Granularity {
  if (!isMidnightUtc(from) || !isMidnightUtc(to)) return 'day';
  if (from.getUTCDate() === 1 && to.getUTCDate() === 1) return 'month';
  if (from.getUTCDay() === 1 && to.getUTCDay() === 1) return 'week';
  return 'day';
}

/** [from, to) at whole UTC days (bucket_start is a date): from rounds down, to rounds up. */
export function toDayRange(from: Date, to: Date): { from: Date; to: Date } {
  return {
    from: new Date(Math.floor(from.getTime() / DAY_MS) * DAY_MS),
    to: new Date(Math.ceil(to.getTime() / DAY_MS) * DAY_MS),
  };
}
