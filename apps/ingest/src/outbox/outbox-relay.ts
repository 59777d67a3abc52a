import { Inject, Injectable } from '@nestjs/common';
import { MESSAGE_CONTRACTS, type AnyMessageContract } from '@stance/contracts';
import type { PrismaClient } from '@stance/db';
import { JetStreamPublisher } from '@stance/messaging';
import { PollingService, PRISMA } from '@stance/nest-platform';
import { INGEST_CONFIG, type IngestConfig } from '../ingest-config.js';

interface OutboxRow {
  id: bigint;
  subject: string;
  msg_id: string;
  payload: unknown;
}

const CONTRACT_BY_SUBJECT = new Map<string, AnyMessageContract>(MESSAGE_CONTRACTS.map((c) => [c.subject, c]));

/**
 * Publishes what the outbox holds to JetStream, oldest first, and marks it sent. Rows are
 * claimed with SKIP LOCKED so several ingest instances share the work; the JetStream message
 * id makes a re-publish after a crash (published, not yet marked) a no-op.
 * While NATS is down, rows stay unsent and are retried; nothing is dropped.
 */
@Injectable()
export class OutboxRelay extends PollingService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly publisher: JetStreamPublisher,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {
    super('outbox', config.outboxPollMs, true);
  }

  protected async pollOnce(): Promise<boolean> {
    // A full batch means more may be waiting: the worker runs again at once.
    return (await this.publishBatch()) === this.config.outboxBatchSize;
  }

  /** Unsent messages, counted up to `cap` (enough to decide on backpressure cheaply). */
  async countPending(cap: number): Promise<number> {
    const [row] = await this.prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM outbox_messages WHERE sent_at IS NULL LIMIT $1) t`,
      cap,
    );
    return Number(row?.n ?? 0);
  }

  private async publishBatch(): Promise<number> {
    const outcome: { published: number; error?: Error } = await this.prisma.$transaction(
      async (tx) => {
        const rows = await tx.$queryRawUnsafe<OutboxRow[]>(
          `SELECT id, subject, msg_id, payload FROM outbox_messages
           WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          this.config.outboxBatchSize,
        );
        if (rows.length === 0) return { published: 0 };
        try {
          for (const [subject, group] of groupBySubject(rows)) {
            await this.publisher.publishMany(
              contractFor(subject),
              group.map((row) => ({ payload: row.payload as never, msgId: row.msg_id })),
            );
          }
        } catch (error) {
          await tx.$executeRawUnsafe(
            `UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`,
            rows.map((r) => r.id),
            (error as Error).message.slice(0, 1000),
          );
          // Commit the attempt count, then report the failure.
          return { published: 0, error: error as Error };
        }
        await tx.$executeRawUnsafe(
          `UPDATE outbox_messages SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`,
          rows.map((r) => r.id),
        );
        return { published: rows.length };
      },
      { timeout: 60_000 },
    );
    if (outcome.error) throw outcome.error;
    return outcome.published;
  }
}

/** Keeps id order within each subject; one publishMany per contract. */
function groupBySubject(rows: OutboxRow[]): Map<string, OutboxRow[]> {
  const groups = new Map<string, OutboxRow[]>();
  for (const row of rows) {
    const group = groups.get(row.subject);
    if (group) group.push(row);
    else groups.set(row.subject, [row]);
  }
  return groups;
}

function contractFor(subject: string): AnyMessageContract {
  const contract = CONTRACT_BY_SUBJECT.get(subject);
  if (!contract) throw new Error(`outbox row with unknown subject ${subject}`);
  return contract;
}
