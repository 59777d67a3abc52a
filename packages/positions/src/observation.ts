import { PositionsError } from './errors.js';

export type Stance = 'support' | 'oppose' | 'neutral';

export const STANCES: readonly Stance[] = ['support', 'oppose', 'neutral'];

/** One extracted stance statement, as the aggregation service reads it from storage or NATS. */
export interface Observation {
  readonly id: string;
  readonly articleId: string;
  /** Near-duplicate cluster of the article (syndicated copies share it); null when unclustered. */
  readonly clusterId?: string | null;
  readonly actor: string;
  readonly topic: string;
  readonly stance: Stance;
  /** Extraction confidence in [0, 1]; used as the observation's weight. */
  readonly confidence: number;
  /** The article's publication time (event time), not the arrival time. */
  readonly observedAt: Date;
}

function describe(obs: Partial<Observation>, index: number | undefined): string {
  const where = index === undefined ? '' : ` at index ${index}`;
  const id = typeof obs.id === 'string' && obs.id !== '' ? ` "${obs.id}"` : '';
  return `observation${id}${where}`;
}

function fail(obs: Partial<Observation>, index: number | undefined, problem: string): never {
  throw new PositionsError('INVALID_OBSERVATION', `${describe(obs, index)}: ${problem}`);
}

/**
 * Checks one observation and throws INVALID_OBSERVATION naming the observation and the bad field.
 * `index` (position in the caller's batch) is included in the message when given.
 */
export function validateObservation(obs: Observation, index?: number): void {
  if (obs === null || typeof obs !== 'object') fail({}, index, 'is not an object');
  for (const field of ['id', 'articleId', 'actor', 'topic'] as const) {
    const value: unknown = obs[field];
    if (typeof value !== 'string' || value === '')
      fail(obs, index, `${field} must be a non-empty string, got ${JSON.stringify(value)}`);
  }
  const cluster: unknown = obs.clusterId;
  if (cluster !== undefined && cluster !== null && (typeof cluster !== 'string' || cluster === '')) {
    fail(obs, index, `clusterId must be a non-empty string or null, got ${JSON.stringify(cluster)}`);
  }
  if (!STANCES.includes(obs.stance))
    fail(obs, index, `stance must be one of ${STANCES.join('|')}, got ${JSON.stringify(obs.stance)}`);
  const c: unknown = obs.confidence;
  if (typeof c !== 'number' || !Number.isFinite(c) || c < 0 || c > 1)
    fail(obs, index, `confidence must be a number in [0, 1], got ${String(c)}`);
  if (!(obs.observedAt instanceof Date) || Number.isNaN(obs.observedAt.getTime())) {
    fail(obs, index, `observedAt must be a valid Date, got ${String(obs.observedAt)}`);
  }
}

/** Validates every observation of a batch; the error names the first bad one and its index. */
export function validateObservations(observations: readonly Observation[]): void {
  observations.forEach((obs, index) => validateObservation(obs, index));
}
