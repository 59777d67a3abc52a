// `pnpm --filter @stance/db db:diff <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the migrations' schema to schema.prisma.
// `pnpm --filter @stance/db db:diff --check`: exits 1 when schema.prisma has changes without a migration.
import { redactDatabaseUrl } from '../database-url.js';
import { createMigration, diffMigrationsToSchema } from '../diff.js';
import { DbError } from '../errors.js';
import { DEFAULT_ADMIN_URL } from '../testing.js';

const USAGE = 'usage: db:diff <snake_case_name> | db:diff --check';

async function runDiffCommand(args: string[]): Promise<number> {
  // Replaying the migrations needs a server that lets us create a throwaway shadow database.
  const shadowServerUrl = process.env['DATABASE_URL'] || DEFAULT_ADMIN_URL;
  const [argument, ...rest] = args;
  if (argument === undefined || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  try {
    if (argument === '--check') {
      const sql = await diffMigrationsToSchema({ shadowServerUrl });
      if (sql === null) {
        console.log('db:diff: migrations match schema.prisma');
        return 0;
      }
      console.error(
        `db:diff: schema.prisma has changes no migration covers; run db:diff <name>. Pending SQL:\n${sql}`,
      );
      return 1;
    }
    const { migrationName, sql } = await createMigration({ name: argument, shadowServerUrl });
    if (migrationName === null) {
      console.log('db:diff: no changes between the migrations and schema.prisma; nothing written');
      return 0;
    }
    console.log(`db:diff: wrote prisma/migrations/${migrationName}/migration.sql\n\n${sql}`);
    return 0;
  } catch (error) {
    if (error instanceof DbError) {
      console.error(
        `db:diff: ${error.code}: ${error.message} (shadow server ${redactDatabaseUrl(shadowServerUrl)})`,
      );
      return 1;
    }
    console.error(error);
    return 1;
  }
}

process.exitCode = await runDiffCommand(process.argv.slice(2));
