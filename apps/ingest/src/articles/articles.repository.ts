import { Inject, Injectable } from '@nestjs/common';
import { ArticlesIngestedV1, type ArticleIngested } from '@stance/contracts';
import type { PrismaClient } from '@stance/db';
import { PRISMA } from '@stance/nest-platform';
import { NearDuplicateClusters } from '../near-dup/near-duplicate-clusters.js';
import type { PreparedArticle } from './prepare-article.js';

export interface StoredArticle {
  articleId: string;
  externalId: string | null;
  contentHash: string;
  /** False when an article with the same text, canonical URL or external id was there already. */
  created: boolean;
  /** For a new article that joined an existing near-duplicate cluster: its most similar earlier copy. */
  nearDuplicateOf?: string;
}

interface InsertedRow {
  id: string;
  external_id: string | null;
  content_hash: string;
  lang: string;
  published_at: Date | null;
  ingested_at: Date;
}

/**
 * Articles and their outgoing `articles.ingested` messages, written in one transaction
 * (transactional outbox): a stored article is always announced, however NATS is doing.
 */
@Injectable()
export class ArticlesRepository {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly clusters: NearDuplicateClusters,
  ) {}

  async storeArticles(articles: PreparedArticle[]): Promise<StoredArticle[]> {
    return this.prisma.$transaction(
      async (tx) => {
        // One statement for the batch; ON CONFLICT DO NOTHING covers every unique key
        // (content hash, canonical URL, external id), also between items of the same batch.
        const inserted = await tx.$queryRawUnsafe<InsertedRow[]>(
          `INSERT INTO articles (external_id, source, url, canonical_url, title, text, lang, published_at, content_hash, author)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                              $8::timestamptz[], $9::text[], $10::text[])
         ON CONFLICT DO NOTHING
         RETURNING id, external_id, content_hash, lang, published_at, ingested_at`,
          articles.map((a) => a.externalId),
          articles.map((a) => a.source),
          articles.map((a) => a.url),
          articles.map((a) => a.canonicalUrl),
          articles.map((a) => a.title),
          articles.map((a) => a.text),
          articles.map((a) => a.lang),
          articles.map((a) => a.publishedAt),
          articles.map((a) => a.contentHash),
          articles.map((a) => a.author),
        );
        const byHash = new Map(inserted.map((r) => [r.content_hash, r]));
        const fingerprintByHash = new Map(articles.map((a) => [a.contentHash, a.fingerprint]));
        const assignments = await this.clusters.assignInTransaction(
          tx,
          inserted.map((row) => ({ id: row.id, fingerprint: fingerprintByHash.get(row.content_hash)! })),
        );
        const nearestById = new Map(
          assignments.flatMap((a) => (a.nearestId ? [[a.id, a.nearestId] as const] : [])),
        );
        if (inserted.length > 0) {
          const payloads: ArticleIngested[] = inserted.map((row) => ({
            articleId: row.id,
            ...(row.external_id ? { externalId: row.external_id } : {}),
            lang: row.lang,
            publishedAt: row.published_at ? row.published_at.toISOString() : null,
            ingestedAt: row.ingested_at.toISOString(),
          }));
          await tx.$executeRawUnsafe(
            `INSERT INTO outbox_messages (subject, msg_id, payload)
           SELECT $1, m, p FROM unnest($2::text[], $3::jsonb[]) AS t(m, p)`,
            ArticlesIngestedV1.subject,
            payloads.map((p) => `article:${p.articleId}`),
            payloads.map((p) => JSON.stringify(p)),
          );
        }
        const existing = await this.findExisting(
          tx,
          articles.filter((a) => !byHash.has(a.contentHash)),
        );
        const claimed = new Set<string>();
        return articles.map((a) => {
          const row = byHash.get(a.contentHash);
          if (row && !claimed.has(row.id)) {
            claimed.add(row.id);
            const nearest = nearestById.get(row.id);
            return {
              articleId: row.id,
              externalId: a.externalId,
              contentHash: a.contentHash,
              created: true,
              ...(nearest !== undefined && { nearDuplicateOf: nearest }),
            };
          }
          const prior = row?.id ?? existing(a);
          return { articleId: prior, externalId: a.externalId, contentHash: a.contentHash, created: false };
        });
        // Waiting for the cluster lock under load can outlast Prisma's 5 s default.
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  }

  /** For articles that hit a unique key: a lookup from each to the article already stored. */
  private async findExisting(
    tx: Pick<PrismaClient, '$queryRawUnsafe'>,
    duplicates: PreparedArticle[],
  ): Promise<(a: PreparedArticle) => string> {
    if (duplicates.length === 0) return () => '';
    const rows = await tx.$queryRawUnsafe<
      { id: string; content_hash: string; canonical_url: string | null; external_id: string | null }[]
    >(
      `SELECT id, content_hash, canonical_url, external_id FROM articles
       WHERE content_hash = ANY($1::text[]) OR canonical_url = ANY($2::text[]) OR external_id = ANY($3::text[])`,
      duplicates.map((a) => a.contentHash),
      duplicates.map((a) => a.canonicalUrl).filter((u): u is string => u !== null),
      duplicates.map((a) => a.externalId).filter((u): u is string => u !== null),
    );
    return (a) =>
      rows.find((r) => r.content_hash === a.contentHash)?.id ??
      rows.find((r) => a.canonicalUrl !== null && r.canonical_url === a.canonicalUrl)?.id ??
      rows.find((r) => a.externalId !== null && r.external_id === a.externalId)?.id ??
      '';
  }
}
