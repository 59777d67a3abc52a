import { describe, expect, it } from '@jest/globals';
import {
  buildActorNetwork,
  buildActorNetworkFromTallies,
  bucketizeStatements,
  computeModularity,
  dedupeObservations,
  detectCommunities,
  type Observation,
  polarizationByTopic,
  polarizationFromTallies,
  polarizationIndex,
  polarizationSeries,
  type Stance,
} from '../src/index.js';
import { makeObservation, randomObservations, seededRandom, shuffled } from './helpers.js';

const said = (actor: string, topic: string, stance: Stance, day = 0): Observation =>
  makeObservation({ actor, topic, stance, day });

/** Two camps: a and b support every topic, c and d oppose every topic; e is split on t1. */
function twoCamps(): Observation[] {
  const obs: Observation[] = [];
  for (const topic of ['t1', 't2', 't3']) {
    obs.push(
      said('a', topic, 'support'),
      said('b', topic, 'support'),
      said('c', topic, 'oppose'),
      said('d', topic, 'oppose'),
    );
  }
  obs.push(said('e', 't1', 'support'), said('e', 't1', 'oppose'));
  return obs;
}

describe('buildActorNetwork', () => {
  it('links actors by congruence (same side) and conflict (opposite sides) over shared topics', () => {
    const network = buildActorNetwork(dedupeObservations(twoCamps()));
    const edge = (s: string, t: string) => network.edges.find((e) => e.source === s && e.target === t)!;
    expect(edge('a', 'b')).toMatchObject({
      sharedTopics: 3,
      congruence: 3,
      conflict: 0,
      congruenceShare: 1,
      conflictShare: 0,
    });
    expect(edge('a', 'c')).toMatchObject({ sharedTopics: 3, congruence: 0, conflict: 3, conflictShare: 1 });
    // e supports and opposes t1 equally: half agreement with everyone.
    expect(edge('a', 'e')).toMatchObject({ sharedTopics: 1, congruence: 0.5, conflict: 0.5 });
    expect(network.edges).toHaveLength(10);
  });

  it('finds the two camps as communities with positive modularity', () => {
    const network = buildActorNetwork(dedupeObservations(twoCamps()));
    const community = new Map(network.nodes.map((n) => [n.id, n.community]));
    expect(community.get('a')).toBe(community.get('b'));
    expect(community.get('c')).toBe(community.get('d'));
    expect(community.get('a')).not.toBe(community.get('c'));
    expect(network.modularity).toBeGreaterThan(0.3);
  });

  it('respects the window, the minimum shared topics and labels', () => {
    const obs = [...twoCamps(), said('a', 't9', 'support', 100), said('z', 't9', 'support', 100)];
    const window = buildActorNetwork(dedupeObservations(obs), {
      from: new Date(Date.UTC(2024, 0, 1)),
      to: new Date(Date.UTC(2024, 0, 2)),
    });
    expect(window.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const strict = buildActorNetwork(dedupeObservations(obs), {
      minSharedTopics: 2,
      labels: new Map([['a', 'مقتدى الصدر']]),
    });
    expect(strict.edges.every((e) => e.sharedTopics >= 2)).toBe(true);
    expect(strict.nodes.find((n) => n.id === 'a')!.label).toBe('مقتدى الصدر');
    expect(() => buildActorNetwork([], { from: new Date(2), to: new Date(1) })).toThrow(/reversed/);
  });

  it('is a pure function of the set of statements', () => {
    const random = seededRandom(5);
    const statements = dedupeObservations(randomObservations(300, random));
    const reference = buildActorNetwork(statements);
    for (let i = 0; i < 3; i++) expect(buildActorNetwork(shuffled(statements, random))).toEqual(reference);
  });

  it('gives the same network and polarization from stored per-bucket (actor, topic) tallies', () => {
    const random = seededRandom(31);
    const statements = dedupeObservations(randomObservations(400, random));
    // What a store holds: one tally row per (actor, topic, day).
    const rows = ['sadr', 'maliki', 'الحلبوسي', 'kadhimi'].flatMap((actor) =>
      ['us-presence', 'elections', 'budget'].flatMap((topic) =>
        bucketizeStatements(
          statements.filter((s) => s.actor === actor && s.topic === topic),
          'day',
        ).map((b) => ({ actor, topic, tally: b.tally })),
      ),
    );
    const fromRows = buildActorNetworkFromTallies(shuffled(rows, random));
    const direct = buildActorNetwork(statements);
    expect(fromRows.nodes).toEqual(direct.nodes);
    expect(fromRows.edges.map((e) => [e.source, e.target, e.sharedTopics])).toEqual(
      direct.edges.map((e) => [e.source, e.target, e.sharedTopics]),
    );
    fromRows.edges.forEach((e, i) => expect(e.congruence).toBeCloseTo(direct.edges[i]!.congruence, 12));
    expect(polarizationFromTallies(rows)).toEqual(polarizationByTopic(statements));
  });

  it('gives the same network with the dense and the sparse pair table', () => {
    const random = seededRandom(8);
    const statements = dedupeObservations(randomObservations(300, random));
    expect(buildActorNetwork(statements, { densePairLimit: 0 })).toEqual(buildActorNetwork(statements));
  });
});

describe('detectCommunities and computeModularity', () => {
  it('separates two triangles joined by a weak bridge, deterministically numbered', () => {
    const edges = [
      { source: 'x1', target: 'x2', weight: 1 },
      { source: 'x2', target: 'x3', weight: 1 },
      { source: 'x1', target: 'x3', weight: 1 },
      { source: 'y1', target: 'y2', weight: 1 },
      { source: 'y2', target: 'y3', weight: 1 },
      { source: 'y1', target: 'y3', weight: 1 },
      { source: 'x3', target: 'y1', weight: 0.1 },
    ];
    const nodes = ['y3', 'x1', 'y1', 'x3', 'x2', 'y2', 'alone'];
    const communities = detectCommunities(nodes, edges);
    expect(Object.fromEntries(communities)).toEqual({ alone: 0, x1: 1, x2: 1, x3: 1, y1: 2, y2: 2, y3: 2 });
    expect(detectCommunities([...nodes].reverse(), [...edges].reverse())).toEqual(communities);
    expect(computeModularity(nodes, edges, communities)).toBeGreaterThan(0.4);
  });

  it('computes the textbook modularity of two disjoint edges', () => {
    const edges = [
      { source: 'a', target: 'b', weight: 1 },
      { source: 'c', target: 'd', weight: 1 },
    ];
    const split = new Map([
      ['a', 0],
      ['b', 0],
      ['c', 1],
      ['d', 1],
    ]);
    const lumped = new Map([
      ['a', 0],
      ['b', 0],
      ['c', 0],
      ['d', 0],
    ]);
    expect(computeModularity(['a', 'b', 'c', 'd'], edges, split)).toBeCloseTo(0.5, 14);
    expect(computeModularity(['a', 'b', 'c', 'd'], edges, lumped)).toBeCloseTo(0, 14);
    expect(() => detectCommunities(['a'], [{ source: 'a', target: 'q', weight: 1 }])).toThrow(/unknown node/);
  });
});

describe('polarization', () => {
  it('is 1 for two equal camps at the extremes, 0 for consensus, null below two actors', () => {
    expect(
      polarizationIndex([
        { position: 1, weight: 1 },
        { position: -1, weight: 1 },
      ]),
    ).toBe(1);
    expect(
      polarizationIndex([
        { position: 0.5, weight: 3 },
        { position: 0.5, weight: 1 },
      ]),
    ).toBe(0);
    expect(polarizationIndex([{ position: 1, weight: 1 }])).toBeNull();
    // Weighted variance: mean = 0.5, variance = (3·0.25 + 1·2.25) / 4 = 0.75.
    expect(
      polarizationIndex([
        { position: 1, weight: 3 },
        { position: -1, weight: 1 },
      ]),
    ).toBeCloseTo(0.75, 14);
    expect(() =>
      polarizationIndex([
        { position: 2, weight: 1 },
        { position: 0, weight: 1 },
      ]),
    ).toThrow(/position must be in \[-1, 1\]/);
  });

  it('computes per-topic polarization with evidence or equal weighting', () => {
    const obs = [
      said('a', 'p', 'support'),
      said('a', 'p', 'support'),
      said('a', 'p', 'support'),
      said('b', 'p', 'oppose'),
      said('a', 'q', 'support'),
      said('b', 'q', 'support'),
    ];
    const byEvidence = polarizationByTopic(dedupeObservations(obs));
    expect(byEvidence.map((t) => [t.topic, t.actorCount])).toEqual([
      ['p', 2],
      ['q', 2],
    ]);
    expect(byEvidence[0]!.index).toBeCloseTo(0.75, 14);
    expect(byEvidence[0]!.meanPosition).toBeCloseTo(0.5, 14);
    expect(byEvidence[1]!.index).toBe(0);
    expect(polarizationByTopic(dedupeObservations(obs), { weighting: 'equal' })[0]!.index).toBeCloseTo(1, 14);
  });

  it('tracks polarization over time, bucket by bucket', () => {
    const obs = [
      said('a', 'p', 'support', 0),
      said('b', 'p', 'support', 1),
      said('a', 'p', 'support', 40),
      said('b', 'p', 'oppose', 41),
    ];
    const series = polarizationSeries(dedupeObservations(obs), 'month');
    expect(series.map((p) => [p.bucketStart.toISOString().slice(0, 7), p.index])).toEqual([
      ['2024-01', 0],
      ['2024-02', 1],
    ]);
  });
});
