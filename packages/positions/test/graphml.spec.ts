import { describe, expect, it } from '@jest/globals';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildActorNetwork, dedupeObservations, escapeXml, toGraphML, writeGraphML } from '../src/index.js';
import { makeObservation } from './helpers.js';

const hostile = `<script>alert('x')</script> & "quotes" \u0001bell`;

function sampleNetwork() {
  const obs = ['t1', 't2'].flatMap((topic) => [
    makeObservation({ actor: 'sadr', topic, stance: 'support' }),
    makeObservation({ actor: 'maliki', topic, stance: 'oppose' }),
    makeObservation({ actor: 'x&y', topic, stance: 'support' }),
  ]);
  return buildActorNetwork(dedupeObservations(obs), {
    labels: new Map([
      ['sadr', 'مقتدى الصدر'],
      ['maliki', hostile],
    ]),
  });
}

describe('toGraphML', () => {
  it('produces well-formed GraphML with typed keys, node and edge attributes', () => {
    const xml = toGraphML(sampleNetwork());
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const keys = doc.graphml.key as { id: string; for: string; 'attr.name': string; 'attr.type': string }[];
    expect(keys.find((k) => k.for === 'node' && k['attr.name'] === 'label')!['attr.type']).toBe('string');
    expect(keys.find((k) => k.for === 'edge' && k['attr.name'] === 'conflict')!['attr.type']).toBe('double');
    expect(doc.graphml.graph.edgedefault).toBe('undirected');
    expect(doc.graphml.graph.node).toHaveLength(3);
    expect(doc.graphml.graph.edge).toHaveLength(3);
  });

  it('preserves Arabic names and escapes hostile strings', () => {
    const xml = toGraphML(sampleNetwork());
    expect(xml).toContain('مقتدى الصدر');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain(
      '&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;quotes&quot; \uFFFDbell',
    );
    expect(xml).toContain('<node id="x&amp;y">');
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      processEntities: true,
      htmlEntities: false,
    }).parse(xml);
    const labels = (doc.graphml.graph.node as { data: { '#text': string | number }[] }[]).map(
      (n) => n.data[0]!['#text'],
    );
    expect(labels).toContain('مقتدى الصدر');
  });

  it('keeps only conflict edges when asked, with conflict as the weight', () => {
    const xml = toGraphML(sampleNetwork(), { edges: 'conflict' });
    expect(xml.match(/<edge /g)).toHaveLength(2);
  });
});

describe('writeGraphML and escapeXml', () => {
  it('rejects edges to unknown nodes, duplicate ids and mixed attribute types', () => {
    expect(() =>
      writeGraphML({
        id: 'g',
        directed: true,
        nodes: [{ id: 'a', attributes: {} }],
        edges: [{ source: 'a', target: 'b', attributes: {} }],
      }),
    ).toThrow(/unknown node/);
    expect(() =>
      writeGraphML({
        id: 'g',
        directed: true,
        nodes: [
          { id: 'a', attributes: {} },
          { id: 'a', attributes: {} },
        ],
        edges: [],
      }),
    ).toThrow(/duplicated/);
    expect(() =>
      writeGraphML({
        id: 'g',
        directed: false,
        nodes: [
          { id: 'a', attributes: { w: 1 } },
          { id: 'b', attributes: { w: 'one' } },
        ],
        edges: [],
      }),
    ).toThrow(/mixes double and string/);
  });

  it('escapes markup, keeps newlines as character references and drops characters XML cannot carry', () => {
    expect(escapeXml(`a<b>&"'\n`)).toBe('a&lt;b&gt;&amp;&quot;&apos;&#10;');
    expect(escapeXml('\u0000\uD800x\uFFFE')).toBe('\uFFFD\uFFFDx\uFFFD');
    expect(escapeXml('😀 كلام')).toBe('😀 كلام');
  });
});
