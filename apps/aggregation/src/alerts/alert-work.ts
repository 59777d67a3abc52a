import { Inject, Injectable, Logger } from '@nestjs/common';
import type { PrismaClient } from '@stance/db';
import { PRISMA, PollingService } from '@stance/nest-platform';
import { AGGREGATION_CONFIG, type AggregationConfig } from '../aggregation-config.js';
import type { ActorTopicPair } from '../statements/statement-store.js';
import type { Tx } from '../tx.js';
import { AlertDetector, type TouchedRange } from './alert-detector.js';
import { AlertDispatcher } from './alert-dispatcher.js';

const BATCH = 20;
const LEASE_SECONDS = 120;

/** A pair and the event-time range over which its alerts may have changed. */
export interface PairRange extends ActorTopicPair, TouchedRange {}

/**
 * Records, in the observation sets' transaction, that detection is owed for each pair over its
 * [from, to]; a pending row for the same pair is widened instead (later sets merge in, so a busy
 * pair is evaluated once for many sets). Rows go in sorted order so concurrent transactions
 * never deadlock on them. Give each pair once.
 */
export async function enqueueAlertWork(
  tx: Tx,
  codebookId: string,
  ranges: readonly PairRange[],
): Promise<void> {
  if (ranges.length === 0) return;
  const sorted = [...ranges].sort((a, b) =>
    a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0,
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO alert_work (codebook_id, actor_key, topic_key, from_time, to_time)
     SELECT $1::uuid, u.a, u.t, u.f, u.l
     FROM unnest($2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[]) WITH ORDINALITY AS u(a, t, f, l, i) ORDER BY u.i
     ON CONFLICT (codebook_id, actor_key, topic_key) DO UPDATE SET
       from_time = least(alert_work.from_time, EXCLUDED.from_time),
       to_time = greatest(alert_work.to_time, EXCLUDED.to_time),
       version = alert_work.version + 1`,
    codebookId,
    sorted.map((p) => p.actor),
    sorted.map((p) => p.topic),
    sorted.map((p) => p.from),
    sorted.map((p) => p.to),
  );
}

interface WorkRow {
  codebook_id: string;
  actor_key: string;
  topic_key: string;
  from_time: Date;
  to_time: Date;
  version: number;
}

/**
 * Runs the change detection that observation sets queued in `alert_work`, off the consumption
 * path: claims rows with SKIP LOCKED and a lease (a crashed worker's rows come back when it
 * ends), evaluates each pair under its own advisory lock, and deletes the row only if no set
 * widened it meanwhile.
 */
@Injectable()
export class AlertWorker extends PollingService {
  private readonly logger = new Logger('alert-worker');

  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(AGGREGATION_CONFIG) private readonly config: AggregationConfig,
    private readonly detector: AlertDetector,
    private readonly dispatcher: AlertDispatcher,
  ) {
    super('alert-worker', config.pollMs, config.workers);
  }

  protected pollOnce(): Promise<boolean> {
    return this.runBatch();
  }

  /** One batch of owed detections; true when the batch was full. */
  async runBatch(now: () => Date = () => new Date()): Promise<boolean> {
    const claimed = await this.prisma.$queryRawUnsafe<WorkRow[]>(
      `UPDATE alert_work w SET lease_until = now() + make_interval(secs => $1)
       FROM (SELECT codebook_id, actor_key, topic_key FROM alert_work
             WHERE lease_until IS NULL OR lease_until < now()
             ORDER BY queued_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED) c
       WHERE w.codebook_id = c.codebook_id AND w.actor_key = c.actor_key AND w.topic_key = c.topic_key
       RETURNING w.codebook_id::text AS codebook_id, w.actor_key, w.topic_key, w.from_time, w.to_time, w.version`,
      LEASE_SECONDS,
    );
    let fired = 0;
    for (const row of claimed) {
      try {
        fired += await this.detectPair(row, now());
      } catch (error) {
        // The lease runs out and another round retries the pair.
        this.logger.warn(
          `detection for ${row.actor_key}/${row.topic_key} failed: ${(error as Error).message}`,
        );
      }
    }
    if (fired > 0) this.dispatcher.poke();
    return claimed.length === BATCH;
  }

  private async detectPair(row: WorkRow, now: Date): Promise<number> {
    return this.prisma.$transaction(
      async (tx) => {
        const pair = { actor: row.actor_key, topic: row.topic_key };
        await tx.$executeRawUnsafe(
          'SELECT pg_advisory_xact_lock(hashtext($1))',
          `alerts:${row.codebook_id}:${JSON.stringify([pair.actor, pair.topic])}`,
        );
        const result = await this.detector.detectForPairs(tx, row.codebook_id, [pair], now, async () => ({
          from: row.from_time,
          to: row.to_time,
        }));
        const done = await tx.$executeRawUnsafe(
          `DELETE FROM alert_work WHERE codebook_id = $1::uuid AND actor_key = $2 AND topic_key = $3 AND version = $4`,
          row.codebook_id,
          row.actor_key,
          row.topic_key,
          row.version,
        );
        if (done === 0) {
          // A set widened the range meanwhile: release it for the next round.
          await tx.$executeRawUnsafe(
            `UPDATE alert_work SET lease_until = NULL WHERE codebook_id = $1::uuid AND actor_key = $2 AND topic_key = $3`,
            row.codebook_id,
            row.actor_key,
            row.topic_key,
          );
        }
        return result.inserted.length;
      },
      { timeout: 10 * 60_000 },
    );
  }
}
