import { describe, expect, it } from '@jest/globals';
import { DbError } from './errors.js';
import { type ObservationRow, toObservationColumns } from './observation-rows.js';

const ARTICLE = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';
const CODEBOOK = '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b';

function row(overrides: Partial<Record<keyof ObservationRow, unknown>> = {}): ObservationRow {
  return {
    articleId: ARTICLE,
    codebookId: CODEBOOK,
    actorKey: 'kadhimi',
    topicKey: 'us-military-presence',
    stance: 'oppose',
    confidence: 0.8,
    evidence: 'they demand withdrawal',
    evidenceStart: 3,
    evidenceEnd: 25,
    extractorVersion: 'v1',
    observedAt: new Date('2021-07-25T00:00:00Z'),
    ...overrides,
  } as ObservationRow;
}

function errorOf(rows: ObservationRow[]): DbError {
  try {
    toObservationColumns(rows);
  } catch (error) {
    if (error instanceof DbError) return error;
    throw error;
  }
  throw new Error('expected toObservationColumns to throw');
}

describe('toObservationColumns', () => {
  it('transposes rows into columns, deriving the score from the stance', () => {
    const columns = toObservationColumns([
      row(),
      row({ stance: 'support', actorKey: 'sadr', observedAt: new Date('2022-01-01T12:00:00Z') }),
      row({ stance: 'neutral', score: 0 }),
    ]);

    expect(columns.stances).toEqual(['oppose', 'support', 'neutral']);
    expect(columns.scores).toEqual([-1, 1, 0]);
    expect(columns.actorKeys).toEqual(['kadhimi', 'sadr', 'kadhimi']);
    expect(columns.observedAts).toEqual([
      '2021-07-25T00:00:00.000Z',
      '2022-01-01T12:00:00.000Z',
      '2021-07-25T00:00:00.000Z',
    ]);
    expect(columns.evidenceStarts).toEqual([3, 3, 3]);
  });

  it('returns empty columns for no rows', () => {
    expect(toObservationColumns([]).articleIds).toEqual([]);
  });

  it.each([
    [{ articleId: 'article-1' }, 'rows[0].articleId must be a UUID (got "article-1")'],
    [{ codebookId: undefined }, 'rows[0].codebookId must be a UUID (got undefined)'],
    [{ actorKey: '' }, 'rows[0].actorKey must be a non-empty string'],
    [{ stance: 'against' }, 'rows[0].stance must be support, oppose or neutral (got "against")'],
    [{ score: 1 }, 'rows[0].score must be -1 for stance oppose (got 1)'],
    [{ confidence: 1.5 }, 'rows[0].confidence must be a number in [0, 1] (got 1.5)'],
    [{ confidence: Number.NaN }, 'rows[0].confidence must be a number in [0, 1] (got NaN)'],
    [{ evidence: 'a\u0000b' }, 'rows[0].evidence must be text without NUL characters'],
    [{ evidenceStart: -1 }, 'rows[0].evidenceStart must be a non-negative 32-bit integer (got -1)'],
    [{ evidenceEnd: 2.5 }, 'rows[0].evidenceEnd must be a non-negative 32-bit integer (got 2.5)'],
    [{ evidenceStart: 10, evidenceEnd: 5 }, 'rows[0].evidenceEnd must be >= evidenceStart (10) (got 5)'],
    [{ observedAt: new Date('nope') }, 'rows[0].observedAt must be a valid Date (got Invalid Date)'],
    [{ observedAt: '2021-07-25' }, 'rows[0].observedAt must be a valid Date (got "2021-07-25")'],
  ])('rejects %j with a coded error naming the field', (overrides, message) => {
    const error = errorOf([row(overrides)]);

    expect(error.code).toBe('INVALID_OBSERVATION');
    expect(error.message).toContain(message);
  });

  it('names the index of the first bad row', () => {
    expect(errorOf([row(), row(), row({ topicKey: 7 })]).message).toContain('rows[2].topicKey');
  });
});
