import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { CodebookValidationError, codebookDigest, parseCodebook } from '@stance/codebook';
import { ExtractionBackfillRequestedV1, validatePayload } from '@stance/contracts';
import { DomainError } from '@stance/errors';
import { JetStreamPublisher } from '@stance/messaging';
import { readJsonBody, readUtf8Body, RequireScopes } from '@stance/nest-platform';
import { EXTRACTION_CONFIG, type ExtractionConfig } from '../extraction-config.js';
import { ActiveCodebook } from './active-codebook.js';
import { CodebooksRepository } from './codebooks.repository.js';

@Controller('codebooks')
export class CodebooksController {
  constructor(
    private readonly codebooks: CodebooksRepository,
    private readonly active: ActiveCodebook,
    private readonly publisher: JetStreamPublisher,
    @Inject(EXTRACTION_CONFIG) private readonly config: ExtractionConfig,
  ) {}

  /** Imports a codebook (YAML or JSON body); changed content becomes the next version and the active one. */
  @Post()
  @RequireScopes('admin')
  async importCodebook(@Req() req: Request) {
    const text = await readUtf8Body(req, this.config.codebookMaxBytes, /(yaml|json|text\/plain)/);
    const fileName = String(req.headers['x-file-name'] ?? 'request body');
    let codebook;
    try {
      codebook = parseCodebook(text, fileName);
    } catch (error) {
      if (error instanceof CodebookValidationError) {
        throw new DomainError('CODEBOOK_INVALID', error.message, { issues: error.issues });
      }
      throw error;
    }
    const { codebook: stored, created } = await this.codebooks.importCodebook(
      codebook,
      codebookDigest(codebook),
    );
    this.active.forget();
    return {
      id: stored.id,
      name: stored.name,
      version: stored.version,
      sha256: stored.sha256,
      actors: codebook.actors.length,
      topics: codebook.topics.length,
      created,
    };
  }

  @Get()
  @RequireScopes('read')
  async listCodebooks() {
    return { items: await this.codebooks.listCodebooks() };
  }

  /**
   * Re-extracts stored articles with this codebook version (all, a date range, or some ids).
   * Runs as a JetStream job, so it survives restarts; the answer is the job's message id.
   */
  @Post(':id/backfill')
  @RequireScopes('admin')
  @HttpCode(202)
  async requestBackfill(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request) {
    const body =
      req.headers['content-length'] && req.headers['content-length'] !== '0'
        ? await readJsonBody(req, 1_000_000)
        : {};
    const codebook = await this.codebooks.findCodebook(id);
    if (!codebook) throw new DomainError('NOT_FOUND', `codebook ${id} does not exist`);
    const job = validatePayload(ExtractionBackfillRequestedV1, {
      ...(isObject(body) ? body : {}),
      codebookId: id,
    });
    const jobId = randomUUID();
    await this.publisher.publish(ExtractionBackfillRequestedV1, job, { msgId: `backfill:${jobId}` });
    return { jobId, codebookId: id };
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
