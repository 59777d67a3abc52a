import { describe, expect, it } from '@jest/globals';
import {
  AlertsFiredV1,
  ArticlesIngestedV1,
  DeadLetterV1,
  defineMessage,
  ExtractionBackfillRequestedV1,
  MESSAGE_CONTRACTS,
  matchesSubject,
  ObservationsExtractedV1,
  resolveTopology,
  STREAM_DEFINITIONS,
  TopologyError,
} from '../src/index.js';
import { z } from 'zod';

describe('defineMessage', () => {
  it('puts the version in the subject', () => {
    const contract = defineMessage({ id: 'things.happened', version: 3, schema: z.object({}) });
    expect(contract.subject).toBe('things.happened.v3');
    expect(ArticlesIngestedV1.subject).toBe('articles.ingested.v1');
    expect(ObservationsExtractedV1.subject).toBe('observations.extracted.v1');
    expect(ExtractionBackfillRequestedV1.subject).toBe('extraction.backfill.requested.v1');
    expect(AlertsFiredV1.subject).toBe('alerts.fired.v1');
    expect(DeadLetterV1.subject).toBe('deadletter.v1');
  });

  it('rejects ids that cannot be subject tokens and non-positive versions', () => {
    expect(() => defineMessage({ id: 'Bad Id', version: 1, schema: z.object({}) })).toThrow(/Bad Id/);
    expect(() => defineMessage({ id: 'a.b', version: 0, schema: z.object({}) })).toThrow(/positive integer/);
  });

  it('lists each subject once', () => {
    const subjects = MESSAGE_CONTRACTS.map((c) => c.subject);
    expect(new Set(subjects).size).toBe(subjects.length);
  });
});

describe('matchesSubject', () => {
  it.each([
    ['articles.>', 'articles.ingested.v1', true],
    ['articles.>', 'articles', false],
    ['articles.*', 'articles.ingested', true],
    ['articles.*', 'articles.ingested.v1', false],
    ['a.b', 'a.b', true],
    ['a.b', 'a.b.c', false],
    ['a.*.c', 'a.x.c', true],
  ])('%s vs %s → %s', (pattern, subject, expected) => {
    expect(matchesSubject(pattern, subject)).toBe(expected);
  });
});

describe('resolveTopology', () => {
  it('without a namespace uses plain subjects and stream names', () => {
    const topology = resolveTopology();
    expect(topology.subjectFor(ArticlesIngestedV1)).toBe('articles.ingested.v1');
    expect(topology.streams.ARTICLES.name).toBe('ARTICLES');
    expect(topology.streams.JOBS.subjects).toEqual(['extraction.>', 'jobs.>']);
  });

  it('prefixes every subject and stream name with the namespace', () => {
    const topology = resolveTopology('test-1a2b');
    expect(topology.subjectFor(ObservationsExtractedV1)).toBe('test-1a2b.observations.extracted.v1');
    expect(topology.subjectFor('alerts.fired.v1')).toBe('test-1a2b.alerts.fired.v1');
    for (const stream of Object.values(topology.streams)) {
      expect(stream.name).toBe(`TEST_1A2B_${stream.key}`);
      for (const subject of stream.subjects) expect(subject.startsWith('test-1a2b.')).toBe(true);
    }
    expect(topology.logicalSubjectOf('test-1a2b.articles.ingested.v1')).toBe('articles.ingested.v1');
    expect(() => topology.logicalSubjectOf('other.articles.ingested.v1')).toThrow(TopologyError);
  });

  it('finds a stream for every contract, and the right one', () => {
    const topology = resolveTopology('ns');
    expect(topology.streamFor(ArticlesIngestedV1).name).toBe('NS_ARTICLES');
    expect(topology.streamFor(ObservationsExtractedV1).name).toBe('NS_OBSERVATIONS');
    expect(topology.streamFor(ExtractionBackfillRequestedV1).name).toBe('NS_JOBS');
    expect(topology.streamFor(AlertsFiredV1).name).toBe('NS_ALERTS');
    expect(topology.streamFor(DeadLetterV1).name).toBe('NS_DEADLETTER');
    expect(() => topology.streamFor('unknown.thing.v1')).toThrow(
      /no stream stores subject "unknown.thing.v1"/,
    );
  });

  it('rejects namespaces that could collide or break subjects', () => {
    for (const bad of ['Test', 'a_b', 'a.b', 'a b', '-a', 'x'.repeat(33)]) {
      let caught: unknown;
      try {
        resolveTopology(bad);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(TopologyError);
      expect((caught as TopologyError).code).toBe('INVALID_NAMESPACE');
    }
  });

  it('keeps duplicate windows of at least two minutes on file storage', () => {
    for (const def of STREAM_DEFINITIONS) {
      expect(def.storage).toBe('file');
      expect(def.duplicateWindowMs).toBeGreaterThanOrEqual(120_000);
      expect(def.maxAgeMs).toBeGreaterThan(def.duplicateWindowMs);
    }
  });
});
