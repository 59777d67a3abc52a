import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import { once } from 'node:events';
import type { Socket } from 'node:net';
import type { Request, Response } from 'express';
import { DomainError, isDomainError } from '@stance/errors';
import { RequireScopes } from '@stance/nest-platform';
import { ArticlesService } from '../articles/articles.service.js';
import { INGEST_CONFIG, type IngestConfig } from '../ingest-config.js';
import { BulkIngest, type BulkLineResult } from './bulk-ingest.js';

const NDJSON = /^application\/(x-ndjson|jsonl|x-jsonlines)\b/;
// How long a stopped upload's connection may go on sending before it is cut.
const LINGER_MS = 5_000;

export interface BulkSummary {
  lines: number;
  accepted: number;
  duplicate: number;
  invalid: number;
}

@RequireScopes('ingest')
@Controller('articles')
export class BulkController {
  constructor(
    private readonly bulk: BulkIngest,
    private readonly articles: ArticlesService,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  /**
   * Streaming JSON Lines upload. Answers 200 with JSON Lines: one `{line, status, …}` per
   * non-blank input line as its chunk is stored, then `{"summary": {…}}`, or `{"error": {…}}`
   * when the upload had to stop (size limit, backlog, database): lines reported before it stand.
   */
  @Post('bulk')
  async postBulk(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.checkRequest(req);
    await this.articles.refuseWhenBehind();
    // Kept now: once the body iterator is abandoned, req.socket is detached.
    const socket = req.socket;
    res.status(200).setHeader('content-type', 'application/x-ndjson; charset=utf-8');
    res.flushHeaders();
    const summary: BulkSummary = { lines: 0, accepted: 0, duplicate: 0, invalid: 0 };
    try {
      for await (const results of this.bulk.ingest(req)) {
        for (const r of results) count(summary, r);
        if (results.length > 0) await write(res, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
      }
      await write(res, JSON.stringify({ summary }) + '\n');
    } catch (error) {
      const code = isDomainError(error) ? error.code : 'INTERNAL';
      const message = isDomainError(error) ? error.message : `upload stopped: ${(error as Error).message}`;
      if (!res.destroyed)
        await write(res, JSON.stringify({ error: { code, message }, summary }) + '\n').catch(() => undefined);
    }
    // A stopped upload leaves body unread: close the connection rather than reuse it mid-body.
    res.end(() => {
      if (!req.complete) lingerClose(socket);
    });
  }

  private checkRequest(req: Request): void {
    const contentType = String(req.headers['content-type'] ?? '');
    if (!NDJSON.test(contentType)) {
      req.resume();
      throw new DomainError(
        'UNSUPPORTED_MEDIA_TYPE',
        `Content-Type must be application/x-ndjson (JSON Lines), got ${contentType ? `"${contentType}"` : 'none'}`,
      );
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > this.config.maxBulkBytes) {
      req.resume();
      throw new DomainError(
        'BODY_TOO_LARGE',
        `bulk upload is ${declared} bytes; the limit is ${this.config.maxBulkBytes} bytes`,
      );
    }
  }
}

function count(summary: BulkSummary, result: BulkLineResult): void {
  summary.lines++;
  summary[result.status]++;
}

/**
 * Closes a connection whose request body is still arriving without losing the answer: closing
 * a socket with unread input makes the kernel send a reset, which can reach the client before it
 * has read the error line and throw that line away. So half-close (FIN after the answer), read and
 * discard what the client is still sending, and destroy only after a grace period.
 */
function lingerClose(socket: Socket): void {
  socket.on('data', () => undefined);
  socket.end();
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

/** Writes and waits for the socket when the client reads slower than we answer. */
async function write(res: Response, text: string): Promise<void> {
  if (!res.write(text)) await once(res, 'drain');
}
