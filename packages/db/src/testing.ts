import { randomBytes } from 'node:crypto';
import { quoteIdentifier, redactDatabaseUrl, withDatabaseName } from './database-url.js';
import { DbError } from './errors.js';
import { migrateDatabase } from './migrate.js';
import { runStatement } from './pg-admin.js';

/** The local test server's maintenance database; test tooling only. */
export const DEFAULT_ADMIN_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  /** Connection URL of the new, fully migrated database. */
  url: string;
  /** Drops the database, disconnecting any session still using it. Safe to call twice. */
  drop(): Promise<void>;
}

/**
 * Creates a randomly named database on the admin URL's server and applies all migrations, so
 * parallel test runs never share state. Always `drop()` it (e.g. in afterAll).
 */
export async function createTestDatabase(options: { adminUrl?: string } = {}): Promise<TestDatabase> {
  const adminUrl = options.adminUrl ?? DEFAULT_ADMIN_URL;
  const name = `stance_test_${randomBytes(6).toString('hex')}`;
  try {
    await runStatement(adminUrl, `CREATE DATABASE ${quoteIdentifier(name)}`);
  } catch (error) {
    throw new DbError(
      'DATABASE_UNREACHABLE',
      `cannot create a test database on ${redactDatabaseUrl(adminUrl)}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  let dropped: Promise<void> | undefined;
  const drop = (): Promise<void> =>
    (dropped ??= runStatement(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
  const url = withDatabaseName(adminUrl, name);
  try {
    await migrateDatabase(url);
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
  return { url, drop };
}
