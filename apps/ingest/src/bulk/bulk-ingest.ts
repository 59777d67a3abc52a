import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@stance/errors';
import type { ArticleInput } from '../articles/article-input.js';
import { ArticlesService } from '../articles/articles.service.js';
import { INGEST_CONFIG, type IngestConfig } from '../ingest-config.js';
import { parseBulkLine, type ParsedLine } from './parse-bulk-line.js';
import { splitLines } from './split-lines.js';

export interface BulkLineResult {
  line: number;
  status: 'accepted' | 'duplicate' | 'invalid';
  articleId?: string;
  near_duplicate_of?: string;
  error?: string;
}

/** Articles per store transaction, and the most text held before a chunk is stored anyway. */
const CHUNK_ARTICLES = 100;
const CHUNK_CHARS = 8_000_000;
const BEHIND_POLL_MS = 1_000;

/**
 * Streaming JSON Lines ingest: lines are parsed as they arrive and stored in chunks through
 * the same path as POST /articles; each line gets a result, in line order, as soon as its chunk
 * is stored. A bad line is reported and skipped; it never stops the lines after it.
 */
@Injectable()
export class BulkIngest {
  constructor(
    private readonly articles: ArticlesService,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  /** Yields the results of each stored chunk, in line order. */
  async *ingest(body: AsyncIterable<Buffer | Uint8Array>): AsyncGenerator<BulkLineResult[]> {
    const limits = { maxLineBytes: this.config.maxLineBytes, maxTotalBytes: this.config.maxBulkBytes };
    let chunk: ParsedLine[] = [];
    let valid = 0;
    let chars = 0;
    for await (const raw of splitLines(body, limits)) {
      const parsed = parseBulkLine(raw, limits.maxLineBytes);
      if (parsed.ok === 'blank') continue;
      chunk.push(parsed);
      if (parsed.ok) {
        valid++;
        chars += parsed.article.text.length;
      }
      if (valid >= CHUNK_ARTICLES || chars >= CHUNK_CHARS) {
        yield await this.storeChunk(chunk);
        chunk = [];
        valid = 0;
        chars = 0;
      }
    }
    yield await this.storeChunk(chunk);
  }

  private async storeChunk(chunk: readonly ParsedLine[]): Promise<BulkLineResult[]> {
    const valid = chunk.filter((p): p is Extract<ParsedLine, { ok: true }> => p.ok === true);
    if (valid.length > 0) await this.waitWhileBehind();
    const stored = await this.articles.storeValid(valid.map((p): ArticleInput => p.article));
    const byLine = new Map(valid.map((p, i) => [p.line, stored[i]!]));
    return chunk.flatMap((p): BulkLineResult[] => {
      if (p.ok === 'blank') return [];
      if (p.ok === false) return [{ line: p.line, status: 'invalid', error: p.error }];
      const s = byLine.get(p.line)!;
      return [
        {
          line: p.line,
          status: s.created ? 'accepted' : 'duplicate',
          articleId: s.articleId,
          ...(s.nearDuplicateOf !== undefined && { near_duplicate_of: s.nearDuplicateOf }),
        },
      ];
    });
  }

  /** Backpressure for a stream: stop reading (TCP pushes back on the client) until the outbox drains. */
  private async waitWhileBehind(): Promise<void> {
    const deadline = Date.now() + this.config.bulkMaxWaitMs;
    while (await this.articles.isBehind()) {
      if (Date.now() > deadline) {
        throw new DomainError(
          'BACKPRESSURE',
          `the pipeline stayed behind for ${this.config.bulkMaxWaitMs} ms; retry the remaining lines later`,
          undefined,
          5,
        );
      }
      await new Promise((r) => setTimeout(r, BEHIND_POLL_MS));
    }
  }
}
