import { Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import { PRISMA, readJsonBody, RequireScopes } from '@stance/nest-platform';
import { CodebookScope } from '../read-api/codebook-scope.js';
import { isoTime, parseBody, parseQuery } from '../read-api/query.js';
import { AlertDetector } from './alert-detector.js';
import { AlertDispatcher } from './alert-dispatcher.js';
import { CreateRuleSchema, readSettings, UpdateRuleSchema, type StoredRule } from './rule-settings.js';

export const EvaluateRuleQuery = z
  .object({
    codebookId: z.uuid().optional(),
    from: isoTime()
      .optional()
      .describe(
        "only alerts with event time from here on; cooldowns resume from this rule's stored alerts before it",
      ),
  })
  .strict();

const MAX_BODY = 200_000;

function assertUuid(id: string): void {
  if (!z.uuid().safeParse(id).success)
    throw new DomainError('VALIDATION', `id: ${JSON.stringify(id)} is not a rule id (uuid)`);
}

function present(rule: StoredRule & { createdAt?: Date; updatedAt?: Date }) {
  return {
    id: rule.id,
    name: rule.name,
    actors: rule.actors,
    topics: rule.topics,
    kinds: rule.kinds,
    settings: readSettings(rule.settings),
    muted: rule.muted,
    ...(rule.createdAt ? { createdAt: rule.createdAt.toISOString() } : {}),
    ...(rule.updatedAt ? { updatedAt: rule.updatedAt.toISOString() } : {}),
  };
}

/** Alert rules: which actors and topics to watch for which kinds of change (admin scope). */
@RequireScopes('admin')
@Controller('alert-rules')
export class AlertRulesController {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly scope: CodebookScope,
    private readonly detector: AlertDetector,
    private readonly dispatcher: AlertDispatcher,
  ) {}

  @Post()
  @HttpCode(201)
  async createRule(@Req() req: Request) {
    const input = parseBody(CreateRuleSchema, await readJsonBody(req, MAX_BODY));
    const row = await this.prisma.alertRule.create({ data: { ...input, settings: input.settings } });
    return present(row);
  }

  @Get()
  async listRules() {
    const rows = await this.prisma.alertRule.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return { items: rows.map(present) };
  }

  @Get(':id')
  async getRule(@Param('id') id: string) {
    return present(await this.findRule(id));
  }

  @Patch(':id')
  async updateRule(@Param('id') id: string, @Req() req: Request) {
    const input = parseBody(UpdateRuleSchema, await readJsonBody(req, MAX_BODY));
    const existing = await this.findRule(id);
    const settings = input.settings ? { ...readSettings(existing.settings), ...input.settings } : undefined;
    const row = await this.prisma.alertRule.update({
      where: { id },
      data: { ...input, ...(settings ? { settings } : {}) },
    });
    return present(row);
  }

  @Post(':id/mute')
  @HttpCode(200)
  async muteRule(@Param('id') id: string) {
    await this.findRule(id);
    return present(await this.prisma.alertRule.update({ where: { id }, data: { muted: true } }));
  }

  @Post(':id/unmute')
  @HttpCode(200)
  async unmuteRule(@Param('id') id: string) {
    await this.findRule(id);
    return present(await this.prisma.alertRule.update({ where: { id }, data: { muted: false } }));
  }

  @Delete(':id')
  @HttpCode(200)
  async removeRule(@Param('id') id: string) {
    await this.findRule(id);
    await this.prisma.alertRule.delete({ where: { id } });
    return { id, deleted: true };
  }

  /**
   * Runs the rule over the stored history (e.g. right after creating it, or after a backfill).
   * Alerts are stored once by id; old event times come out historical, so no storm of live
   * notifications.
   */
  @Post(':id/evaluate')
  @HttpCode(200)
  async evaluateRule(@Param('id') id: string, @Query() query: unknown) {
    const q = parseQuery(EvaluateRuleQuery, query);
    const rule = await this.findRule(id);
    const codebookId = await this.scope.resolveCodebookId(q.codebookId);
    const result = await this.prisma.$transaction(
      (tx) => this.detector.evaluateRule(tx, codebookId, rule, q.from),
      {
        timeout: 10 * 60_000,
      },
    );
    if (result.inserted.length > 0) this.dispatcher.poke();
    return { ruleId: id, codebookId, found: result.found, stored: result.inserted.length };
  }

  private async findRule(id: string) {
    assertUuid(id);
    const row = await this.prisma.alertRule.findUnique({ where: { id } });
    if (!row) throw new DomainError('NOT_FOUND', `alert rule ${id} does not exist`);
    return row;
  }
}
