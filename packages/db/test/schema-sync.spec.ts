import { mkdtemp, readFile, readdir, rm, writeFile, mkdir, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createMigration, diffMigrationsToSchema } from '../src/diff.js';
import { migrateDatabase } from '../src/migrate.js';
import { migrationsDir, schemaPath } from '../src/package-paths.js';
import { createTestDatabase, DEFAULT_ADMIN_URL, type TestDatabase } from '../src/testing.js';

describe('migrations folder vs schema.prisma', () => {
  it('has no pending change: every schema edit came with its migration (run db:diff <name>)', async () => {
    const pendingSql = await diffMigrationsToSchema({ shadowServerUrl: DEFAULT_ADMIN_URL });

    expect(pendingSql).toBeNull();
  }, 60_000);
});

describe('createMigration (what db:diff runs)', () => {
  let workDir: string;
  let db: TestDatabase | undefined;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'stance-db-diff-'));
    await cp(migrationsDir(), path.join(workDir, 'migrations'), { recursive: true });
    const schema = await readFile(schemaPath(), 'utf8');
    await writeFile(
      path.join(workDir, 'schema.prisma'),
      `${schema}\nmodel SchemaSyncProbe {\n  id  BigInt @id @default(autoincrement())\n  url String @unique\n\n  @@map("schema_sync_probes")\n}\n`,
    );
  });

  afterAll(async () => {
    await db?.drop();
    await rm(workDir, { recursive: true, force: true });
  });

  it('writes a new timestamped migration with only the change, which then applies on top of the others', async () => {
    const options = {
      shadowServerUrl: DEFAULT_ADMIN_URL,
      migrationsDir: path.join(workDir, 'migrations'),
      schemaPath: path.join(workDir, 'schema.prisma'),
    };

    const created = await createMigration({
      ...options,
      name: 'add_feeds',
      now: new Date('2030-01-02T03:04:05Z'),
    });
    const again = await diffMigrationsToSchema(options);

    expect(created.migrationName).toBe('20300102030405_add_feeds');
    expect(created.sql).toContain('CREATE TABLE "schema_sync_probes"');
    expect(created.sql).not.toContain('CREATE TABLE "articles"');
    expect(await readdir(options.migrationsDir)).toContain('20300102030405_add_feeds');
    expect(again).toBeNull();

    db = await createTestDatabase();
    const { applied } = await migrateDatabase(db.url, { migrationsDir: options.migrationsDir });
    expect(applied).toEqual(['20300102030405_add_feeds']);
  }, 90_000);

  it('writes nothing when the schema has no change', async () => {
    const created = await createMigration({ shadowServerUrl: DEFAULT_ADMIN_URL, name: 'nothing' });

    expect(created).toEqual({ migrationName: null, sql: null });
  }, 60_000);

  it('rejects a migration name that is not snake_case', async () => {
    await expect(
      createMigration({ shadowServerUrl: DEFAULT_ADMIN_URL, name: 'Add Feeds' }),
    ).rejects.toMatchObject({
      code: 'MIGRATION_NAME_INVALID',
    });
  });
});

describe('hand-written migration scripts', () => {
  let workDir: string;
  let db: TestDatabase | undefined;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'stance-db-script-'));
  });

  afterAll(async () => {
    await db?.drop();
    await rm(workDir, { recursive: true, force: true });
  });

  it('run whole, so semicolons inside strings and DO blocks survive', async () => {
    const dir = path.join(workDir, 'migrations');
    await cp(migrationsDir(), dir, { recursive: true });
    await mkdir(path.join(dir, '20300101000000_seed_note'));
    await writeFile(
      path.join(dir, '20300101000000_seed_note', 'migration.sql'),
      `CREATE TABLE "notes" ("body" TEXT NOT NULL);
INSERT INTO "notes" ("body") VALUES ('first; second');
DO $$ BEGIN INSERT INTO "notes" ("body") VALUES ('from a block; with a semicolon'); END $$;
`,
    );
    db = await createTestDatabase();

    await migrateDatabase(db.url, { migrationsDir: dir });

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ body: string }>('SELECT body FROM notes ORDER BY body');
      expect(rows.map((row) => row.body)).toEqual(['first; second', 'from a block; with a semicolon']);
    } finally {
      await client.end();
    }
  }, 60_000);

  it('fail with MIGRATION_FAILED naming the database error, and the folder name is checked', async () => {
    const dir = path.join(workDir, 'broken');
    await mkdir(path.join(dir, '20300101000000_broken'), { recursive: true });
    await writeFile(path.join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
    await writeFile(
      path.join(dir, '20300101000000_broken', 'migration.sql'),
      'CREATE TABLE broken (id NOT_A_TYPE);\n',
    );
    const target = await createTestDatabase();
    try {
      const error = await migrateDatabase(target.url, { migrationsDir: dir }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'MIGRATION_FAILED' });
      expect((error as Error).message).toContain('not_a_type');

      await mkdir(path.join(dir, 'not-a-migration'));
      await expect(migrateDatabase(target.url, { migrationsDir: dir })).rejects.toMatchObject({
        code: 'MIGRATIONS_INVALID',
        message: expect.stringContaining('not-a-migration'),
      });
    } finally {
      await target.drop();
    }
  }, 60_000);
});
