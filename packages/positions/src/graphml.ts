import { PositionsError } from './errors.js';
import type { ActorNetwork } from './network.js';
import { escapeXml } from './xml.js';

export type GraphAttributeValue = string | number | boolean | null;

export interface GraphMLGraph {
  readonly id: string;
  readonly directed: boolean;
  readonly attributes?: Readonly<Record<string, GraphAttributeValue>>;
  readonly nodes: readonly {
    readonly id: string;
    readonly attributes: Readonly<Record<string, GraphAttributeValue>>;
  }[];
  readonly edges: readonly {
    readonly source: string;
    readonly target: string;
    readonly attributes: Readonly<Record<string, GraphAttributeValue>>;
  }[];
}

type Domain = 'graph' | 'node' | 'edge';
type AttrType = 'string' | 'double' | 'boolean';

function attributeType(value: GraphAttributeValue): AttrType | null {
  if (value === null) return null;
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/** Declares one <key> per (domain, attribute name); a name used with two value types is an error. */
function collectKeys(
  domain: Domain,
  records: readonly Readonly<Record<string, GraphAttributeValue>>[],
): Map<string, AttrType> {
  const types = new Map<string, Set<AttrType>>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const seen = types.get(name) ?? new Set<AttrType>();
      const type = attributeType(value);
      if (type) seen.add(type);
      types.set(name, seen);
    }
  }
  const keys = new Map<string, AttrType>();
  for (const [name, seen] of types) {
    if (seen.size > 1)
      throw new PositionsError(
        'INVALID_ARGUMENT',
        `GraphML ${domain} attribute ${JSON.stringify(name)} mixes ${[...seen].join(' and ')} values`,
      );
    // An attribute that is null everywhere is declared as string; it never gets a <data> element.
    keys.set(name, [...seen][0] ?? 'string');
  }
  return keys;
}

function formatAttribute(value: GraphAttributeValue): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new PositionsError('INVALID_ARGUMENT', `GraphML attribute value ${value} is not finite`);
    return String(value);
  }
  return escapeXml(String(value));
}

function keyId(domain: Domain, name: string, index: number): string {
  return `${domain[0]}${index}_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

function renderData(
  record: Readonly<Record<string, GraphAttributeValue>>,
  ids: Map<string, string>,
  indent: string,
): string[] {
  return Object.entries(record)
    .filter(([, value]) => value !== null)
    .map(
      ([name, value]) => `${indent}<data key="${escapeXml(ids.get(name)!)}">${formatAttribute(value)}</data>`,
    );
}

/** Serialises a graph as a GraphML document (UTF-8), declaring a typed <key> for every attribute. */
export function writeGraphML(graph: GraphMLGraph): string {
  const nodeIds = new Set<string>();
  for (const node of graph.nodes) {
    if (nodeIds.has(node.id))
      throw new PositionsError(
        'INVALID_ARGUMENT',
        `GraphML node id ${JSON.stringify(node.id)} is duplicated`,
      );
    nodeIds.add(node.id);
  }
  for (const edge of graph.edges) {
    if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target)) {
      throw new PositionsError(
        'INVALID_ARGUMENT',
        `GraphML edge ${JSON.stringify(edge.source)}–${JSON.stringify(edge.target)} references an unknown node`,
      );
    }
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const keyIds: Record<Domain, Map<string, string>> = { graph: new Map(), node: new Map(), edge: new Map() };
  const domains: [Domain, readonly Readonly<Record<string, GraphAttributeValue>>[]][] = [
    ['graph', graph.attributes ? [graph.attributes] : []],
    ['node', graph.nodes.map((n) => n.attributes)],
    ['edge', graph.edges.map((e) => e.attributes)],
  ];
  for (const [domain, records] of domains) {
    [...collectKeys(domain, records)].forEach(([name, type], index) => {
      const id = keyId(domain, name, index);
      keyIds[domain].set(name, id);
      lines.push(
        `  <key id="${escapeXml(id)}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`,
      );
    });
  }
  lines.push(
    `  <graph id="${escapeXml(graph.id)}" edgedefault="${graph.directed ? 'directed' : 'undirected'}">`,
  );
  if (graph.attributes) lines.push(...renderData(graph.attributes, keyIds.graph, '    '));
  for (const node of graph.nodes) {
    lines.push(
      `    <node id="${escapeXml(node.id)}">`,
      ...renderData(node.attributes, keyIds.node, '      '),
      '    </node>',
    );
  }
  graph.edges.forEach((edge, index) => {
    lines.push(
      `    <edge id="e${index}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`,
      ...renderData(edge.attributes, keyIds.edge, '      '),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export interface GraphMLOptions {
  /** 'congruence' or 'conflict' keeps only edges with positive weight of that kind; default 'both'. */
  readonly edges?: 'both' | 'congruence' | 'conflict';
}

/** GraphML of an actor network: node label/community/evidence, edge congruence/conflict (raw and share). */
export function toGraphML(network: ActorNetwork, options: GraphMLOptions = {}): string {
  const which = options.edges ?? 'both';
  const edges = network.edges.filter(
    (e) => which === 'both' || (which === 'congruence' ? e.congruence > 0 : e.conflict > 0),
  );
  return writeGraphML({
    id: 'actors',
    directed: false,
    attributes: {
      from: network.from?.toISOString() ?? null,
      to: network.to?.toISOString() ?? null,
      modularity: network.modularity,
      edges: which,
    },
    nodes: network.nodes.map((n) => ({
      id: n.id,
      attributes: { label: n.label, community: n.community, topicCount: n.topicCount, evidence: n.evidence },
    })),
    edges: edges.map((e) => ({
      source: e.source,
      target: e.target,
      attributes: {
        weight: which === 'conflict' ? e.conflict : e.congruence,
        sharedTopics: e.sharedTopics,
        congruence: e.congruence,
        conflict: e.conflict,
        congruenceShare: e.congruenceShare,
        conflictShare: e.conflictShare,
      },
    })),
  });
}
