// `pnpm --filter @stance/db db:migrate`: applies pending migrations to $DATABASE_URL.
import { DbError } from '../errors.js';
import { migrateDatabase } from '../migrate.js';

async function runMigrateCommand(): Promise<number> {
  const databaseUrl = process.env['DATABASE_URL'];
  if (databaseUrl === undefined || databaseUrl.trim() === '') {
    console.error(
      'db:migrate: DATABASE_URL is not set (e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/stance)',
    );
    return 2;
  }
  try {
    const { applied } = await migrateDatabase(databaseUrl);
    console.log(
      applied.length === 0
        ? 'db:migrate: database is up to date'
        : `db:migrate: applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join('\n')}`,
    );
    return 0;
  } catch (error) {
    console.error(error instanceof DbError ? `db:migrate: ${error.code}: ${error.message}` : error);
    return 1;
  }
}

process.exitCode = await runMigrateCommand();
