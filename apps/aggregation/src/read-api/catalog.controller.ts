import { Controller, Get, Inject, Query } from '@nestjs/common';
import { z } from 'zod';
import type { PrismaClient } from '@stance/db';
import { PRISMA, RequireScopes } from '@stance/nest-platform';
import { CodebookScope } from './codebook-scope.js';
import { parseQuery } from './query.js';

export const ScopeQuery = z.object({ codebookId: z.uuid().optional() }).strict();

/** The codebook's actors and topics, as dashboards list them. */
@RequireScopes('read')
@Controller()
export class CatalogController {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly scope: CodebookScope,
  ) {}

  @Get('actors')
  async listActors(@Query() query: unknown) {
    const codebookId = await this.scope.resolveCodebookId(parseQuery(ScopeQuery, query).codebookId);
    const actors = await this.prisma.codebookActor.findMany({
      where: { codebookId },
      orderBy: { key: 'asc' },
      include: { roles: { orderBy: { validFrom: 'asc' } } },
    });
    return {
      codebookId,
      items: actors.map((a) => ({
        id: a.key,
        kind: a.kind,
        names: a.names,
        memberOf: a.memberOf,
        roles: a.roles.map((r) => ({
          title: r.title,
          from: r.validFrom?.toISOString().slice(0, 10) ?? null,
          to: r.validTo?.toISOString().slice(0, 10) ?? null,
        })),
      })),
    };
  }

  @Get('topics')
  async listTopics(@Query() query: unknown) {
    const codebookId = await this.scope.resolveCodebookId(parseQuery(ScopeQuery, query).codebookId);
    const topics = await this.prisma.codebookTopic.findMany({
      where: { codebookId },
      orderBy: { key: 'asc' },
    });
    return {
      codebookId,
      items: topics.map((t) => ({
        id: t.key,
        label: t.label,
        pro: t.pro,
        anti: t.anti,
        actor: t.targetActorKey,
      })),
    };
  }
}
