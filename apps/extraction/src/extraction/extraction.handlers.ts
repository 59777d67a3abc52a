import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  ArticlesIngestedV1,
  ExtractionBackfillRequestedV1,
  type ArticleIngested,
  type ExtractionBackfillRequested,
} from '@stance/contracts';
import { DomainError } from '@stance/errors';
import { JetStreamContext } from '@stance/messaging';
import { ActiveCodebook } from '../codebooks/active-codebook.js';
import { CodebooksRepository } from '../codebooks/codebooks.repository.js';
import { ExtractionService } from './extraction.service.js';

/** What extraction consumes. Payloads arrive validated; the transport acks, naks or dead-letters. */
@Controller()
export class ExtractionHandlers {
  private readonly logger = new Logger('extraction');

  constructor(
    private readonly extraction: ExtractionService,
    private readonly activeCodebook: ActiveCodebook,
    private readonly codebooks: CodebooksRepository,
  ) {}

  @EventPattern(ArticlesIngestedV1.subject)
  async onArticleIngested(@Payload() message: ArticleIngested): Promise<void> {
    const codebook = await this.activeCodebook.current();
    await this.extraction.extractArticle(message.articleId, codebook);
  }

  @EventPattern<string>(ExtractionBackfillRequestedV1.subject)
  async onBackfillRequested(
    @Payload() job: ExtractionBackfillRequested,
    @Ctx() ctx: JetStreamContext,
  ): Promise<void> {
    const codebook = await this.codebooks.findCodebook(job.codebookId);
    if (!codebook) throw new DomainError('NOT_FOUND', `codebook ${job.codebookId} does not exist`);
    const count = await this.extraction.backfillArticles(
      codebook,
      {
        ...(job.articleIds ? { articleIds: job.articleIds } : {}),
        ...(job.from ? { from: new Date(job.from) } : {}),
        ...(job.to ? { to: new Date(job.to) } : {}),
      },
      () => ctx.working(),
    );
    this.logger.log(`backfill with ${codebook.name} v${codebook.version}: ${count} articles re-extracted`);
  }
}
