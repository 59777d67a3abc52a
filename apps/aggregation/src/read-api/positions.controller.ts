import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import { PRISMA, RequireScopes } from '@stance/nest-platform';
import { estimatePosition, type PositionEstimate } from '@stance/positions';
import { AGGREGATION_CONFIG, type AggregationConfig } from '../aggregation-config.js';
import { CodebookScope } from './codebook-scope.js';
import { decayedHistory, type DayBucketRow } from './decayed-positions.js';
import { assertRange, granularity, halfLifeDays, isoTime, key, parseQuery, tableFormat } from './query.js';
import { respondTable } from './respond.js';

export const PositionsQuery = z
  .object({
    codebookId: z.uuid().optional(),
    actor: key().optional().describe('one actor: its positions on all topics'),
    topic: key().optional().describe('one topic: all actors on it (the matrix column)'),
    from: isoTime().optional(),
    to: isoTime().optional(),
    format: tableFormat(),
  })
  .strict();

export const CurrentPositionsQuery = z
  .object({
    codebookId: z.uuid().optional(),
    actor: key().optional(),
    topic: key().optional(),
    halfLifeDays: halfLifeDays(30).describe(
      'age at which a statement weighs half; default from POSITION_HALF_LIFE_DAYS',
    ),
    at: isoTime().optional().describe('reference time (default: now)'),
    format: tableFormat(),
  })
  .strict();

export const PositionHistoryQuery = z
  .object({
    codebookId: z.uuid().optional(),
    actor: key(),
    topic: key(),
    granularity: granularity('week'),
    halfLifeDays: halfLifeDays(30),
    from: isoTime().optional(),
    to: isoTime().optional(),
    format: tableFormat(),
  })
  .strict();

export const SeriesQuery = z
  .object({
    codebookId: z.uuid().optional(),
    actor: key(),
    topic: key(),
    granularity: granularity('week'),
    from: isoTime().optional(),
    to: isoTime().optional(),
    format: tableFormat(),
  })
  .strict();

interface BucketSums {
  actor_key: string;
  topic_key: string;
  sw: number;
  ow: number;
  nw: number;
  sc: number;
  oc: number;
  nc: number;
}

@RequireScopes('read')
@Controller()
export class PositionsController {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(AGGREGATION_CONFIG) private readonly config: AggregationConfig,
    private readonly scope: CodebookScope,
  ) {}

  /**
   * Positions of one actor on all topics, all actors on one topic, or one pair: evidence summed
   * over the range (day buckets when a range is given, month buckets for all time) with its
   * Beta posterior, so thin evidence shows as a wide interval.
   */
  @Get('positions')
  async listPositions(@Query() query: unknown, @Res({ passthrough: true }) res: Response) {
    const q = parseQuery(PositionsQuery, query);
    requireActorOrTopic(q);
    assertRange(q.from, q.to);
    const codebookId = await this.scope.resolveCodebookId(q.codebookId);
    const ranged = q.from !== undefined || q.to !== undefined;
    // Only the filters given go into the SQL, so the planner picks the matching index.
    const filters = pairFilters(q.actor, q.topic, 5);
    const rows = await this.prisma.$queryRawUnsafe<BucketSums[]>(
      `SELECT actor_key, topic_key,
              sum(support_weight)::float8 AS sw, sum(oppose_weight)::float8 AS ow, sum(neutral_weight)::float8 AS nw,
              sum(support_count)::int AS sc, sum(oppose_count)::int AS oc, sum(neutral_count)::int AS nc
       FROM position_buckets
       WHERE codebook_id = $1::uuid AND granularity = $2::granularity ${filters.sql}
         AND bucket_start >= coalesce($3::date, '-infinity'::date) AND bucket_start < coalesce($4::date, 'infinity'::date)
       GROUP BY actor_key, topic_key
       ORDER BY actor_key, topic_key`,
      codebookId,
      ranged ? 'day' : 'month',
      q.from ?? null,
      q.to ?? null,
      ...filters.values,
    );
    const items = rows.map((r) => ({ actor: r.actor_key, topic: r.topic_key, ...describe(r) }));
    return respondTable(res, q.format, { codebookId, items }, items, POSITION_COLUMNS, 'positions');
  }

  /**
   * Decayed current positions (half-life) of one actor on all topics, all actors on a topic, or
   * one pair. The decay is summed in SQL over the day buckets (each day at noon), so only one row
   * per pair leaves the database.
   */
  @Get('positions/current')
  async listCurrentPositions(@Query() query: unknown, @Res({ passthrough: true }) res: Response) {
    const q = parseQuery(CurrentPositionsQuery, withDefaultHalfLife(query, this.config));
    requireActorOrTopic(q);
    const codebookId = await this.scope.resolveCodebookId(q.codebookId);
    const at = q.at ?? new Date();
    const filters = pairFilters(q.actor, q.topic, 5);
    // Day buckets back to the decay cutoff, month buckets (at mid-month) before it: evidence older
    // than 8 half-lives keeps < 0.4 % of its weight, so ±15 days on its age changes nothing
    // visible, and a busy topic's long history costs a row per month instead of per day.
    const halfLifeSeconds = q.halfLifeDays * 86_400;
    const cutoff = monthStart(new Date(at.getTime() - 8 * halfLifeSeconds * 1000));
    const rows = await this.prisma.$queryRawUnsafe<DecayedSums[]>(
      `SELECT actor_key, topic_key,
              sum(support_weight * d)::float8 AS sw, sum(oppose_weight * d)::float8 AS ow,
              sum(neutral_weight * d)::float8 AS nw,
              sum(support_count + oppose_count + neutral_count)::int AS n,
              max(bucket_start)::text AS last_day
       FROM (
         SELECT actor_key, topic_key, bucket_start, support_weight, oppose_weight, neutral_weight,
                support_count, oppose_count, neutral_count,
                -- 2^(−age/halfLife), clamped so very old rows give 0 rather than an underflow
                exp(greatest(-700, -ln(2) * extract(epoch FROM ($2::timestamptz - (bucket_start + CASE granularity
                  WHEN 'day' THEN interval '12 hours' ELSE (bucket_start + interval '1 month' - bucket_start) / 2 END
                )::timestamp AT TIME ZONE 'UTC')) / $3)) AS d
         FROM position_buckets
         WHERE codebook_id = $1::uuid ${filters.sql}
           AND ((granularity = 'day' AND bucket_start >= $4::date
                 AND (bucket_start + interval '12 hours')::timestamp AT TIME ZONE 'UTC' <= $2::timestamptz)
             OR (granularity = 'month' AND bucket_start < $4::date))
       ) b
       GROUP BY actor_key, topic_key
       ORDER BY actor_key, topic_key`,
      codebookId,
      at,
      halfLifeSeconds,
      cutoff,
      ...filters.values,
    );
    const items = rows.map((r) => ({
      actor: r.actor_key,
      topic: r.topic_key,
      at: at.toISOString(),
      statementCount: r.n,
      lastStatementDay: r.last_day,
      ...describeWeights({ support: r.sw, oppose: r.ow, neutral: r.nw }),
    }));
    return respondTable(
      res,
      q.format,
      { codebookId, at: at.toISOString(), halfLifeDays: q.halfLifeDays, items },
      items,
      [
        'actor',
        'topic',
        'at',
        'statementCount',
        'lastStatementDay',
        'netScore',
        'supportProbability',
        { header: 'intervalLower', value: (r) => r.interval.lower },
        { header: 'intervalUpper', value: (r) => r.interval.upper },
        'probabilityLeansSupport',
      ],
      'current-positions',
    );
  }

  /** History of the decayed current position of one pair, per bucket. */
  @Get('positions/history')
  async getPositionHistory(@Query() query: unknown, @Res({ passthrough: true }) res: Response) {
    const q = parseQuery(PositionHistoryQuery, withDefaultHalfLife(query, this.config));
    assertRange(q.from, q.to);
    const codebookId = await this.scope.resolveCodebookId(q.codebookId);
    // Everything before `from` still decays into the first point, so load from the start.
    const rows = await this.loadDayBuckets(codebookId, q.actor, q.topic, undefined, q.to);
    const points = decayedHistory(rows, q.granularity, q.halfLifeDays * 86_400_000, q.from, q.to);
    if (points.length > 5000)
      throw new DomainError(
        'VALIDATION',
        `the range holds ${points.length} buckets; narrow from/to or use a coarser granularity`,
      );
    return respondTable(
      res,
      q.format,
      {
        codebookId,
        actor: q.actor,
        topic: q.topic,
        granularity: q.granularity,
        halfLifeDays: q.halfLifeDays,
        points,
      },
      points,
      [
        'bucketStart',
        'bucketNetScore',
        'currentNetScore',
        'currentSupportProbability',
        { header: 'currentIntervalLower', value: (p) => p.currentInterval.lower },
        { header: 'currentIntervalUpper', value: (p) => p.currentInterval.upper },
      ],
      'position-history',
    );
  }

  /** The (actor, topic) time series at a granularity, each bucket with its own posterior. */
  @Get('timeseries')
  async getTimeSeries(@Query() query: unknown, @Res({ passthrough: true }) res: Response) {
    const q = parseQuery(SeriesQuery, query);
    assertRange(q.from, q.to);
    const codebookId = await this.scope.resolveCodebookId(q.codebookId);
    const rows = await this.prisma.positionBucket.findMany({
      where: {
        codebookId,
        actorKey: q.actor,
        topicKey: q.topic,
        granularity: q.granularity,
        ...(q.from || q.to
          ? { bucketStart: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lt: q.to } : {}) } }
          : {}),
      },
      orderBy: { bucketStart: 'asc' },
    });
    const points = rows.map((b) => ({
      bucketStart: b.bucketStart.toISOString().slice(0, 10),
      ...describe({
        sw: b.supportWeight,
        ow: b.opposeWeight,
        nw: b.neutralWeight,
        sc: b.supportCount,
        oc: b.opposeCount,
        nc: b.neutralCount,
      }),
    }));
    return respondTable(
      res,
      q.format,
      { codebookId, actor: q.actor, topic: q.topic, granularity: q.granularity, points },
      points,
      ['bucketStart', ...POSITION_COLUMNS.slice(2)],
      'timeseries',
    );
  }

  private async loadDayBuckets(
    codebookId: string,
    actor: string | undefined,
    topic: string | undefined,
    from: Date | undefined,
    to: Date | undefined,
  ): Promise<DayBucketRow[]> {
    return this.prisma.$queryRawUnsafe<DayBucketRow[]>(
      `SELECT actor_key, topic_key, bucket_start::timestamp AT TIME ZONE 'UTC' AS bucket_start,
              support_weight AS sw, oppose_weight AS ow, neutral_weight AS nw,
              support_count AS sc, oppose_count AS oc, neutral_count AS nc
       FROM position_buckets
       WHERE codebook_id = $1::uuid AND granularity = 'day'
         AND ($2::text IS NULL OR actor_key = $2) AND ($3::text IS NULL OR topic_key = $3)
         AND ($4::timestamptz IS NULL OR bucket_start >= ($4::timestamptz AT TIME ZONE 'UTC')::date)
         AND ($5::timestamptz IS NULL OR bucket_start <= ($5::timestamptz AT TIME ZONE 'UTC')::date)
       ORDER BY actor_key, topic_key, bucket_start`,
      codebookId,
      actor ?? null,
      topic ?? null,
      from ?? null,
      to ?? null,
    );
  }
}

interface DecayedSums {
  actor_key: string;
  topic_key: string;
  sw: number;
  ow: number;
  nw: number;
  n: number;
  last_day: string | null;
}

/** `AND actor_key = $n AND topic_key = $n+1` for the filters given, numbered from `first`. */
function pairFilters(actor: string | undefined, topic: string | undefined, first: number) {
  const clauses: string[] = [];
  const values: string[] = [];
  if (actor) {
    values.push(actor);
    clauses.push(`AND actor_key = $${first + values.length - 1}`);
  }
  if (topic) {
    values.push(topic);
    clauses.push(`AND topic_key = $${first + values.length - 1}`);
  }
  return { sql: clauses.join(' '), values };
}

function monthStart(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

function requireActorOrTopic(q: { actor?: string | undefined; topic?: string | undefined }): void {
  if (!q.actor && !q.topic) throw new DomainError('VALIDATION', 'give actor, topic or both');
}

/** The service's configured half-life fills in when the request gives none. */
function withDefaultHalfLife(query: unknown, config: AggregationConfig): unknown {
  const q = (query ?? {}) as Record<string, unknown>;
  return q.halfLifeDays === undefined ? { ...q, halfLifeDays: String(config.halfLifeMs / 86_400_000) } : q;
}

type Described = ReturnType<typeof describe> & { actor?: string; topic?: string };

const POSITION_COLUMNS = [
  { header: 'actor', value: (r: Described) => r.actor },
  { header: 'topic', value: (r: Described) => r.topic },
  { header: 'support', value: (r: Described) => r.counts.support },
  { header: 'oppose', value: (r: Described) => r.counts.oppose },
  { header: 'neutral', value: (r: Described) => r.counts.neutral },
  { header: 'supportWeight', value: (r: Described) => r.weights.support },
  { header: 'opposeWeight', value: (r: Described) => r.weights.oppose },
  { header: 'neutralWeight', value: (r: Described) => r.weights.neutral },
  { header: 'netScore', value: (r: Described) => r.netScore },
  { header: 'supportProbability', value: (r: Described) => r.supportProbability },
  { header: 'intervalLower', value: (r: Described) => r.interval.lower },
  { header: 'intervalUpper', value: (r: Described) => r.interval.upper },
  { header: 'probabilityLeansSupport', value: (r: Described) => r.probabilityLeansSupport },
];

export function describe(r: Pick<BucketSums, 'sw' | 'ow' | 'nw' | 'sc' | 'oc' | 'nc'>) {
  return {
    counts: { support: r.sc, oppose: r.oc, neutral: r.nc },
    ...describeWeights({ support: r.sw, oppose: r.ow, neutral: r.nw }),
  };
}

function describeWeights(weights: { support: number; oppose: number; neutral: number }) {
  const estimate: PositionEstimate = estimatePosition(weights);
  return {
    weights,
    netScore: estimate.netScore,
    supportProbability: estimate.supportProbability,
    interval: estimate.interval,
    probabilityLeansSupport: estimate.probabilityLeansSupport,
  };
}
