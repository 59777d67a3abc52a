import { compareStrings } from './compare.js';
import { computeModularity, detectCommunities } from './communities.js';
import { assertValidDate, PositionsError } from './errors.js';
import {
  type ActorTopicLeaning,
  type ActorTopicTally,
  groupLeaningsByTopic,
  leaningsFromTallies,
  tallyByActorTopic,
} from './leanings.js';
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
  /**
   * Memory/speed trade-off: up to this many actors, pair totals live in a dense table of n²/2
   * cells (fast); above it, in a map. Default 2000. Results are identical either way.
   */
  readonly densePairLimit?: number;
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

/** Above this many actors the dense pair table (n²/2 cells) would be too large; use a map instead. */
const DEFAULT_DENSE_PAIR_LIMIT = 2_000;

/**
 * Sums, for every actor pair, the shared topics and the agreement over them. The loop is
 * quadratic in the actors per topic, so pairs live in a dense triangular table indexed by the
 * actors' sorted positions (a map keyed by i × n + j for very large actor sets).
 */
function accumulatePairs(
  byTopic: Map<string, ActorTopicLeaning[]>,
  actorIds: readonly string[],
  denseLimit: number,
  minSharedTopics: number,
): NetworkEdge[] {
  const index = new Map(actorIds.map((id, i) => [id, i]));
  const n = actorIds.length;
  const dense = n <= denseLimit;
  const shared = dense ? new Uint32Array((n * (n - 1)) / 2) : null;
  const agreementSum = dense ? new Float64Array((n * (n - 1)) / 2) : null;
  const sparse = new Map<number, { shared: number; agreement: number }>();
  // Topics and actors arrive sorted, so float sums are accumulated in one fixed order.
  for (const actors of byTopic.values()) {
    // Per-topic typed arrays keep the quadratic inner loop free of map lookups.
    const ids = Int32Array.from(actors, (l) => index.get(l.actor)!);
    const shares = Float64Array.from(actors, (l) => l.supportShare);
    for (let a = 0; a < ids.length; a++) {
      const i = ids[a]!;
      const p = shares[a]!;
      for (let b = a + 1; b < ids.length; b++) {
        const j = ids[b]!;
        const q = shares[b]!;
        const agreement = p * q + (1 - p) * (1 - q);
        if (shared && agreementSum) {
          // Row-major upper triangle (i < j since both lists are sorted by actor id).
          const cell = i * n - (i * (i + 1)) / 2 + (j - i - 1);
          shared[cell]! += 1;
          agreementSum[cell]! += agreement;
        } else {
          const key = i * n + j;
          const entry = sparse.get(key) ?? { shared: 0, agreement: 0 };
          entry.shared += 1;
          entry.agreement += agreement;
          sparse.set(key, entry);
        }
      }
    }
  }
  const edges: NetworkEdge[] = [];
  const emit = (i: number, j: number, sharedTopics: number, congruence: number): void => {
    if (sharedTopics < minSharedTopics) return;
    const conflict = sharedTopics - congruence;
    edges.push({
      source: actorIds[i]!,
      target: actorIds[j]!,
      sharedTopics,
      congruence,
      conflict,
      congruenceShare: congruence / sharedTopics,
      conflictShare: conflict / sharedTopics,
    });
  };
  // Edges come out ordered by (source, target) because actorIds is sorted.
  if (shared && agreementSum) {
    let cell = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++, cell++)
        if (shared[cell]! > 0) emit(i, j, shared[cell]!, agreementSum[cell]!);
    }
    return edges;
  }
  for (const [key, entry] of [...sparse.entries()].sort(([x], [y]) => x - y)) {
    emit(Math.floor(key / n), key % n, entry.shared, entry.agreement);
  }
  return edges;
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
  return buildActorNetworkFromTallies(tallyByActorTopic(inWindow), options);
}

/**
 * The same network from (actor, topic) tallies already restricted to the window — e.g. the stored
 * bucket rows of the window, several rows per pair allowed (they are summed). `from`/`to` in the
 * options are only recorded in the result. This is the cheap path for a read endpoint.
 */
export function buildActorNetworkFromTallies(
  rows: Iterable<ActorTopicTally>,
  options: NetworkOptions = {},
): ActorNetwork {
  const leanings = leaningsFromTallies(rows, options.minStatements ?? 1);
  const actorIds = [...new Set(leanings.map((l) => l.actor))].sort(compareStrings);
  const edges = accumulatePairs(
    groupLeaningsByTopic(leanings),
    actorIds,
    options.densePairLimit ?? DEFAULT_DENSE_PAIR_LIMIT,
    Math.max(options.minSharedTopics ?? 1, 1),
  );
  const perActor = new Map<string, { topicCount: number; evidence: number }>();
  for (const l of [...leanings].sort(
    (a, b) => compareStrings(a.actor, b.actor) || compareStrings(a.topic, b.topic),
  )) {
    const entry = perActor.get(l.actor) ?? { topicCount: 0, evidence: 0 };
    perActor.set(l.actor, { topicCount: entry.topicCount + 1, evidence: entry.evidence + l.evidence });
  }
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
