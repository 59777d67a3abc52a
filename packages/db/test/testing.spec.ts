import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, DEFAULT_ADMIN_URL } from '../src/testing.js';

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: DEFAULT_ADMIN_URL });
  await client.connect();
  try {
    const result = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}

describe('createTestDatabase', () => {
  it('creates a migrated database with a random name and drops it even while a session is open', async () => {
    const first = await createTestDatabase();
    const second = await createTestDatabase({ adminUrl: DEFAULT_ADMIN_URL });
    const name = new URL(first.url).pathname.slice(1);
    const lingering = new pg.Client({ connectionString: first.url });
    lingering.on('error', () => undefined); // the forced drop terminates this session
    await lingering.connect();
    try {
      const { rows } = await lingering.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM _prisma_migrations',
      );
      expect(rows[0]?.n).toBeGreaterThan(0);
      expect(name).toMatch(/^stance_test_[0-9a-f]{12}$/);
      expect(second.url).not.toBe(first.url);

      await first.drop();
      await first.drop();

      expect(await databaseExists(name)).toBe(false);
    } finally {
      await lingering.end().catch(() => undefined);
      await second.drop();
    }
  }, 60_000);

  it('fails with DATABASE_UNREACHABLE when the admin server is down', async () => {
    await expect(
      createTestDatabase({ adminUrl: 'postgresql://postgres@127.0.0.1:1/postgres' }),
    ).rejects.toMatchObject({
      code: 'DATABASE_UNREACHABLE',
    });
  });
});
