import { Inject, Injectable } from '@nestjs/common';
import { AlertsFiredV1 } from '@stance/contracts';
import type { PrismaClient } from '@stance/db';
import { JetStreamPublisher } from '@stance/messaging';
import { PRISMA, PollingService } from '@stance/nest-platform';
import { AGGREGATION_CONFIG, type AggregationConfig } from '../aggregation-config.js';
import { ALERT_ROW_COLUMNS, toAlertFired, type AlertRow } from './alert-message.js';
import { WebhookDeliveryWorker } from '../webhooks/webhook-delivery.worker.js';

const BATCH = 100;

/**
 * Turns stored alerts into notifications, once: publishes live alerts to `alerts.fired.v1`
 * (JetStream message id = alert id, so a retry after a crash is deduplicated) and queues one
 * webhook delivery per matching webhook. Rows are claimed with SKIP LOCKED, so several
 * instances share the queue without doing anything twice. Historical alerts are never
 * published; only webhooks that ask for them (include_historical) get them. Alerts go out after
 * a settle time, and superseded ones only if they fire again.
 */
@Injectable()
export class AlertDispatcher extends PollingService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(AGGREGATION_CONFIG) private readonly config: AggregationConfig,
    private readonly publisher: JetStreamPublisher,
    private readonly deliveries: WebhookDeliveryWorker,
  ) {
    super('alert-dispatcher', config.pollMs, config.workers);
  }

  protected pollOnce(): Promise<boolean> {
    return this.dispatchBatch();
  }

  /** Dispatches up to one batch; true when the batch was full (more may be waiting). */
  async dispatchBatch(): Promise<boolean> {
    const { dispatched, full } = await this.prisma.$transaction(
      async (tx) => {
        const rows = await tx.$queryRawUnsafe<AlertRow[]>(
          `SELECT ${ALERT_ROW_COLUMNS} FROM alerts a WHERE a.dispatched_at IS NULL AND a.superseded_at IS NULL
             AND a.fired_at <= now() - make_interval(secs => $1)
           ORDER BY a.fired_at, a.id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          this.config.settleMs / 1000,
        );
        if (rows.length === 0) return { dispatched: 0, full: false };
        const live = rows.filter((r) => !r.historical);
        await this.publisher.publishMany(
          AlertsFiredV1,
          live.map((r) => ({ payload: toAlertFired(r), msgId: r.id })),
        );
        await tx.$executeRawUnsafe(
          `INSERT INTO webhook_deliveries (webhook_id, alert_id)
           SELECT w.id, a.id FROM alerts a JOIN webhooks w
             ON w.active AND (cardinality(w.rule_ids) = 0 OR a.rule_id::text = ANY(w.rule_ids))
            AND (NOT a.historical OR w.include_historical)
           WHERE a.id = ANY($1::text[])
           ON CONFLICT (webhook_id, alert_id) DO NOTHING`,
          rows.map((r) => r.id),
        );
        await tx.$executeRawUnsafe(
          'UPDATE alerts SET dispatched_at = now() WHERE id = ANY($1::text[])',
          rows.map((r) => r.id),
        );
        return { dispatched: rows.length, full: rows.length === BATCH };
      },
      { timeout: 60_000 },
    );
    if (dispatched > 0) this.deliveries.poke();
    return full;
  }
}
