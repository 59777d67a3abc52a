import { Controller, Get, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import type { PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import { PRISMA, RequireScopes } from '@stance/nest-platform';

/** One stored article with its text, so a dashboard can show evidence in context. */
@RequireScopes('read')
@Controller('articles')
export class ArticlesController {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  @Get(':id')
  async getArticle(@Param('id', new ParseUUIDPipe()) id: string) {
    const article = await this.prisma.article.findUnique({
      where: { id },
      select: {
        id: true,
        externalId: true,
        source: true,
        url: true,
        title: true,
        text: true,
        lang: true,
        publishedAt: true,
        ingestedAt: true,
        nearDupClusterId: true,
      },
    });
    if (!article) throw new DomainError('NOT_FOUND', `article ${id} does not exist`);
    return {
      ...article,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      ingestedAt: article.ingestedAt.toISOString(),
    };
  }
}
