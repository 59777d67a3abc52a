import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import { PRISMA, RequireScopes } from '@stance/nest-platform';
import {
  buildActorNetworkFromTallies,
  polarizationFromTallies,
  toGraphML,
  type ActorNetwork,
  type NetworkEdge,
} from '@stance/positions';
import { CodebookScope } from './codebook-scope.js';
import { assertRange, granularity, isoTime, parseQuery, tableFormat, key } from './query.js';
import { ReadCache } from './read-cache.js';
import { respondTable } from './respond.js';
import { coarsestAlignedGranularity, toActorTopicTally, toDayRange, type PairSums } from './tally-rows.js';

const DAY_MS = 86_400_000;

export const NetworkQuery = z
  .object({
    codebookId: z.uuid().optional(),
    from: isoTime().optional().describe('window start (default: 90 days before to)'),
    to: isoTime().optional().describe('window end, exclusive (default: now)'),
    minStatements: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(1)
      .describe('non-neutral statements for an actor to take a side on a topic'),
    minSharedTopics: z.coerce.number().int().min(1).max(1000).default(1),
    edges: z
      .enum(['both', 'congruence', 'conflict'])
      .default('both')
      .describe('congruence = agreement network, conflict = conflict network'),
    maxEdges: z.coerce
      .number()
      .int()
      .min(1)
      .max(500_000)
      .default(2000)
      .describe('keep the strongest edges (a drawable network); totalEdges says how many there are'),
    format: z.enum(['json', 'graphml']).default('json'),
  })
  .strict();

export const PolarizationQuery = z
  .object({
    codebookId: z.uuid().optional(),
    topic: key().optional(),
    granularity: granularity('month'),
    from: isoTime().optional(),
    to: isoTime().optional(),
    weighting: z.enum(['evidence', 'equal']).default('evidence'),
    minStatements: z.coerce.number().int().min(1).max(1000).default(1),
    format: tableFormat(),
  })
  .strict();

type EdgeView = 'both' | 'congruence' | 'conflict';

/**
 * The network with its edges ranked per view, strongest first (ties by actor ids): computed once
 * per memoised network, so each request only slices. Congruence and conflict views keep only
 * edges with weight of that kind; "both" ranks by shared topics.
 */
function rankEdges(
  network: ActorNetwork,
): Record<EdgeView, readonly NetworkEdge[]> & { network: ActorNetwork } {
  const byIds = (a: NetworkEdge, b: NetworkEdge) =>
    a.source < b.source
      ? -1
      : a.source > b.source
        ? 1
        : a.target < b.target
          ? -1
          : a.target > b.target
            ? 1
            : 0;
  const rank = (weight: (e: NetworkEdge) => number) =>
    network.edges.filter((e) => weight(e) > 0).sort((a, b) => weight(b) - weight(a) || byIds(a, b));
  return {
    network,
    both: rank((e) => e.sharedTopics),
    congruence: rank((e) => e.congruence),
    conflict: rank((e) => e.conflict),
  };
}

/** Actor agreement/conflict networks with communities, and polarization per topic over time. */
@RequireScopes('read')
@Controller()
export class NetworksController {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly scope: CodebookScope,
    private readonly cache: ReadCache,
  ) {}

  @Get('networks')
  async getNetwork(@Query() query: unknown, @Res({ passthrough: true }) res: Response) {
    const q = parseQuery(NetworkQuery, query);
    const to = q.to ?? new Date();
    const from = q.from ?? new Date(to.getTime() - 90 * DAY_MS);
    assertRange(from, to);
    const codebookId = await this.scope.resolveCodebookId(q.codebookId);
    const window = toDayRange(from, to);
    const ranked = await this.cache.remember(
      JSON.stringify(['network', codebookId, window, q.minStatements, q.minSharedTopics]),
      async () =>
        rankEdges(
          await this.computeNetwork(codebookId, window.from, window.to, q.minStatements, q.minSharedTopics),
        ),
    );
    const all = ranked[q.edges];
    const network: ActorNetwork = { ...ranked.network, edges: all.slice(0, q.maxEdges) };
    if (q.format === 'graphml') {
      res.setHeader('content-type', 'application/graphml+xml; charset=utf-8');
      res.setHeader('content-disposition', 'attachment; filename="network.graphml"');
      return toGraphML(network, { edges: q.edges });
    }
    return {
      codebookId,
      from: window.from.toISOString(),
      to: window.to.toISOString(),
      modularity: network.modularity,
      communities: new Set(network.nodes.map((n) => n.community)).size,
      totalEdges: all.length,
      nodes: network.nodes,
      edges: network.edges,
    };
  }

  @Get('polarization')
  async getPolarization(@Query() query: unknown, @Res({ passthrough: true }) res: Response) {
    const q = parseQuery(PolarizationQuery, query);
    assertRange(q.from, q.to);
    const codebookId = await this.scope.resolveCodebookId(q.codebookId);
    const points = await this.cache.remember(
      JSON.stringify([
        'polarization',
        codebookId,
        q.topic,
        q.granularity,
        q.from,
        q.to,
        q.weighting,
        q.minStatements,
      ]),
      () => this.computePolarization(codebookId, q),
    );
    return respondTable(
      res,
      q.format,
      { codebookId, granularity: q.granularity, weighting: q.weighting, points },
      points,
      ['bucketStart', 'topic', 'actorCount', 'meanPosition', 'index'],
      'polarization',
    );
  }

  private async computeNetwork(
    codebookId: string,
    from: Date,
    to: Date,
    minStatements: number,
    minSharedTopics: number,
  ): Promise<ActorNetwork> {
    const rows = await this.prisma.$queryRawUnsafe<PairSums[]>(
      `SELECT actor_key, topic_key,
              sum(support_weight)::float8 AS sw, sum(oppose_weight)::float8 AS ow, sum(neutral_weight)::float8 AS nw,
              sum(support_count)::int AS sc, sum(oppose_count)::int AS oc, sum(neutral_count)::int AS nc
       FROM position_buckets
       WHERE codebook_id = $1::uuid AND granularity = $2::granularity
         AND bucket_start >= ($3::timestamptz AT TIME ZONE 'UTC')::date
         AND bucket_start < ($4::timestamptz AT TIME ZONE 'UTC')::date
       GROUP BY actor_key, topic_key`,
      codebookId,
      coarsestAlignedGranularity(from, to),
      from,
      to,
    );
    const labels = await this.actorLabels(codebookId);
    return buildActorNetworkFromTallies(rows.map(toActorTopicTally), {
      from,
      to,
      minStatements,
      minSharedTopics,
      labels,
    });
  }

  private async computePolarization(codebookId: string, q: z.output<typeof PolarizationQuery>) {
    const rows = await this.prisma.$queryRawUnsafe<(PairSums & { bucket_start: Date })[]>(
      `SELECT bucket_start::timestamp AT TIME ZONE 'UTC' AS bucket_start, actor_key, topic_key,
              support_weight AS sw, oppose_weight AS ow, neutral_weight AS nw,
              support_count AS sc, oppose_count AS oc, neutral_count AS nc
       FROM position_buckets
       WHERE codebook_id = $1::uuid AND granularity = $2::granularity AND ($3::text IS NULL OR topic_key = $3)
         AND ($4::timestamptz IS NULL OR bucket_start >= ($4::timestamptz AT TIME ZONE 'UTC')::date)
         AND ($5::timestamptz IS NULL OR bucket_start < ($5::timestamptz AT TIME ZONE 'UTC')::date)
       ORDER BY bucket_start`,
      codebookId,
      q.granularity,
      q.topic ?? null,
      q.from ?? null,
      q.to ?? null,
    );
    if (rows.length > 2_000_000)
      throw new DomainError('VALIDATION', 'too much data: give a topic or a narrower range');
    const byBucket = new Map<number, PairSums[]>();
    for (const r of rows) {
      const t = r.bucket_start.getTime();
      const list = byBucket.get(t);
      if (list) list.push(r);
      else byBucket.set(t, [r]);
    }
    return [...byBucket].flatMap(([t, bucketRows]) =>
      polarizationFromTallies(bucketRows.map(toActorTopicTally), {
        weighting: q.weighting,
        minStatements: q.minStatements,
      }).map((p) => ({ bucketStart: new Date(t).toISOString().slice(0, 10), ...p })),
    );
  }

  private async actorLabels(codebookId: string): Promise<Map<string, string>> {
    const actors = await this.prisma.codebookActor.findMany({
      where: { codebookId },
      select: { key: true, names: true },
    });
    return new Map(
      actors.map((a) => {
        const names = (a.names ?? {}) as Record<string, string[] | undefined>;
        return [a.key, names.en?.[0] ?? names.ar?.[0] ?? a.key];
      }),
    );
  }
}
