import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import { PRISMA, RequireScopes } from '@stance/nest-platform';
import { CodebookScope } from '../read-api/codebook-scope.js';
import { assertRange, isoTime, key, limit, parseQuery, tableFormat } from '../read-api/query.js';
import { respondTable } from '../read-api/respond.js';

/** Keyset cursor over (event_time desc, id desc). */
const alertCursor = () =>
  z.string().transform((s, ctx) => {
    try {
      const [t, id] = JSON.parse(Buffer.from(s, 'base64url').toString()) as [unknown, unknown];
      if (typeof t === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(t)))
        return { t: new Date(t), id };
    } catch {
      /* reported below */
    }
    ctx.addIssue({ code: 'custom', message: 'is not a cursor this API returned' });
    return z.NEVER;
  });

export const AlertsQuery = z
  .object({
    codebookId: z.uuid().optional(),
    actor: key().optional(),
    topic: key().optional(),
    kind: z.enum(['flip', 'shift', 'first', 'surge']).optional(),
    ruleId: z.uuid().optional(),
    historical: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    from: isoTime().optional().describe('event time from (inclusive)'),
    to: isoTime().optional().describe('event time to (exclusive)'),
    limit: limit(500, 50),
    cursor: alertCursor().optional(),
    format: tableFormat(),
  })
  .strict();

interface AlertListRow {
  id: string;
  rule_id: string;
  rule_name: string;
  actor_key: string;
  topic_key: string;
  kind: string;
  historical: boolean;
  event_time: Date;
  fired_at: Date;
  summary: string;
  evidence: unknown;
  evidence_count: number;
  details: unknown;
  superseded_at: Date | null;
}

function present(r: AlertListRow) {
  return {
    id: r.id,
    ruleId: r.rule_id,
    ruleName: r.rule_name,
    actor: r.actor_key,
    topic: r.topic_key,
    kind: r.kind,
    historical: r.historical,
    eventTime: r.event_time.toISOString(),
    firedAt: r.fired_at.toISOString(),
    summary: r.summary,
    details: r.details,
    evidenceCount: r.evidence_count,
    evidence: r.evidence,
    supersededAt: r.superseded_at?.toISOString() ?? null,
  };
}

const select = (
  evidence: string,
) => `SELECT a.id, a.rule_id::text AS rule_id, r.name AS rule_name, a.actor_key, a.topic_key, a.kind,
                       a.historical, a.event_time, a.fired_at, a.summary, ${evidence} AS evidence,
                       a.evidence_count, a.details, a.superseded_at
                FROM alerts a JOIN alert_rules r ON r.id = a.rule_id`;

/** Fired alerts with their evidence (observations and article links), newest event first. */
@RequireScopes('read')
@Controller('alerts')
export class AlertsController {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly scope: CodebookScope,
  ) {}

  @Get()
  async listAlerts(@Query() query: unknown, @Res({ passthrough: true }) res: Response) {
    const q = parseQuery(AlertsQuery, query);
    assertRange(q.from, q.to);
    const codebookId = await this.scope.resolveCodebookId(q.codebookId);
    // Only the filters given go into the SQL, so the planner can walk (codebook, event_time) in order.
    const where = ['a.codebook_id = $1::uuid', 'a.superseded_at IS NULL'];
    const values: unknown[] = [codebookId];
    const add = (clause: (n: string) => string, value: unknown) => {
      values.push(value);
      where.push(clause(`$${values.length}`));
    };
    if (q.actor) add((n) => `a.actor_key = ${n}`, q.actor);
    if (q.topic) add((n) => `a.topic_key = ${n}`, q.topic);
    if (q.kind) add((n) => `a.kind = ${n}`, q.kind);
    if (q.ruleId) add((n) => `a.rule_id = ${n}::uuid`, q.ruleId);
    if (q.historical !== undefined) add((n) => `a.historical = ${n}`, q.historical);
    if (q.from) add((n) => `a.event_time >= ${n}`, q.from);
    if (q.to) add((n) => `a.event_time < ${n}`, q.to);
    if (q.cursor) {
      values.push(q.cursor.t, q.cursor.id);
      where.push(`(a.event_time, a.id) < ($${values.length - 1}::timestamptz, $${values.length}::text)`);
    }
    const rows = await this.prisma.$queryRawUnsafe<AlertListRow[]>(
      // Lists carry the stored preview (first entries; a surge can have hundreds); /alerts/:id has all.
      `${select('a.evidence_preview')} WHERE ${where.join(' AND ')}
       ORDER BY a.event_time DESC, a.id DESC LIMIT ${q.limit + 1}`,
      ...values,
    );
    const page = rows.slice(0, q.limit).map(present);
    const last = page[page.length - 1];
    const nextCursor =
      rows.length > q.limit && last
        ? Buffer.from(JSON.stringify([last.eventTime, last.id])).toString('base64url')
        : null;
    return respondTable(
      res,
      q.format,
      { codebookId, items: page, nextCursor },
      page,
      [
        'id',
        'eventTime',
        'firedAt',
        'kind',
        'historical',
        'actor',
        'topic',
        'ruleName',
        'summary',
        'evidenceCount',
      ],
      'alerts',
    );
  }

  @Get(':id')
  async getAlert(@Param('id') id: string) {
    if (!/^[0-9a-f]{64}$/.test(id))
      throw new DomainError('VALIDATION', 'id: must be an alert id (64 hex digits)');
    const [row] = await this.prisma.$queryRawUnsafe<AlertListRow[]>(
      `${select('a.evidence')} WHERE a.id = $1`,
      id,
    );
    if (!row) throw new DomainError('NOT_FOUND', `alert ${id} does not exist`);
    return present(row);
  }
}
