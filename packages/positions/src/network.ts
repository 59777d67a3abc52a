import { compareStrings } from './compare.js';
import { computeModularity, detectCommunities } from './communities.js';
import { assertValidDate, PositionsError } from './errors.js';
import { type ActorTopicLeaning, computeLeanings, groupLeaningsByTopic } from './leanings.js';
import type { Statement } from './statements.js';

export interface NetworkNode {
  readonly id: string;
  /** Display name (e.g. the codebook's Arabic or English name); defaults to the id. */
  readonly label: string;
  /** Topics on which the actor took a side in the window. */
  readonly topicCount: number;
  /** Non-neutral evidence weight summed over topics. */
  readonly evidence: number;
  /** Community from label propagation over the agreement graph. */
  readonly community: number;
}

export interface NetworkEdge {
  /** source < target (code-unit order): the network is undirected. */
  readonly source: string;
  readonly target: string;
  /** Topics on which both actors took a side. */
  readonly sharedTopics: number;
  /** Σ over shared topics of P(a random statement of each agrees) = p_i p_j + (1 − p_i)(1 − p_j). */
  readonly congruence: number;
  /** Σ over shared topics of P(they take opposite sides) = 1 − agreement. */
  readonly conflict: number;
  /** congruence / sharedTopics in [0, 1]. */
  readonly congruenceShare: number;
  /** conflict / sharedTopics in [0, 1]. */
  readonly conflictShare: number;
}

export interface ActorNetwork {
  readonly from: Date | null;
  readonly to: Date | null;
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  /** Modularity of the community partition on the agreement graph. */
  readonly modularity: number;
}

export interface NetworkOptions {
  /** Window [from, to) on event time; statements outside are ignored. */
  readonly from?: Date;
  readonly to?: Date;
  /** Minimum non-neutral statements for an (actor, topic) pair to count as taking a side; default 1. */
  readonly minStatements?: number;
  /** Minimum shared topics for an edge; default 1. */
  readonly minSharedTopics?: number;
  /** Actor id → display label. */
  readonly labels?: ReadonlyMap<string, string>;
}

function filterWindow(
  statements: Iterable<Statement>,
  from: Date | undefined,
  to: Date | undefined,
): Statement[] {
  if (from) assertValidDate('from', from);
  if (to) assertValidDate('to', to);
  if (from && to && from.getTime() > to.getTime())
    throw new PositionsError(
      'INVALID_ARGUMENT',
      `window is reversed: from ${from.toISOString()} is after to ${to.toISOString()}`,
    );
  const lo = from?.getTime() ?? Number.NEGATIVE_INFINITY;
  const hi = to?.getTime() ?? Number.POSITIVE_INFINITY;
  return [...statements].filter((s) => s.observedAt.getTime() >= lo && s.observedAt.getTime() < hi);
}

type EdgeAccumulator = { sharedTopics: number; congruence: number; conflict: number };

function accumulatePairs(
  byTopic: Map<string, ActorTopicLeaning[]>,
): Map<string, EdgeAccumulator & { source: string; target: string }> {
  const pairs = new Map<string, EdgeAccumulator & { source: string; target: string }>();
  // Topics and actors arrive sorted, so float sums are accumulated in one fixed order.
  for (const actors of byTopic.values()) {
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) {
        const a = actors[i]!;
        const b = actors[j]!;
        const agreement = a.supportShare * b.supportShare + (1 - a.supportShare) * (1 - b.supportShare);
        const key = JSON.stringify([a.actor, b.actor]);
        const acc = pairs.get(key) ?? {
          source: a.actor,
          target: b.actor,
          sharedTopics: 0,
          congruence: 0,
          conflict: 0,
        };
        acc.sharedTopics += 1;
        acc.congruence += agreement;
        acc.conflict += 1 - agreement;
        pairs.set(key, acc);
      }
    }
  }
  return pairs;
}

/**
 * Actor congruence/conflict network for a window, after Discourse Network Analyzer: actors are
 * linked through the topics on which both took a side. An actor's side on a topic is its support
 * share p = S / (S + O); for binary sides (p ∈ {0, 1}) congruence and conflict reduce to DNA's
 * counts of topics with the same / opposite side. Communities come from label propagation over
 * the agreement graph with weights max(0, congruence − conflict).
 */
export function buildActorNetwork(
  statements: Iterable<Statement>,
  options: NetworkOptions = {},
): ActorNetwork {
  const inWindow = filterWindow(statements, options.from, options.to);
  const leanings = computeLeanings(inWindow, options.minStatements ?? 1);
  const minShared = options.minSharedTopics ?? 1;
  const edges: NetworkEdge[] = [...accumulatePairs(groupLeaningsByTopic(leanings)).values()]
    .filter((e) => e.sharedTopics >= minShared)
    .map((e) => ({
      ...e,
      congruenceShare: e.congruence / e.sharedTopics,
      conflictShare: e.conflict / e.sharedTopics,
    }))
    .sort((a, b) => compareStrings(a.source, b.source) || compareStrings(a.target, b.target));
  const perActor = new Map<string, { topicCount: number; evidence: number }>();
  for (const l of [...leanings].sort(
    (a, b) => compareStrings(a.actor, b.actor) || compareStrings(a.topic, b.topic),
  )) {
    const entry = perActor.get(l.actor) ?? { topicCount: 0, evidence: 0 };
    perActor.set(l.actor, { topicCount: entry.topicCount + 1, evidence: entry.evidence + l.evidence });
  }
  const actorIds = [...perActor.keys()].sort(compareStrings);
  const agreementEdges = edges.map((e) => ({
    source: e.source,
    target: e.target,
    weight: Math.max(0, e.congruence - e.conflict),
  }));
  const communities = detectCommunities(actorIds, agreementEdges);
  const nodes: NetworkNode[] = actorIds.map((id) => ({
    id,
    label: options.labels?.get(id) ?? id,
    topicCount: perActor.get(id)!.topicCount,
    evidence: perActor.get(id)!.evidence,
    community: communities.get(id)!,
  }));
  return {
    from: options.from ?? null,
    to: options.to ?? null,
    nodes,
    edges,
    modularity: computeModularity(actorIds, agreementEdges, communities),
  };
}
