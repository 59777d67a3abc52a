import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DbError } from '../src/errors.js';
import { migrateDatabase } from '../src/migrate.js';
import { runStatement } from '../src/pg-admin.js';
import { DEFAULT_ADMIN_URL } from '../src/testing.js';
import { readFile } from 'node:fs/promises';
import { schemaPath } from '../src/package-paths.js';

/** Every model's table name, as schema.prisma maps it: the tables the migrations must create. */
async function tablesInSchema(): Promise<string[]> {
  const schema = await readFile(schemaPath(), 'utf8');
  return [...schema.matchAll(/^model \w+ \{[\s\S]*?@@map\("([^"]+)"\)[\s\S]*?^\}/gm)].map((m) => m[1]!);
}

const ADMIN_URL = DEFAULT_ADMIN_URL;
const createdDatabases: string[] = [];

function freshDatabaseUrl(): string {
  const name = `stance_test_migrate_${randomBytes(5).toString('hex')}`;
  createdDatabases.push(name);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function listTables(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    return result.rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const name of createdDatabases) {
    await runStatement(ADMIN_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
});

describe('migrateDatabase', () => {
  it('creates a missing database, applies every migration, then applies nothing on a second run', async () => {
    const url = freshDatabaseUrl();

    const first = await migrateDatabase(url);
    const second = await migrateDatabase(url);

    expect(first.applied.length).toBeGreaterThan(0);
    expect(first.applied[0]).toMatch(/^\d{14}_init$/);
    expect(second.applied).toEqual([]);
    expect((await listTables(url)).sort()).toEqual(
      ['_prisma_migrations', ...(await tablesInSchema())].sort(),
    );
  }, 60_000);

  it('applies each migration once when several processes migrate the same database at once', async () => {
    const url = freshDatabaseUrl();

    const results = await Promise.all([migrateDatabase(url), migrateDatabase(url), migrateDatabase(url)]);

    const appliedAll = results.flatMap((result) => result.applied);
    expect(appliedAll.length).toBe(new Set(appliedAll).size);
    expect(appliedAll.length).toBeGreaterThan(0);
  }, 60_000);

  it('rejects an empty URL with DATABASE_URL_MISSING', async () => {
    await expect(migrateDatabase('')).rejects.toMatchObject({
      name: 'DbError',
      code: 'DATABASE_URL_MISSING',
    });
  });

  it('reports an unreachable server with DATABASE_UNREACHABLE and the redacted URL', async () => {
    const error: unknown = await migrateDatabase('postgresql://postgres:secret@127.0.0.1:1/nowhere').catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(DbError);
    expect((error as DbError).code).toBe('DATABASE_UNREACHABLE');
    expect((error as DbError).message).toContain('127.0.0.1:1/nowhere');
    expect((error as DbError).message).not.toContain('secret');
  }, 30_000);
});
