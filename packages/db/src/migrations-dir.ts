import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { DbError } from './errors.js';

export const MIGRATION_LOCK_FILE = 'migration_lock.toml';
export const MIGRATION_SCRIPT_FILE = 'migration.sql';
/** Same naming as `prisma migrate dev`: UTC timestamp, underscore, snake_case name. */
const MIGRATION_DIR_PATTERN = /^\d{14}_[a-z0-9_]+$/;

/**
 * Loads a Prisma migrations folder into the list the schema engine takes. Folders whose name
 * does not look like a migration are an error rather than being skipped, so a typo cannot
 * silently drop a migration.
 */
export async function readMigrationList(dir: string): Promise<MigrationList> {
  if (!existsSync(dir)) {
    return {
      baseDir: dir,
      lockfile: { path: MIGRATION_LOCK_FILE, content: null },
      shadowDbInitScript: '',
      migrationDirectories: [],
    };
  }
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = [];
  for (const name of names) {
    if (!MIGRATION_DIR_PATTERN.test(name)) {
      throw new DbError(
        'MIGRATIONS_INVALID',
        `${path.join(dir, name)}: not a migration folder name (expected <14-digit timestamp>_<snake_case_name>)`,
      );
    }
    const scriptPath = path.join(dir, name, MIGRATION_SCRIPT_FILE);
    if (!existsSync(scriptPath)) {
      throw new DbError('MIGRATIONS_INVALID', `${scriptPath}: missing (every migration folder holds one)`);
    }
    const content = await readFile(scriptPath, 'utf8');
    migrationDirectories.push({
      path: name,
      migrationFile: { path: MIGRATION_SCRIPT_FILE, content: { tag: 'ok' as const, value: content } },
    });
  }
  const lockPath = path.join(dir, MIGRATION_LOCK_FILE);
  const lockContent = existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null;
  return {
    baseDir: dir,
    lockfile: { path: MIGRATION_LOCK_FILE, content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}
