import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@stance/db';
import { PRISMA, PollingService } from '@stance/nest-platform';
import { nextRetryDelay } from '@stance/positions';
import { AGGREGATION_CONFIG, type AggregationConfig } from '../aggregation-config.js';
import { ALERT_ROW_COLUMNS, toAlertFired, type AlertRow } from '../alerts/alert-message.js';
import { sendSignedWebhook } from './webhook-sender.js';

const BATCH = 20;

interface ClaimedDelivery extends AlertRow {
  delivery_id: string;
  attempts: number;
  url: string;
  secret: string;
}

/**
 * Delivers queued webhook deliveries: claims due rows with SKIP LOCKED and pushes their next
 * attempt out by a lease (so a crashed worker's rows come back after it), sends them outside any
 * transaction, then records the outcome: delivered, retry after an exponential backoff with
 * jitter, or dead after the last attempt.
 */
@Injectable()
export class WebhookDeliveryWorker extends PollingService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(AGGREGATION_CONFIG) private readonly config: AggregationConfig,
  ) {
    super('webhook-delivery', config.pollMs, config.workers);
  }

  protected pollOnce(): Promise<boolean> {
    return this.deliverBatch();
  }

  /** One round of due deliveries; true when the batch was full. */
  async deliverBatch(now: () => Date = () => new Date()): Promise<boolean> {
    const leaseSeconds = Math.ceil((this.config.webhookTimeoutMs * 2) / 1000) + 5;
    const claimed = await this.prisma.$queryRawUnsafe<ClaimedDelivery[]>(
      `WITH due AS (
         SELECT id FROM webhook_deliveries
         WHERE status = 'pending' AND next_attempt_at <= now()
         ORDER BY next_attempt_at, id LIMIT ${BATCH}
         FOR UPDATE SKIP LOCKED
       ),
       leased AS (
         UPDATE webhook_deliveries d SET next_attempt_at = now() + make_interval(secs => $1)
         FROM due WHERE d.id = due.id
         RETURNING d.id, d.attempts, d.webhook_id, d.alert_id
       )
       SELECT l.id::text AS delivery_id, l.attempts, w.url, w.secret, ${ALERT_ROW_COLUMNS}
       FROM leased l JOIN webhooks w ON w.id = l.webhook_id JOIN alerts a ON a.id = l.alert_id`,
      leaseSeconds,
    );
    await Promise.all(claimed.map((d) => this.attempt(d, now)));
    return claimed.length === BATCH;
  }

  private async attempt(d: ClaimedDelivery, now: () => Date): Promise<void> {
    const body = JSON.stringify(toAlertFired(d));
    const result = await sendSignedWebhook(
      d.url,
      d.secret,
      body,
      { 'x-stance-alert-id': d.id, 'x-stance-delivery-id': d.delivery_id },
      this.config.webhookTimeoutMs,
      now(),
    );
    const attempts = d.attempts + 1;
    if (result.ok) {
      await this.prisma.$executeRawUnsafe(
        `UPDATE webhook_deliveries SET status = 'delivered', attempts = $2, last_status = $3, last_error = NULL,
                delivered_at = now() WHERE id = $1::bigint`,
        d.delivery_id,
        attempts,
        result.status ?? null,
      );
      return;
    }
    const decision = nextRetryDelay(attempts, this.config.retryPolicy);
    await this.prisma.$executeRawUnsafe(
      `UPDATE webhook_deliveries SET attempts = $2, last_status = $3, last_error = $4,
              status = CASE WHEN $5 THEN 'dead' ELSE 'pending' END,
              next_attempt_at = CASE WHEN $5 THEN next_attempt_at ELSE now() + make_interval(secs => $6) END
       WHERE id = $1::bigint`,
      d.delivery_id,
      attempts,
      result.status ?? null,
      (result.error ?? 'failed').slice(0, 1000),
      decision.kind === 'dead',
      decision.kind === 'retry' ? decision.delayMs / 1000 : 0,
    );
  }
}
