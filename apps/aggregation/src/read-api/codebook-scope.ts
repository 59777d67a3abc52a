import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import { PRISMA } from '@stance/nest-platform';

/** Which codebook version a read is about: the one asked for, else the latest imported. */
@Injectable()
export class CodebookScope {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async resolveCodebookId(requested?: string): Promise<string> {
    if (requested) {
      const found = await this.prisma.codebook.findUnique({ where: { id: requested }, select: { id: true } });
      if (!found) throw new DomainError('NOT_FOUND', `codebook ${requested} does not exist`);
      return found.id;
    }
    const latest = await this.prisma.codebook.findFirst({
      orderBy: [{ importedAt: 'desc' }, { version: 'desc' }],
      select: { id: true },
    });
    if (!latest) throw new DomainError('NOT_FOUND', 'no codebook has been imported yet');
    return latest.id;
  }
}
