import { Controller, Get, Inject } from '@nestjs/common';
import type { PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import { Public } from './api-key.guard.js';
import { PRISMA } from './prisma.module.js';

/** Liveness and readiness: the process answers and its database does. */
@Public()
@Controller('health')
export class DatabaseHealthController {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  @Get()
  async checkHealth(): Promise<{ status: 'ok' }> {
    try {
      await this.prisma.$queryRawUnsafe('SELECT 1');
      return { status: 'ok' };
    } catch (error) {
      throw new DomainError('DEPENDENCY_UNAVAILABLE', `database: ${(error as Error).message}`);
    }
  }
}
