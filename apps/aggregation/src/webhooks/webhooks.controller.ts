import { randomBytes } from 'node:crypto';
import { Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import { PRISMA, readJsonBody, RequireScopes } from '@stance/nest-platform';
import { limit, parseBody, parseQuery } from '../read-api/query.js';

const httpUrl = () => z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000);

export const CreateWebhookSchema = z
  .object({
    url: httpUrl(),
    secret: z
      .string()
      .min(16, 'must be at least 16 characters')
      .max(200)
      .optional()
      .describe('generated when omitted; returned once'),
    ruleIds: z.array(z.uuid()).max(1000).default([]),
    includeHistorical: z.boolean().default(false),
    active: z.boolean().default(true),
  })
  .strict();

export const UpdateWebhookSchema = z
  .object({
    url: httpUrl().optional(),
    secret: z.string().min(16).max(200).optional(),
    ruleIds: z.array(z.uuid()).max(1000).optional(),
    includeHistorical: z.boolean().optional(),
    active: z.boolean().optional(),
  })
  .strict();

export const DeliveriesQuery = z
  .object({
    status: z.enum(['pending', 'delivered', 'dead']).optional(),
    limit: limit(500, 100),
  })
  .strict();

interface WebhookRow {
  id: string;
  url: string;
  ruleIds: string[];
  includeHistorical: boolean;
  active: boolean;
  createdAt: Date;
}

/** The secret is never shown again after creation. */
function present(w: WebhookRow) {
  return {
    id: w.id,
    url: w.url,
    ruleIds: w.ruleIds,
    includeHistorical: w.includeHistorical,
    active: w.active,
    createdAt: w.createdAt.toISOString(),
  };
}

/** Webhook receivers of alerts and their delivery log (admin scope). */
@RequireScopes('admin')
@Controller('webhooks')
export class WebhooksController {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  @Post()
  @HttpCode(201)
  async createWebhook(@Req() req: Request) {
    const input = parseBody(CreateWebhookSchema, await readJsonBody(req, 100_000));
    const secret = input.secret ?? randomBytes(32).toString('base64url');
    const row = await this.prisma.webhook.create({ data: { ...input, secret } });
    return { ...present(row), secret };
  }

  @Get()
  async listWebhooks() {
    const rows = await this.prisma.webhook.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return { items: rows.map(present) };
  }

  @Patch(':id')
  async updateWebhook(@Param('id') id: string, @Req() req: Request) {
    const input = parseBody(UpdateWebhookSchema, await readJsonBody(req, 100_000));
    await this.findWebhook(id);
    return present(await this.prisma.webhook.update({ where: { id }, data: input }));
  }

  @Delete(':id')
  @HttpCode(200)
  async removeWebhook(@Param('id') id: string) {
    await this.findWebhook(id);
    await this.prisma.webhook.delete({ where: { id } });
    return { id, deleted: true };
  }

  /** The delivery log: one row per alert, with attempts, last status and error, and state. */
  @Get(':id/deliveries')
  async listDeliveries(@Param('id') id: string, @Query() query: unknown) {
    const q = parseQuery(DeliveriesQuery, query);
    await this.findWebhook(id);
    const rows = await this.prisma.webhookDelivery.findMany({
      where: { webhookId: id, ...(q.status ? { status: q.status } : {}) },
      orderBy: { id: 'desc' },
      take: q.limit,
    });
    return {
      items: rows.map((d) => ({
        id: String(d.id),
        alertId: d.alertId,
        status: d.status,
        attempts: d.attempts,
        nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
        lastStatus: d.lastStatus,
        lastError: d.lastError,
        deliveredAt: d.deliveredAt?.toISOString() ?? null,
        createdAt: d.createdAt.toISOString(),
      })),
    };
  }

  private async findWebhook(id: string) {
    if (!z.uuid().safeParse(id).success)
      throw new DomainError('VALIDATION', `id: ${JSON.stringify(id)} is not a webhook id (uuid)`);
    const row = await this.prisma.webhook.findUnique({ where: { id } });
    if (!row) throw new DomainError('NOT_FOUND', `webhook ${id} does not exist`);
    return row;
  }
}
