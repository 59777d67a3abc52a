import { Inject, Injectable } from '@nestjs/common';
import type { Codebook } from '@stance/codebook';
import type { PrismaClient } from '@stance/db';
import { PRISMA } from '@stance/nest-platform';

export interface StoredCodebook {
  id: string;
  name: string;
  version: number;
  sha256: string;
  importedAt: Date;
  content: Codebook;
}

/** Versioned codebooks in Postgres: each import of changed content is the next version of its name. */
@Injectable()
export class CodebooksRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** Stores `codebook` as a new version unless the latest version of its name has the same digest. */
  async importCodebook(
    codebook: Codebook,
    sha256: string,
  ): Promise<{ codebook: StoredCodebook; created: boolean }> {
    return this.prisma.$transaction(async (tx) => {
      // Serialise imports of one name so two imports cannot take the same version number.
      await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtext($1))', `codebook:${codebook.name}`);
      const latest = await tx.codebook.findFirst({
        where: { name: codebook.name },
        orderBy: { version: 'desc' },
      });
      if (latest && latest.sha256 === sha256) return { codebook: toStored(latest), created: false };
      const row = await tx.codebook.create({
        data: {
          name: codebook.name,
          version: (latest?.version ?? 0) + 1,
          sha256,
          content: codebook as object,
          actors: {
            create: codebook.actors.map((a) => ({
              key: a.id,
              kind: a.kind,
              names: a.names,
              memberOf: a.memberOf,
            })),
          },
          topics: {
            create: codebook.topics.map((t) => ({
              key: t.id,
              label: t.label,
              pro: t.pro,
              anti: t.anti,
              targetActorKey: t.actor ?? null,
            })),
          },
        },
      });
      const roles = codebook.actors.flatMap((a) =>
        a.roles.map((r) => ({
          codebookId: row.id,
          actorKey: a.id,
          title: r.title,
          validFrom: r.from ? new Date(`${r.from}T00:00:00Z`) : null,
          validTo: r.to ? new Date(`${r.to}T00:00:00Z`) : null,
        })),
      );
      if (roles.length > 0) await tx.codebookRole.createMany({ data: roles });
      return { codebook: toStored(row), created: true };
    });
  }

  /** The codebook extraction uses now: the most recently imported version. */
  async findActiveCodebook(): Promise<StoredCodebook | null> {
    const row = await this.prisma.codebook.findFirst({
      orderBy: [{ importedAt: 'desc' }, { version: 'desc' }],
    });
    return row ? toStored(row) : null;
  }

  async findCodebook(id: string): Promise<StoredCodebook | null> {
    const row = await this.prisma.codebook.findUnique({ where: { id } });
    return row ? toStored(row) : null;
  }

  async listCodebooks(): Promise<Omit<StoredCodebook, 'content'>[]> {
    const rows = await this.prisma.codebook.findMany({
      orderBy: [{ name: 'asc' }, { version: 'desc' }],
      select: { id: true, name: true, version: true, sha256: true, importedAt: true },
    });
    return rows;
  }
}

function toStored(row: {
  id: string;
  name: string;
  version: number;
  sha256: string;
  importedAt: Date;
  content: unknown;
}): StoredCodebook {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    sha256: row.sha256,
    importedAt: row.importedAt,
    content: row.content as Codebook,
  };
}
