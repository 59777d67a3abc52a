import { PrismaPg } from '@prisma/adapter-pg';
import { parseDatabaseUrl } from './database-url.js';
import { PrismaClient } from './generated/prisma/client.js';

export interface CreatePrismaClientOptions {
  databaseUrl: string;
  /** Upper bound of the pg pool behind the client (pg's default is 10). */
  poolMax?: number;
}

/**
 * A new PrismaClient over node-postgres (no engine binary). Each call makes its own client and
 * pool; the caller owns it and ends it with `$disconnect()`.
 */
export function createPrismaClient(options: CreatePrismaClientOptions): PrismaClient {
  parseDatabaseUrl(options.databaseUrl);
  if (options.poolMax !== undefined && !(Number.isInteger(options.poolMax) && options.poolMax > 0)) {
    throw new RangeError(`poolMax must be a positive integer (got ${options.poolMax})`);
  }
  const adapter = new PrismaPg({
    connectionString: options.databaseUrl,
    ...(options.poolMax !== undefined ? { max: options.poolMax } : {}),
  });
  return new PrismaClient({ adapter });
}
