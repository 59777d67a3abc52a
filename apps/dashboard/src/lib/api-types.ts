/** Shapes of the read API's answers that the dashboard uses (see apps/aggregation/README.md). */
export type Stance = 'support' | 'oppose' | 'neutral';
export type LangText = Partial<Record<string, string | string[]>>;

export interface ActorRole {
  title: LangText;
  from: string | null;
  to: string | null;
}

export interface Actor {
  id: string;
  kind: string;
  names: LangText;
  memberOf: string[];
  roles: ActorRole[];
}

export interface Topic {
  id: string;
  label: LangText;
  pro: LangText;
  anti: LangText;
  actor: string | null;
}

export interface Listing<T> {
  codebookId: string;
  items: T[];
}

export interface PositionEstimate {
  counts: Record<Stance, number>;
  weights: Record<Stance, number>;
  netScore: number;
  supportProbability: number;
  interval: { lower: number; upper: number; level?: number };
  probabilityLeansSupport: number;
}

export interface Position extends PositionEstimate {
  actor: string;
  topic: string;
}

export interface SeriesPoint extends PositionEstimate {
  bucketStart: string;
}

export interface TimeSeries {
  actor: string;
  topic: string;
  granularity: 'day' | 'week' | 'month';
  points: SeriesPoint[];
}

export interface ArticleRef {
  id: string;
  externalId: string | null;
  url: string;
  title: string;
  source: string;
  lang: string;
}

export interface Observation {
  id: string;
  actor: string;
  topic: string;
  stance: Stance;
  confidence: number;
  evidence: string;
  start: number;
  end: number;
  observedAt: string;
  article: ArticleRef;
}

export interface Page<T> extends Listing<T> {
  nextCursor: string | null;
}

export interface Article extends ArticleRef {
  text: string;
  publishedAt: string | null;
  ingestedAt: string;
}

export interface CodebookVersion {
  id: string;
  name: string;
  version: number;
  importedAt?: string;
  sha256?: string;
}

/** A row of /positions/current: the decayed position at `at`. */
export interface CurrentPosition {
  actor: string;
  topic: string;
  statementCount: number;
  lastStatementDay: string | null;
  netScore: number;
  supportProbability: number;
  interval: { lower: number; upper: number };
}

/** Either kind of position as the positions chart draws it. */
export function toChartRow(p: Position | CurrentPosition, id: string, label: string) {
  const statements = 'counts' in p ? p.counts.support + p.counts.oppose + p.counts.neutral : p.statementCount;
  return { id, label, supportProbability: p.supportProbability, interval: p.interval, statements };
}
