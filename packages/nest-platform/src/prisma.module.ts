import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createPrismaClient, redactDatabaseUrl, type PrismaClient } from '@stance/db';

export const PRISMA = Symbol('PRISMA');

@Injectable()
class PrismaShutdown implements OnApplicationShutdown {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async onApplicationShutdown(): Promise<void> {
    await this.prisma.$disconnect();
  }
}

/** One PrismaClient per service process, checked at boot: an unreachable database stops the boot. */
@Module({})
export class PrismaModule {
  static forRoot(options: { databaseUrl: string; poolMax?: number }): DynamicModule {
    return {
      module: PrismaModule,
      global: true,
      providers: [
        {
          provide: PRISMA,
          useFactory: async (): Promise<PrismaClient> => {
            const prisma = createPrismaClient(options);
            try {
              await prisma.$queryRawUnsafe('SELECT 1');
            } catch (error) {
              await prisma.$disconnect().catch(() => undefined);
              throw new Error(
                `cannot reach the database at ${redactDatabaseUrl(options.databaseUrl)}: ${(error as Error).message}`,
              );
            }
            return prisma;
          },
        },
        PrismaShutdown,
      ],
      exports: [PRISMA],
    };
  }
}
