import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { readJsonBody, RequireScopes } from '@stance/nest-platform';
import { ArticlesService, type AcceptedArticle } from './articles.service.js';
import { INGEST_CONFIG, type IngestConfig } from '../ingest-config.js';

@RequireScopes('ingest')
@Controller('articles')
export class ArticlesController {
  constructor(
    private readonly articles: ArticlesService,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  /** One article, `{"articles": [...]}` or `[...]`; 202 once stored (publication follows). */
  @Post()
  @HttpCode(202)
  async postArticles(
    @Req() req: Request,
  ): Promise<{ accepted: number; duplicates: number; results: AcceptedArticle[] }> {
    const body = await readJsonBody(req, this.config.maxBodyBytes);
    const results = await this.articles.acceptRequest(body);
    const accepted = results.filter((r) => r.status === 'accepted').length;
    return { accepted, duplicates: results.length - accepted, results };
  }
}
