import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@stance/errors';
import {
  ArticleBatchSchema,
  ArticleInputSchema,
  describeIssues,
  type ArticleInput,
} from './article-input.js';
import { ArticlesRepository, type StoredArticle } from './articles.repository.js';
import { prepareArticle, type ArticleExtras } from './prepare-article.js';
import { NearDuplicateClusters } from '../near-dup/near-duplicate-clusters.js';
import { OutboxRelay } from '../outbox/outbox-relay.js';
import { INGEST_CONFIG, type IngestConfig } from '../ingest-config.js';

export interface AcceptedArticle {
  index: number;
  externalId: string | null;
  articleId: string;
  status: 'accepted' | 'duplicate';
  /** A new article that is a near-duplicate (wire copy, light edit) of this earlier one. */
  near_duplicate_of?: string;
}

@Injectable()
export class ArticlesService {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly relay: OutboxRelay,
    private readonly clusters: NearDuplicateClusters,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  /**
   * Validates a whole request first (one article, `{articles: [...]}` or `[...]`), then stores
   * it atomically: a batch with any invalid item is refused as a whole, so clients never have
   * to work out which half of a request landed.
   */
  async acceptRequest(body: unknown): Promise<AcceptedArticle[]> {
    const items = this.toItems(body);
    if (items.length > this.config.maxBatch) {
      throw new DomainError(
        'BATCH_TOO_LARGE',
        `a batch may hold at most ${this.config.maxBatch} articles; got ${items.length}`,
      );
    }
    const inputs: ArticleInput[] = [];
    const problems: string[] = [];
    items.forEach((item, index) => {
      const parsed = ArticleInputSchema.safeParse(item);
      if (parsed.success) inputs.push(parsed.data);
      else
        problems.push(
          ...describeIssues(
            parsed.error,
            items.length > 1 || Array.isArray(body) || isBatch(body) ? `articles[${index}]` : '',
          ),
        );
    });
    if (problems.length > 0) {
      throw new DomainError('VALIDATION', problems.slice(0, 20).join('; '), { problems });
    }
    await this.refuseWhenBehind();
    const stored = await this.storeValid(inputs);
    return stored.map((s, index) => ({
      index,
      externalId: s.externalId,
      articleId: s.articleId,
      status: s.created ? 'accepted' : 'duplicate',
      ...(s.nearDuplicateOf !== undefined && { near_duplicate_of: s.nearDuplicateOf }),
    }));
  }

  /**
   * Stores already validated articles atomically (dedupe, near-duplicate clusters, outbox): the
   * one path every source (push, bulk, feeds) takes into the database.
   */
  async storeValid(
    inputs: readonly ArticleInput[],
    extras: readonly ArticleExtras[] = [],
  ): Promise<StoredArticle[]> {
    if (inputs.length === 0) return [];
    const fingerprintOf = (text: string) => this.clusters.fingerprintOf(text);
    const stored = await this.articles.storeArticles(
      inputs.map((input, i) => prepareArticle(input, fingerprintOf, extras[i])),
    );
    if (stored.some((s) => s.created)) this.relay.poke();
    return stored;
  }

  /** True while the outbox holds more unpublished messages than the configured limit. */
  async isBehind(): Promise<boolean> {
    return (await this.relay.countPending(this.config.maxPending)) >= this.config.maxPending;
  }

  private toItems(body: unknown): unknown[] {
    if (isBatch(body) || Array.isArray(body)) {
      const batch = ArticleBatchSchema.safeParse(body);
      if (!batch.success) throw new DomainError('VALIDATION', describeIssues(batch.error).join('; '));
      return Array.isArray(batch.data) ? batch.data : batch.data.articles;
    }
    if (body === null || typeof body !== 'object') {
      throw new DomainError(
        'VALIDATION',
        'body must be an article object, {"articles": [...]} or an array of articles',
      );
    }
    return [body];
  }

  /** Backpressure: past the limit of unpublished messages, answer 503 instead of queueing more. */
  async refuseWhenBehind(): Promise<void> {
    const pending = await this.relay.countPending(this.config.maxPending);
    if (pending >= this.config.maxPending) {
      throw new DomainError(
        'BACKPRESSURE',
        `the pipeline is behind (${pending}+ articles waiting to be published); retry later`,
        undefined,
        5,
      );
    }
  }
}

function isBatch(body: unknown): body is { articles: unknown } {
  return body !== null && typeof body === 'object' && !Array.isArray(body) && 'articles' in body;
}
