import { Inject, Injectable } from '@nestjs/common';
import { ObservationsExtractedV1, type ObservationsExtracted } from '@stance/contracts';
import type { PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import { JetStreamPublisher } from '@stance/messaging';
import { PRISMA } from '@stance/nest-platform';
import { EXTRACTOR_VERSION, extractStatements } from '@stance/stance-engine';
import type { StoredCodebook } from '../codebooks/codebooks.repository.js';
import { CompiledCodebooks } from '../codebooks/compiled-codebooks.js';

interface ArticleRow {
  id: string;
  externalId: string | null;
  title: string;
  text: string;
  lang: string;
  publishedAt: Date | null;
  ingestedAt: Date;
}

const ARTICLE_FIELDS = {
  id: true,
  externalId: true,
  title: true,
  text: true,
  lang: true,
  publishedAt: true,
  ingestedAt: true,
} as const;

/**
 * Runs the engine over stored articles and publishes one `observations.extracted` message per
 * (article, codebook): the complete set, which replaces earlier ones downstream, so redelivery
 * and re-extraction are both safe.
 */
@Injectable()
export class ExtractionService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly publisher: JetStreamPublisher,
    private readonly compiled: CompiledCodebooks,
  ) {}

  async extractArticle(articleId: string, codebook: StoredCodebook): Promise<number> {
    const article = await this.prisma.article.findUnique({
      where: { id: articleId },
      select: ARTICLE_FIELDS,
    });
    if (!article) throw new DomainError('NOT_FOUND', `article ${articleId} is not in the database`);
    const message = this.extract(article, codebook);
    await this.publisher.publish(ObservationsExtractedV1, message, { msgId: observationsMsgId(message) });
    return message.statements.length;
  }

  /** Re-extracts stored articles with `codebook`, in id order, a page at a time. */
  async backfillArticles(
    codebook: StoredCodebook,
    filter: { articleIds?: string[]; from?: Date; to?: Date },
    onPage: () => void,
  ): Promise<number> {
    let after: string | undefined;
    let done = 0;
    for (;;) {
      const page = await this.prisma.article.findMany({
        where: {
          ...(filter.articleIds ? { id: { in: filter.articleIds } } : {}),
          ...(after ? { id: { gt: after, ...(filter.articleIds ? { in: filter.articleIds } : {}) } } : {}),
          ...(filter.from || filter.to
            ? {
                publishedAt: {
                  ...(filter.from ? { gte: filter.from } : {}),
                  ...(filter.to ? { lte: filter.to } : {}),
                },
              }
            : {}),
        },
        orderBy: { id: 'asc' },
        take: 200,
        select: ARTICLE_FIELDS,
      });
      if (page.length === 0) return done;
      const messages = page.map((a) => this.extract(a, codebook));
      await this.publisher.publishMany(
        ObservationsExtractedV1,
        messages.map((m) => ({ payload: m, msgId: observationsMsgId(m) })),
      );
      done += page.length;
      after = page[page.length - 1]!.id;
      onPage();
    }
  }

  private extract(article: ArticleRow, codebook: StoredCodebook): ObservationsExtracted {
    const statements = extractStatements(this.compiled.compiledFor(codebook), {
      id: article.externalId ?? article.id,
      text: article.text,
      title: article.title,
      lang: article.lang,
      published_at: article.publishedAt?.toISOString() ?? null,
    });
    return {
      articleId: article.id,
      codebookId: codebook.id,
      codebookVersion: String(codebook.version),
      extractorVersion: EXTRACTOR_VERSION,
      observedAt: (article.publishedAt ?? article.ingestedAt).toISOString(),
      statements,
    };
  }
}

function observationsMsgId(m: ObservationsExtracted): string {
  return `observations:${m.articleId}:${m.codebookId}:${m.extractorVersion}`;
}
