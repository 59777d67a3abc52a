import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { formatMigrationTimestamp } from './diff.js';
import { readMigrationList } from './migrations-dir.js';

describe('readMigrationList', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'stance-migrations-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function addMigration(name: string, sql: string): Promise<void> {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, 'migration.sql'), sql);
  }

  it('lists migration folders in name order with their scripts and the lock file', async () => {
    await writeFile(path.join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
    await addMigration('20250102000000_second', 'SELECT 2;');
    await addMigration('20250101000000_first', 'SELECT 1;');

    const list = await readMigrationList(dir);

    expect(list.baseDir).toBe(dir);
    expect(list.lockfile).toEqual({ path: 'migration_lock.toml', content: 'provider = "postgresql"\n' });
    expect(list.migrationDirectories.map((m) => m.path)).toEqual([
      '20250101000000_first',
      '20250102000000_second',
    ]);
    expect(list.migrationDirectories[0]?.migrationFile).toEqual({
      path: 'migration.sql',
      content: { tag: 'ok', value: 'SELECT 1;' },
    });
  });

  it('treats a missing folder as no migrations', async () => {
    const list = await readMigrationList(path.join(dir, 'absent'));

    expect(list.migrationDirectories).toEqual([]);
    expect(list.lockfile.content).toBeNull();
  });

  it('rejects a folder that is not named like a migration, naming it', async () => {
    await addMigration('add-feeds', 'SELECT 1;');

    await expect(readMigrationList(dir)).rejects.toMatchObject({
      code: 'MIGRATIONS_INVALID',
      message: expect.stringContaining(path.join(dir, 'add-feeds')),
    });
  });

  it('rejects a migration folder without migration.sql, naming the file', async () => {
    await mkdir(path.join(dir, '20250101000000_empty'));

    await expect(readMigrationList(dir)).rejects.toMatchObject({
      code: 'MIGRATIONS_INVALID',
      message: expect.stringContaining(path.join(dir, '20250101000000_empty', 'migration.sql')),
    });
  });
});

describe('formatMigrationTimestamp', () => {
  it('formats UTC as YYYYMMDDHHMMSS like Prisma', () => {
    expect(formatMigrationTimestamp(new Date('2025-03-04T05:06:07.890Z'))).toBe('20250304050607');
  });
});
