import pg from 'pg';

/** Opens one plain node-postgres session (closed again if connecting fails). */
export async function connectClient(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}

/** Runs one statement in a short-lived session, e.g. CREATE/DROP DATABASE (which cannot run in a transaction). */
export async function runStatement(connectionString: string, sql: string): Promise<void> {
  const client = await connectClient(connectionString);
  try {
    await client.query(sql);
  } finally {
    await client.end().catch(() => undefined);
  }
}
