import { compareStrings } from './compare.js';
import { PositionsError } from './errors.js';

export interface WeightedEdge {
  readonly source: string;
  readonly target: string;
  /** Non-negative weight; zero-weight edges are ignored. */
  readonly weight: number;
}

function buildAdjacency(
  nodes: readonly string[],
  edges: readonly WeightedEdge[],
): Map<string, Map<string, number>> {
  const adjacency = new Map<string, Map<string, number>>(nodes.map((n) => [n, new Map()]));
  for (const e of edges) {
    if (!(Number.isFinite(e.weight) && e.weight >= 0))
      throw new PositionsError(
        'INVALID_ARGUMENT',
        `edge ${e.source}–${e.target} has invalid weight ${String(e.weight)}`,
      );
    if (e.weight === 0 || e.source === e.target) continue;
    const a = adjacency.get(e.source);
    const b = adjacency.get(e.target);
    if (!a || !b)
      throw new PositionsError('INVALID_ARGUMENT', `edge ${e.source}–${e.target} references an unknown node`);
    a.set(e.target, (a.get(e.target) ?? 0) + e.weight);
    b.set(e.source, (b.get(e.source) ?? 0) + e.weight);
  }
  return adjacency;
}

/**
 * Deterministic weighted label propagation. Every node starts in its own community; nodes are
 * visited in sorted id order and adopt the label with the largest total edge weight among their
 * neighbours (a tie keeps the current label if tied, else the smallest label). Stops when a pass
 * changes nothing or after maxPasses. Returns node → community number, numbered 0, 1, … in order
 * of each community's smallest node id. Isolated nodes are their own community.
 */
export function detectCommunities(
  nodes: readonly string[],
  edges: readonly WeightedEdge[],
  maxPasses = 100,
): Map<string, number> {
  const order = [...new Set(nodes)].sort(compareStrings);
  const adjacency = buildAdjacency(order, edges);
  const position = new Map(order.map((n, i) => [n, i]));
  // Neighbour lists as index arrays in sorted order, built once: floating-point totals are then
  // accumulated in a fixed order, and passes do no string work.
  const neighbourIds = order.map((node) =>
    Int32Array.from([...adjacency.get(node)!.keys()].map((k) => position.get(k)!).sort((a, b) => a - b)),
  );
  const neighbourWeights = order.map((node, i) =>
    Float64Array.from(neighbourIds[i]!, (j) => adjacency.get(node)!.get(order[j]!)!),
  );
  const label = Int32Array.from(order, (_, i) => i);
  for (let pass = 0; pass < maxPasses; pass++) {
    let changed = false;
    for (let i = 0; i < order.length; i++) {
      const ids = neighbourIds[i]!;
      if (ids.length === 0) continue;
      const weights = neighbourWeights[i]!;
      const totals = new Map<number, number>();
      for (let k = 0; k < ids.length; k++) {
        const l = label[ids[k]!]!;
        totals.set(l, (totals.get(l) ?? 0) + weights[k]!);
      }
      const own = label[i]!;
      let best = own;
      let bestWeight = totals.get(own) ?? -1;
      for (const [l, weight] of totals) {
        // Strictly heavier wins; among equal weights the smaller label, unless the own label ties.
        if (weight > bestWeight || (weight === bestWeight && best !== own && l < best)) {
          best = l;
          bestWeight = weight;
        }
      }
      if (best !== own) {
        label[i] = best;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const renumber = new Map<number, number>();
  const result = new Map<string, number>();
  for (const [i, node] of order.entries()) {
    const l = label[i]!;
    if (!renumber.has(l)) renumber.set(l, renumber.size);
    result.set(node, renumber.get(l)!);
  }
  return result;
}

/**
 * Newman–Girvan modularity Q = Σ_c [ L_c / m − (d_c / 2m)² ] of a partition (L_c: weight inside
 * community c, d_c: total degree of c, m: total weight). 0 for a graph without edges.
 */
export function computeModularity(
  nodes: readonly string[],
  edges: readonly WeightedEdge[],
  communities: ReadonlyMap<string, number>,
): number {
  const adjacency = buildAdjacency([...new Set(nodes)].sort(compareStrings), edges);
  let total = 0;
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  for (const [node, neighbours] of adjacency) {
    const c = communities.get(node);
    if (c === undefined) throw new PositionsError('INVALID_ARGUMENT', `node ${node} has no community`);
    for (const [other, weight] of neighbours) {
      total += weight / 2;
      degree.set(c, (degree.get(c) ?? 0) + weight);
      if (communities.get(other) === c) inside.set(c, (inside.get(c) ?? 0) + weight / 2);
    }
  }
  if (total === 0) return 0;
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / total - (d / (2 * total)) ** 2;
  return q;
}
