import type { PrismaClient } from '@stance/db';

/** What raw-SQL helpers need: a PrismaClient or an interactive transaction client. */
export type Tx = Pick<PrismaClient, '$queryRawUnsafe' | '$executeRawUnsafe'>;
