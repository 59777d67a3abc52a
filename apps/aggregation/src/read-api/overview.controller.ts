import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '@stance/db';
import { PRISMA, RequireScopes } from '@stance/nest-platform';
import { estimatePosition, netScore } from '@stance/positions';
import { CodebookScope } from './codebook-scope.js';
import { assertRange, granularity, isoTime, limit, parseQuery, tableFormat } from './query.js';
import { ReadCache } from './read-cache.js';
import { respondTable } from './respond.js';
import { toDayRange, type PairSums } from './tally-rows.js';

const DAY_MS = 86_400_000;

export const OverviewQuery = z
  .object({
    codebookId: z.uuid().optional(),
    granularity: granularity('week'),
    from: isoTime().optional().describe('default: one year before to'),
    to: isoTime().optional().describe('default: now'),
  })
  .strict();

export const MoversQuery = z
  .object({
    codebookId: z.uuid().optional(),
    at: isoTime().optional().describe('end of the week compared (default: now)'),
    windowDays: z.coerce.number().int().min(1).max(90).default(7),
    baselineDays: z.coerce.number().int().min(1).max(365).default(28),
    minStatements: z.coerce.number().int().min(1).max(1000).default(3).describe('in each of the two windows'),
    limit: limit(200, 10),
    format: tableFormat(),
  })
  .strict();

interface VolumeRow {
  bucket_start: Date;
  articles: number;
  observations: number;
  statements: number;
}

/** What a dashboard's front page shows: volume over time and the week's biggest movers. */
@RequireScopes('read')
@Controller()
export class OverviewController {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly scope: CodebookScope,
    private readonly cache: ReadCache,
  ) {}

  @Get('overview')
  async getOverview(@Query() query: unknown) {
    const q = parseQuery(OverviewQuery, query);
    const to = q.to ?? new Date();
    const from = q.from ?? new Date(to.getTime() - 365 * DAY_MS);
    assertRange(from, to);
    const codebookId = await this.scope.resolveCodebookId(q.codebookId);
    const range = toDayRange(from, to);
    return this.cache.remember(JSON.stringify(['overview', codebookId, q.granularity, range]), async () => {
      const [volume, totals, movers] = await Promise.all([
        this.loadVolume(codebookId, q.granularity, range.from, range.to),
        this.loadTotals(codebookId),
        this.findMovers(codebookId, to, 7, 28, 3, 10),
      ]);
      return {
        codebookId,
        from: range.from.toISOString(),
        to: range.to.toISOString(),
        granularity: q.granularity,
        totals,
        volume: volume.map((v) => ({
          bucketStart: v.bucket_start.toISOString().slice(0, 10),
          articles: v.articles,
          observations: v.observations,
          statements: v.statements,
        })),
        movers,
      };
    });
  }

  /** Pairs whose net score moved most between the last window and the baseline before it. */
  @Get('movers')
  async listMovers(@Query() query: unknown, @Res({ passthrough: true }) res: Response) {
    const q = parseQuery(MoversQuery, query);
    const codebookId = await this.scope.resolveCodebookId(q.codebookId);
    const at = q.at ?? new Date();
    const end = toDayRange(at, at).to;
    // Movers compare whole days, so the answer is memoised per day and parameters.
    const items = await this.cache.remember(
      JSON.stringify(['movers', codebookId, end, q.windowDays, q.baselineDays, q.minStatements, q.limit]),
      () => this.findMovers(codebookId, at, q.windowDays, q.baselineDays, q.minStatements, q.limit),
    );
    return respondTable(
      res,
      q.format,
      { codebookId, at: at.toISOString(), windowDays: q.windowDays, baselineDays: q.baselineDays, items },
      items,
      [
        'actor',
        'topic',
        'baselineNet',
        'currentNet',
        'delta',
        'baselineCount',
        'currentCount',
        'currentSupportProbability',
      ],
      'movers',
    );
  }

  private async loadVolume(codebookId: string, g: string, from: Date, to: Date): Promise<VolumeRow[]> {
    // Statements from the buckets; observations and articles by the article's time.
    return this.prisma.$queryRawUnsafe<VolumeRow[]>(
      `WITH s AS (
         SELECT bucket_start, sum(support_count + oppose_count + neutral_count)::int AS statements
         FROM position_buckets
         WHERE codebook_id = $1::uuid AND granularity = $2::granularity
           AND bucket_start >= $3::date AND bucket_start < $4::date
         GROUP BY bucket_start
       ),
       o AS (
         SELECT date_trunc($2::text, observed_at AT TIME ZONE 'UTC')::date AS bucket_start,
                count(*)::int AS observations, count(DISTINCT article_id)::int AS articles
         FROM observations
         WHERE codebook_id = $1::uuid AND observed_at >= $3::timestamptz AND observed_at < $4::timestamptz
         GROUP BY 1
       )
       SELECT coalesce(s.bucket_start, o.bucket_start)::timestamp AT TIME ZONE 'UTC' AS bucket_start,
              coalesce(o.articles, 0) AS articles, coalesce(o.observations, 0) AS observations,
              coalesce(s.statements, 0) AS statements
       FROM s FULL JOIN o ON o.bucket_start = s.bucket_start
       ORDER BY 1`,
      codebookId,
      g,
      from,
      to,
    );
  }

  private async loadTotals(codebookId: string) {
    const [row] = await this.prisma.$queryRawUnsafe<
      { articles: number; alerts: number; live_alerts: number }[]
    >(
      `SELECT (SELECT count(*) FROM article_extractions WHERE codebook_id = $1::uuid)::int AS articles,
              (SELECT count(*) FROM alerts WHERE codebook_id = $1::uuid AND superseded_at IS NULL)::int AS alerts,
              (SELECT count(*) FROM alerts WHERE codebook_id = $1::uuid AND superseded_at IS NULL AND NOT historical)::int AS live_alerts`,
      codebookId,
    );
    return {
      articlesProcessed: row?.articles ?? 0,
      alerts: row?.alerts ?? 0,
      liveAlerts: row?.live_alerts ?? 0,
    };
  }

  private async findMovers(
    codebookId: string,
    at: Date,
    windowDays: number,
    baselineDays: number,
    minStatements: number,
    top: number,
  ) {
    const end = toDayRange(at, at).to;
    const mid = new Date(end.getTime() - windowDays * DAY_MS);
    const start = new Date(mid.getTime() - baselineDays * DAY_MS);
    const rows = await this.prisma.$queryRawUnsafe<(PairSums & { current: boolean })[]>(
      `SELECT actor_key, topic_key, bucket_start >= $3::date AS current,
              sum(support_weight)::float8 AS sw, sum(oppose_weight)::float8 AS ow, sum(neutral_weight)::float8 AS nw,
              sum(support_count)::int AS sc, sum(oppose_count)::int AS oc, sum(neutral_count)::int AS nc
       FROM position_buckets
       WHERE codebook_id = $1::uuid AND granularity = 'day' AND bucket_start >= $2::date AND bucket_start < $4::date
       GROUP BY 1, 2, 3`,
      codebookId,
      start,
      mid,
      end,
    );
    const pairs = new Map<string, { current?: PairSums; baseline?: PairSums }>();
    for (const r of rows) {
      const k = `${r.actor_key}\u0000${r.topic_key}`;
      const entry = pairs.get(k) ?? {};
      if (r.current) entry.current = r;
      else entry.baseline = r;
      pairs.set(k, entry);
    }
    const count = (r: PairSums) => r.sc + r.oc + r.nc;
    const weights = (r: PairSums) => ({ support: r.sw, oppose: r.ow, neutral: r.nw });
    return [...pairs.values()]
      .filter((p): p is { current: PairSums; baseline: PairSums } =>
        Boolean(
          p.current && p.baseline && count(p.current) >= minStatements && count(p.baseline) >= minStatements,
        ),
      )
      .map(({ current, baseline }) => {
        const currentNet = netScore(weights(current));
        const baselineNet = netScore(weights(baseline));
        return {
          actor: current.actor_key,
          topic: current.topic_key,
          baselineNet,
          currentNet,
          delta: currentNet - baselineNet,
          baselineCount: count(baseline),
          currentCount: count(current),
          currentSupportProbability: estimatePosition(weights(current)).supportProbability,
        };
      })
      .sort(
        (a, b) =>
          Math.abs(b.delta) - Math.abs(a.delta) ||
          a.actor.localeCompare(b.actor) ||
          a.topic.localeCompare(b.topic),
      )
      .slice(0, top);
  }
}
