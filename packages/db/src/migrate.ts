import type pg from 'pg';
import {
  databaseNameOf,
  parseDatabaseUrl,
  quoteIdentifier,
  redactDatabaseUrl,
  withDatabaseName,
} from './database-url.js';
import { DbError } from './errors.js';
import { readMigrationList } from './migrations-dir.js';
import { connectClient } from './pg-admin.js';
import { migrationsDir as defaultMigrationsDir } from './package-paths.js';
import { describeEngineError, withSchemaEngine } from './schema-engine.js';

/** Postgres error code for "database does not exist". */
const INVALID_CATALOG_NAME = '3D000';
const DUPLICATE_DATABASE = '42P04';
const UNIQUE_VIOLATION = '23505';
/**
 * Serialises concurrent migrators (several services start at once). Our own key, taken on our
 * own connection, so it cannot collide with a lock the engine may take on its connections.
 */
const MIGRATE_LOCK_KEY = 7_310_295_184;

/**
 * Applying runs the migration scripts as written; the engine only needs a schema to know the
 * provider, so it gets a datasource block rather than schema.prisma (which may be ahead of them).
 */
const DATASOURCE_ONLY_SCHEMA: [string, string] = [
  'datasource.prisma',
  'datasource db {\n  provider = "postgresql"\n}\n',
];

export interface MigrateOptions {
  /** Defaults to this package's prisma/migrations. */
  migrationsDir?: string;
}

/**
 * Applies every migration not yet recorded in `_prisma_migrations` (what `prisma migrate deploy`
 * does), creating the database first if it does not exist. Safe to call from several processes
 * at once and on every start: a second run applies nothing.
 */
export async function migrateDatabase(
  databaseUrl: string,
  options: MigrateOptions = {},
): Promise<{ applied: string[] }> {
  parseDatabaseUrl(databaseUrl);
  const migrationsList = await readMigrationList(options.migrationsDir ?? defaultMigrationsDir());
  const lockClient = await connectCreatingDatabase(databaseUrl);
  try {
    await lockClient.query('SELECT pg_advisory_lock($1)', [MIGRATE_LOCK_KEY]);
    return await withSchemaEngine(databaseUrl, [DATASOURCE_ONLY_SCHEMA], async ({ engine }) => {
      try {
        const output = await engine.applyMigrations({
          migrationsList,
          filters: { externalTables: [], externalEnums: [] },
        });
        return { applied: output.appliedMigrationNames };
      } catch (error) {
        throw new DbError(
          'MIGRATION_FAILED',
          `applying migrations to ${redactDatabaseUrl(databaseUrl)} failed: ${describeEngineError(error)}`,
          { cause: error },
        );
      }
    });
  } finally {
    // Ending the session releases the advisory lock too.
    await lockClient.end().catch(() => undefined);
  }
}

/** Connects to the database, creating it on the same server when it does not exist yet. */
async function connectCreatingDatabase(databaseUrl: string): Promise<pg.Client> {
  try {
    return await connectClient(databaseUrl);
  } catch (error) {
    if ((error as { code?: unknown }).code !== INVALID_CATALOG_NAME) throw unreachable(databaseUrl, error);
  }
  await createDatabase(databaseUrl);
  try {
    return await connectClient(databaseUrl);
  } catch (error) {
    throw unreachable(databaseUrl, error);
  }
}

async function createDatabase(databaseUrl: string): Promise<void> {
  const name = databaseNameOf(parseDatabaseUrl(databaseUrl));
  const adminUrl = withDatabaseName(databaseUrl, 'postgres');
  let admin: pg.Client;
  try {
    admin = await connectClient(adminUrl);
  } catch (error) {
    throw unreachable(adminUrl, error);
  }
  try {
    await admin.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
  } catch (error) {
    // Another migrator created it between our check and now: that is fine. A truly concurrent
    // CREATE DATABASE loses on the catalog's unique index (23505) rather than with 42P04.
    const code = (error as { code?: unknown }).code;
    if (code !== DUPLICATE_DATABASE && code !== UNIQUE_VIOLATION) throw unreachable(databaseUrl, error);
  } finally {
    await admin.end().catch(() => undefined);
  }
}

function unreachable(databaseUrl: string, error: unknown): DbError {
  const reason = error instanceof Error ? error.message : String(error);
  return new DbError(
    'DATABASE_UNREACHABLE',
    `cannot use database ${redactDatabaseUrl(databaseUrl)}: ${reason}`,
    {
      cause: error,
    },
  );
}
