import { DbError } from './errors.js';
import { Stance } from './generated/prisma/enums.js';

/** One stance statement to store; `score` defaults to the stance's (+1 / -1 / 0). */
export interface ObservationRow {
  articleId: string;
  codebookId: string;
  actorKey: string;
  topicKey: string;
  stance: Stance;
  score?: number;
  confidence: number;
  evidence: string;
  /** UTF-16 offsets into the article text. */
  evidenceStart: number;
  evidenceEnd: number;
  extractorVersion: string;
  /** The article's time (published, else ingested). */
  observedAt: Date;
}

/** The rows as one array per column, in the order insertObservations binds them. */
export interface ObservationColumns {
  articleIds: string[];
  codebookIds: string[];
  actorKeys: string[];
  topicKeys: string[];
  stances: string[];
  scores: number[];
  confidences: number[];
  evidences: string[];
  evidenceStarts: number[];
  evidenceEnds: number[];
  extractorVersions: string[];
  observedAts: string[];
}

export const STANCE_SCORES: Readonly<Record<Stance, number>> = { support: 1, oppose: -1, neutral: 0 };

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_INT4 = 2_147_483_647;

/**
 * Checks every row and transposes them into column arrays (for `unnest`). Bad rows fail here
 * with the row index and field, instead of as an opaque database error for the whole batch.
 */
export function toObservationColumns(rows: readonly ObservationRow[]): ObservationColumns {
  const columns: ObservationColumns = {
    articleIds: [],
    codebookIds: [],
    actorKeys: [],
    topicKeys: [],
    stances: [],
    scores: [],
    confidences: [],
    evidences: [],
    evidenceStarts: [],
    evidenceEnds: [],
    extractorVersions: [],
    observedAts: [],
  };
  rows.forEach((row, index) => {
    const fail = (field: string, expected: string, got: unknown): never => {
      throw new DbError(
        'INVALID_OBSERVATION',
        `observation rows[${index}].${field} must be ${expected} (got ${describeValue(got)})`,
      );
    };
    if (typeof row !== 'object' || row === null) fail('', 'an object', row);
    for (const field of ['articleId', 'codebookId'] as const) {
      if (typeof row[field] !== 'string' || !UUID_PATTERN.test(row[field])) fail(field, 'a UUID', row[field]);
    }
    for (const field of ['actorKey', 'topicKey', 'extractorVersion'] as const) {
      if (typeof row[field] !== 'string' || row[field] === '') fail(field, 'a non-empty string', row[field]);
    }
    if (!Object.hasOwn(STANCE_SCORES, row.stance)) fail('stance', 'support, oppose or neutral', row.stance);
    const stanceScore = STANCE_SCORES[row.stance];
    if (row.score !== undefined && row.score !== stanceScore) {
      fail('score', `${stanceScore} for stance ${row.stance}`, row.score);
    }
    if (typeof row.confidence !== 'number' || !(row.confidence >= 0 && row.confidence <= 1)) {
      fail('confidence', 'a number in [0, 1]', row.confidence);
    }
    if (typeof row.evidence !== 'string') fail('evidence', 'a string', row.evidence);
    // Postgres text cannot hold NUL; scraped text sometimes does.
    if (row.evidence.includes('\u0000'))
      fail('evidence', 'text without NUL characters', 'a string containing \\u0000');
    for (const field of ['evidenceStart', 'evidenceEnd'] as const) {
      if (!Number.isInteger(row[field]) || row[field] < 0 || row[field] > MAX_INT4) {
        fail(field, 'a non-negative 32-bit integer', row[field]);
      }
    }
    if (row.evidenceEnd < row.evidenceStart)
      fail('evidenceEnd', `>= evidenceStart (${row.evidenceStart})`, row.evidenceEnd);
    if (!(row.observedAt instanceof Date) || Number.isNaN(row.observedAt.getTime())) {
      fail('observedAt', 'a valid Date', row.observedAt);
    }
    columns.articleIds.push(row.articleId);
    columns.codebookIds.push(row.codebookId);
    columns.actorKeys.push(row.actorKey);
    columns.topicKeys.push(row.topicKey);
    columns.stances.push(row.stance);
    columns.scores.push(stanceScore);
    columns.confidences.push(row.confidence);
    columns.evidences.push(row.evidence);
    columns.evidenceStarts.push(row.evidenceStart);
    columns.evidenceEnds.push(row.evidenceEnd);
    columns.extractorVersions.push(row.extractorVersion);
    columns.observedAts.push(row.observedAt.toISOString());
  });
  return columns;
}

function describeValue(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'an array' : 'an object';
  return String(value);
}
