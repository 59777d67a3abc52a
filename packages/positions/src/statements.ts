import { PositionsError } from './errors.js';
import { compareStrings, unionSorted } from './compare.js';
import { type Observation, type Stance, validateObservation } from './observation.js';
import { toMicro } from './weights.js';

/**
 * A deduplicated statement: one (actor, topic, stance) per near-duplicate cluster. Syndicated
 * copies of an article (same clusterId) and redeliveries of the same observation collapse into
 * one statement, so it counts once.
 */
export interface Statement {
  /** Identity of the statement: cluster (or article when unclustered), actor, topic, stance. */
  readonly key: string;
  readonly actor: string;
  readonly topic: string;
  readonly stance: Stance;
  /** Weight in integer micro-units: the highest confidence among the copies. */
  readonly weightMicro: number;
  /** Earliest publication time among the copies (when the statement was first reported). */
  readonly observedAt: Date;
  /** Every observation merged into this statement, sorted, without duplicates (the evidence). */
  readonly observationIds: readonly string[];
  /** Every article carrying the statement, sorted, without duplicates. */
  readonly articleIds: readonly string[];
}

/** Map from statement key to statement: the mergeable, order-free state of a set of observations. */
export type StatementSet = ReadonlyMap<string, Statement>;

/** The statement identity of an observation (cluster when known, otherwise the article itself). */
export function statementKey(
  obs: Pick<Observation, 'clusterId' | 'articleId' | 'actor' | 'topic' | 'stance'>,
): string {
  const origin = obs.clusterId ? `c:${obs.clusterId}` : `a:${obs.articleId}`;
  return JSON.stringify([origin, obs.actor, obs.topic, obs.stance]);
}

/** A statement made of one observation (validated). */
export function statementFromObservation(obs: Observation): Statement {
  validateObservation(obs);
  return {
    key: statementKey(obs),
    actor: obs.actor,
    topic: obs.topic,
    stance: obs.stance,
    weightMicro: toMicro(obs.confidence),
    observedAt: new Date(obs.observedAt.getTime()),
    observationIds: [obs.id],
    articleIds: [obs.articleId],
  };
}

/**
 * Merges two versions of the same statement: max weight, earliest time, union of evidence.
 * Commutative, associative and idempotent, so arrival order and redeliveries do not matter.
 */
export function mergeStatements(a: Statement, b: Statement): Statement {
  if (a.key !== b.key)
    throw new PositionsError(
      'INVALID_ARGUMENT',
      `cannot merge statements with different keys ${a.key} and ${b.key}`,
    );
  return {
    key: a.key,
    actor: a.actor,
    topic: a.topic,
    stance: a.stance,
    weightMicro: Math.max(a.weightMicro, b.weightMicro),
    observedAt: a.observedAt.getTime() <= b.observedAt.getTime() ? a.observedAt : b.observedAt,
    observationIds: unionSorted(a.observationIds, b.observationIds),
    articleIds: unionSorted(a.articleIds, b.articleIds),
  };
}

/** Folds one statement into a mutable set (internal helper shared by the set builders). */
function foldStatement(into: Map<string, Statement>, statement: Statement): void {
  const existing = into.get(statement.key);
  into.set(statement.key, existing ? mergeStatements(existing, statement) : statement);
}

/** Builds the statement set of a batch of observations (validates each one). */
export function buildStatementSet(observations: readonly Observation[]): Map<string, Statement> {
  const set = new Map<string, Statement>();
  observations.forEach((obs, index) => {
    try {
      foldStatement(set, statementFromObservation(obs));
    } catch (error) {
      if (error instanceof PositionsError)
        throw new PositionsError(error.code, `${error.message} (batch index ${index})`);
      throw error;
    }
  });
  return set;
}

/** Union of two statement sets; merging is commutative, associative and idempotent. */
export function mergeStatementSets(a: StatementSet, b: StatementSet): Map<string, Statement> {
  const out = new Map(a);
  for (const statement of b.values()) foldStatement(out, statement);
  return out;
}

/** Orders statements by event time, then key: the canonical order every computation uses. */
export function compareStatements(a: Statement, b: Statement): number {
  return a.observedAt.getTime() - b.observedAt.getTime() || compareStrings(a.key, b.key);
}

/** Deduplicated statements of a batch of observations, in canonical order. */
export function dedupeObservations(observations: readonly Observation[]): Statement[] {
  return sortStatements(buildStatementSet(observations).values());
}

/** The statements of a set (or any iterable) in canonical order. */
export function sortStatements(statements: Iterable<Statement>): Statement[] {
  return [...statements].sort(compareStatements);
}
