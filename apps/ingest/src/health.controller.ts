import { Controller, Get, Inject } from '@nestjs/common';
import type { PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import { PRISMA, Public } from '@stance/nest-platform';

@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** Ready when the database answers; ingest keeps accepting while NATS is away (outbox). */
  @Get()
  async checkHealth(): Promise<{ status: 'ok'; unpublished: number }> {
    try {
      const [row] = await this.prisma.$queryRawUnsafe<{ n: bigint }[]>(
        'SELECT count(*) AS n FROM outbox_messages WHERE sent_at IS NULL',
      );
      return { status: 'ok', unpublished: Number(row?.n ?? 0) };
    } catch (error) {
      throw new DomainError('DEPENDENCY_UNAVAILABLE', `database: ${(error as Error).message}`);
    }
  }
}
