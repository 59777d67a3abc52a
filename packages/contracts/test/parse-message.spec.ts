import { describe, expect, it } from '@jest/globals';
import {
  type ObservationsExtracted,
  AlertsFiredV1,
  ArticlesIngestedV1,
  ContractViolation,
  DeadLetterV1,
  encodeMessage,
  ExtractionBackfillRequestedV1,
  ObservationsExtractedV1,
  parseMessage,
} from '../src/index.js';

const ARTICLE_ID = '3f1b6c2e-8a4d-4c1e-9b7a-2d5e6f708192';

function violationOf(fn: () => unknown): ContractViolation {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContractViolation) return error;
    throw error;
  }
  throw new Error('expected a ContractViolation');
}

const validObservation: ObservationsExtracted = {
  articleId: ARTICLE_ID,
  codebookId: 'iraq-politics',
  codebookVersion: 'sha256:ab12',
  extractorVersion: '0.1.0',
  observedAt: '2024-05-01T10:00:00Z',
  statements: [
    {
      actor: 'kadhimi',
      topic: 'us-military-presence',
      stance: 'support',
      confidence: 0.74,
      evidence: 'warns against a hasty withdrawal',
      start: 812,
      end: 905,
    },
  ],
};

describe('parseMessage', () => {
  it('returns the typed payload of a valid articles.ingested.v1 message from bytes', () => {
    const raw = new TextEncoder().encode(
      JSON.stringify({
        articleId: ARTICLE_ID,
        lang: 'ar',
        publishedAt: null,
        ingestedAt: '2024-05-01T10:00:00.123Z',
      }),
    );
    const payload = parseMessage(ArticlesIngestedV1, raw);
    expect(payload).toEqual({
      articleId: ARTICLE_ID,
      lang: 'ar',
      publishedAt: null,
      ingestedAt: '2024-05-01T10:00:00.123Z',
    });
  });

  it('accepts a string, drops unknown keys and accepts timezone offsets', () => {
    const payload = parseMessage(
      ArticlesIngestedV1,
      JSON.stringify({ articleId: ARTICLE_ID, ingestedAt: '2024-05-01T13:00:00+03:00', extra: 1 }),
    );
    expect(payload).toEqual({ articleId: ARTICLE_ID, ingestedAt: '2024-05-01T13:00:00+03:00' });
  });

  it('names the wrong field and the subject', () => {
    const error = violationOf(() =>
      parseMessage(
        ArticlesIngestedV1,
        JSON.stringify({ articleId: 'not-a-uuid', ingestedAt: '2024-05-01T10:00:00Z' }),
      ),
    );
    expect(error.code).toBe('CONTRACT_VIOLATION');
    expect(error.subject).toBe('articles.ingested.v1');
    expect(error.issues.map((i) => i.path)).toEqual(['articleId']);
    expect(error.message).toMatch(/^articles\.ingested\.v1: articleId: /);
  });

  it('reports a missing required field', () => {
    const error = violationOf(() =>
      parseMessage(ArticlesIngestedV1, JSON.stringify({ articleId: ARTICLE_ID })),
    );
    expect(error.issues.map((i) => i.path)).toEqual(['ingestedAt']);
  });

  it('rejects a non-ISO timestamp', () => {
    const error = violationOf(() =>
      parseMessage(ArticlesIngestedV1, JSON.stringify({ articleId: ARTICLE_ID, ingestedAt: 'yesterday' })),
    );
    expect(error.message).toContain('ingestedAt');
  });

  it('rejects bytes that are not UTF-8 and text that is not JSON', () => {
    expect(
      violationOf(() => parseMessage(ArticlesIngestedV1, new Uint8Array([0xff, 0xfe, 0x00]))).message,
    ).toContain('not valid UTF-8');
    expect(violationOf(() => parseMessage(ArticlesIngestedV1, '{"articleId":')).message).toContain(
      'not JSON',
    );
  });

  it('validates observation statements field by field', () => {
    expect(parseMessage(ObservationsExtractedV1, JSON.stringify(validObservation)).statements).toHaveLength(
      1,
    );
    const base = validObservation.statements[0]!;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...base, stance: 'maybe' }, 'statements.0.stance'],
      [{ ...base, confidence: 1.5 }, 'statements.0.confidence'],
      [{ ...base, start: -1 }, 'statements.0.start'],
      [{ ...base, start: 1.5 }, 'statements.0.start'],
      [{ ...base, start: 10, end: 5 }, 'statements.0.end'],
    ];
    for (const [statement, path] of cases) {
      const error = violationOf(() =>
        parseMessage(
          ObservationsExtractedV1,
          JSON.stringify({ ...validObservation, statements: [statement] }),
        ),
      );
      expect(error.issues.map((i) => i.path)).toContain(path);
    }
  });

  it('accepts an observation message with no statements (it clears the article)', () => {
    const payload = parseMessage(
      ObservationsExtractedV1,
      JSON.stringify({ ...validObservation, statements: [] }),
    );
    expect(payload.statements).toEqual([]);
  });

  it('checks backfill ranges and article ids', () => {
    expect(parseMessage(ExtractionBackfillRequestedV1, '{"codebookId":"c"}')).toEqual({ codebookId: 'c' });
    const reversed = violationOf(() =>
      parseMessage(
        ExtractionBackfillRequestedV1,
        JSON.stringify({ codebookId: 'c', from: '2024-02-01T00:00:00Z', to: '2024-01-01T00:00:00Z' }),
      ),
    );
    expect(reversed.issues.map((i) => i.path)).toEqual(['from']);
    const badId = violationOf(() =>
      parseMessage(
        ExtractionBackfillRequestedV1,
        JSON.stringify({ codebookId: 'c', articleIds: [ARTICLE_ID, 'x'] }),
      ),
    );
    expect(badId.issues.map((i) => i.path)).toEqual(['articleIds.1']);
  });

  it('validates alert kinds and evidence', () => {
    const alert = {
      alertId: 'a1',
      ruleId: 'flip-default',
      actor: 'kadhimi',
      topic: 'us-military-presence',
      kind: 'flip',
      historical: false,
      firedAt: '2024-05-01T10:00:00Z',
      eventTime: '2024-04-30T10:00:00Z',
      summary: 'kadhimi flipped from support to oppose',
      evidence: [{ observationId: 'o1', articleId: ARTICLE_ID, url: 'https://example.org/a' }],
    };
    expect(parseMessage(AlertsFiredV1, JSON.stringify(alert)).kind).toBe('flip');
    const error = violationOf(() => parseMessage(AlertsFiredV1, JSON.stringify({ ...alert, kind: 'drift' })));
    expect(error.issues.map((i) => i.path)).toEqual(['kind']);
  });

  it('defaults the dead-letter payload encoding to utf8', () => {
    const payload = parseMessage(
      DeadLetterV1,
      JSON.stringify({
        subject: 'articles.ingested.v1',
        reason: 'articleId: Invalid UUID',
        errorCode: 'CONTRACT_VIOLATION',
        deliveryCount: 1,
        payload: '{}',
        headers: {},
        failedAt: '2024-05-01T10:00:00Z',
        service: 'extraction',
      }),
    );
    expect(payload.payloadEncoding).toBe('utf8');
  });
});

describe('encodeMessage', () => {
  it('encodes a valid payload as UTF-8 JSON that parses back to the same value', () => {
    const bytes = encodeMessage(ObservationsExtractedV1, validObservation);
    expect(parseMessage(ObservationsExtractedV1, bytes)).toEqual(validObservation);
  });

  it('refuses an invalid payload before it leaves the process', () => {
    expect(() => encodeMessage(ObservationsExtractedV1, { ...validObservation, codebookId: '' })).toThrow(
      ContractViolation,
    );
  });
});
