import { Controller, Get, Inject, Query } from '@nestjs/common';
import { z } from 'zod';
import type { PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import { PRISMA, RequireScopes } from '@stance/nest-platform';
import { estimatePosition, type PositionEstimate } from '@stance/positions';
import { CodebookScope } from './codebook-scope.js';
import { isoTime, key, parseQuery } from './query.js';

const PositionsQuery = z
  .object({
    codebookId: z.uuid().optional(),
    actor: key().optional(),
    topic: key().optional(),
    from: isoTime().optional(),
    to: isoTime().optional(),
  })
  .strict();

const SeriesQuery = z
  .object({
    codebookId: z.uuid().optional(),
    actor: key(),
    topic: key(),
    granularity: z.enum(['day', 'week', 'month']).default('week'),
    from: isoTime().optional(),
    to: isoTime().optional(),
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
    private readonly scope: CodebookScope,
  ) {}

  /**
   * Positions of one actor on all topics, all actors on one topic, or one pair: evidence summed
   * over the range (day buckets when a range is given, month buckets for all time) with its
   * Beta posterior, so thin evidence shows as a wide interval.
   */
  @Get('positions')
  async listPositions(@Query() query: unknown) {
    const q = parseQuery(PositionsQuery, query);
    if (!q.actor && !q.topic) throw new DomainError('VALIDATION', 'give actor, topic or both');
    const codebookId = await this.scope.resolveCodebookId(q.codebookId);
    const ranged = q.from !== undefined || q.to !== undefined;
    const rows = await this.prisma.$queryRawUnsafe<BucketSums[]>(
      `SELECT actor_key, topic_key,
              sum(support_weight)::float8 AS sw, sum(oppose_weight)::float8 AS ow, sum(neutral_weight)::float8 AS nw,
              sum(support_count)::int AS sc, sum(oppose_count)::int AS oc, sum(neutral_count)::int AS nc
       FROM position_buckets
       WHERE codebook_id = $1::uuid AND granularity = $2::granularity
         AND ($3::text IS NULL OR actor_key = $3) AND ($4::text IS NULL OR topic_key = $4)
         AND ($5::date IS NULL OR bucket_start >= $5::date) AND ($6::date IS NULL OR bucket_start < $6::date)
       GROUP BY actor_key, topic_key
       ORDER BY actor_key, topic_key`,
      codebookId,
      ranged ? 'day' : 'month',
      q.actor ?? null,
      q.topic ?? null,
      q.from ?? null,
      q.to ?? null,
    );
    return { codebookId, items: rows.map((r) => ({ actor: r.actor_key, topic: r.topic_key, ...describe(r) })) };
  }

  /** The (actor, topic) time series at a granularity, each bucket with its own posterior. */
  @Get('timeseries')
  async getTimeSeries(@Query() query: unknown) {
    const q = parseQuery(SeriesQuery, query);
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
    return {
      codebookId,
      actor: q.actor,
      topic: q.topic,
      granularity: q.granularity,
      points: rows.map((b) => ({
        bucketStart: b.bucketStart.toISOString().slice(0, 10),
        ...describe({
          sw: b.supportWeight,
          ow: b.opposeWeight,
          nw: b.neutralWeight,
          sc: b.supportCount,
          oc: b.opposeCount,
          nc: b.neutralCount,
        }),
      })),
    };
  }
}

function describe(r: Pick<BucketSums, 'sw' | 'ow' | 'nw' | 'sc' | 'oc' | 'nc'>) {
  const estimate: PositionEstimate = estimatePosition({ support: r.sw, oppose: r.ow, neutral: r.nw });
  return {
    counts: { support: r.sc, oppose: r.oc, neutral: r.nc },
    weights: { support: r.sw, oppose: r.ow, neutral: r.nw },
    netScore: estimate.netScore,
    supportProbability: estimate.supportProbability,
    interval: estimate.interval,
    probabilityLeansSupport: estimate.probabilityLeansSupport,
  };
}
