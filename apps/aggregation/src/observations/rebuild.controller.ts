import { Controller, HttpCode, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { RequireScopes } from '@stance/nest-platform';
import { CodebookScope } from '../read-api/codebook-scope.js';
import { parseQuery } from '../read-api/query.js';
import { ObservationsRepository } from './observations.repository.js';

export const RebuildQuery = z.object({ codebookId: z.uuid().optional() }).strict();

/** Rebuilds a codebook version's position buckets from its stored observations (admin). */
@RequireScopes('admin')
@Controller('admin')
export class RebuildController {
  constructor(
    private readonly observations: ObservationsRepository,
    private readonly scope: CodebookScope,
  ) {}

  @Post('rebuild')
  @HttpCode(200)
  async rebuildBuckets(@Query() query: unknown) {
    const codebookId = await this.scope.resolveCodebookId(parseQuery(RebuildQuery, query).codebookId);
    const started = Date.now();
    const buckets = await this.observations.rebuildCodebookBuckets(codebookId);
    return { codebookId, buckets, ms: Date.now() - started };
  }
}
