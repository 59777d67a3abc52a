import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '@stance/db';
import { PRISMA, RequireScopes } from '@stance/nest-platform';
import { CodebookScope } from './codebook-scope.js';
import { assertRange, cursor, encodeCursor, isoTime, key, limit, parseQuery, tableFormat } from './query.js';
import { respondTable } from './respond.js';

export const ObservationsQuery = z
  .object({
    codebookId: z.uuid().optional(),
    articleId: z.uuid().optional(),
    actor: key().optional(),
    topic: key().optional(),
    stance: z.enum(['support', 'oppose', 'neutral']).optional(),
    from: isoTime().optional(),
    to: isoTime().optional(),
    limit: limit(500, 50),
    cursor: cursor().optional(),
    format: tableFormat(),
  })
  .strict();

export const ArticleStatusQuery = z
  .object({
    codebookId: z.uuid().optional(),
    ids: z
      .string()
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(z.uuid()).min(1).max(1000)),
  })
  .strict();

@RequireScopes('read')
@Controller()
export class ObservationsController {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly scope: CodebookScope,
  ) {}

  /** Observations with their evidence and article, newest first, cursor-paginated. */
  @Get('observations')
  async listObservations(@Query() query: unknown, @Res({ passthrough: true }) res: Response) {
    const q = parseQuery(ObservationsQuery, query);
    assertRange(q.from, q.to);
    const codebookId = await this.scope.resolveCodebookId(q.codebookId);
    const rows = await this.prisma.observation.findMany({
      where: {
        codebookId,
        ...(q.articleId ? { articleId: q.articleId } : {}),
        ...(q.actor ? { actorKey: q.actor } : {}),
        ...(q.topic ? { topicKey: q.topic } : {}),
        ...(q.stance ? { stance: q.stance } : {}),
        ...(q.from || q.to
          ? { observedAt: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lt: q.to } : {}) } }
          : {}),
        ...(q.cursor !== undefined ? { id: { lt: q.cursor } } : {}),
      },
      orderBy: { id: 'desc' },
      take: q.limit + 1,
      include: {
        article: { select: { id: true, externalId: true, url: true, title: true, source: true, lang: true } },
      },
    });
    const page = rows.slice(0, q.limit);
    const items = page.map((o) => ({
      id: String(o.id),
      actor: o.actorKey,
      topic: o.topicKey,
      stance: o.stance,
      confidence: o.confidence,
      evidence: o.evidence,
      start: o.evidenceStart,
      end: o.evidenceEnd,
      observedAt: o.observedAt.toISOString(),
      extractorVersion: o.extractorVersion,
      article: o.article,
    }));
    const nextCursor = rows.length > q.limit ? encodeCursor(page[page.length - 1]!.id) : null;
    return respondTable(
      res,
      q.format,
      { codebookId, items, nextCursor },
      items,
      [
        'id',
        'observedAt',
        'actor',
        'topic',
        'stance',
        'confidence',
        'evidence',
        { header: 'articleId', value: (o) => o.article.id },
        { header: 'articleUrl', value: (o) => o.article.url },
        { header: 'articleTitle', value: (o) => o.article.title },
      ],
      'observations',
    );
  }

  /** Which of these articles have their observations stored (for clients waiting on the pipeline). */
  @Get('articles/status')
  async getArticleStatus(@Query() query: unknown) {
    const q = parseQuery(ArticleStatusQuery, query);
    const codebookId = await this.scope.resolveCodebookId(q.codebookId);
    const done = await this.prisma.articleExtraction.findMany({
      where: { codebookId, articleId: { in: q.ids } },
      select: { articleId: true, statementCount: true, extractorVersion: true },
    });
    return {
      codebookId,
      total: q.ids.length,
      processed: done.length,
      pending: q.ids.length - done.length,
      items: done,
    };
  }
}
