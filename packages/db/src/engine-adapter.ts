import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { quoteIdentifier, withDatabaseName } from './database-url.js';
import { createSchemaEnginePool, executeWholeScript } from './engine-pg.js';
import { runStatement } from './pg-admin.js';

/**
 * The driver adapter handed to the schema engine. Reasons not to pass PrismaPg directly:
 * - PrismaPg's own shadow database pool spreads `{ connectionString, database }`, and pg lets the
 *   connection string win, so the "shadow" replay would run against the main database. Here the
 *   shadow connection gets a URL that names the shadow database.
 * - Its connections need two fixes (see engine-pg.ts): `"char"` catalog columns, whole scripts.
 * - The engine does not end the pools it opened when it is freed; an idle pg pool keeps the
 *   process alive. `close()` ends every pool and drops any shadow database left behind.
 */
export class EngineAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = '@prisma/adapter-pg';
  private readonly cleanups: Array<() => Promise<void>> = [];

  constructor(private readonly databaseUrl: string) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.connectTo(this.databaseUrl);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadowName = `stance_shadow_${randomUUID().replaceAll('-', '')}`;
    await runStatement(this.databaseUrl, `CREATE DATABASE ${quoteIdentifier(shadowName)}`);
    const dropShadow = runOnce(() =>
      runStatement(this.databaseUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(shadowName)} WITH (FORCE)`),
    );
    this.cleanups.push(dropShadow);
    const adapter = await this.connectTo(withDatabaseName(this.databaseUrl, shadowName));
    const endPool = adapter.dispose.bind(adapter);
    // The engine disposes the shadow adapter when done with it; that must drop the database too.
    adapter.dispose = async () => {
      await endPool();
      await dropShadow();
    };
    return adapter;
  }

  /** Ends every pool this factory opened and drops leftover shadow databases. */
  async close(): Promise<void> {
    const errors: unknown[] = [];
    for (const cleanup of this.cleanups.splice(0).reverse()) {
      await cleanup().catch((error: unknown) => errors.push(error));
    }
    if (errors.length > 0) throw new AggregateError(errors, 'closing schema engine connections failed');
  }

  private async connectTo(connectionString: string): Promise<SqlDriverAdapter> {
    const pool = createSchemaEnginePool(connectionString);
    const endPool = runOnce(() => pool.end());
    this.cleanups.push(endPool);
    const adapter = await new PrismaPg(pool).connect();
    adapter.executeScript = (script: string) => executeWholeScript(pool, script);
    adapter.dispose = endPool;
    return adapter;
  }
}

function runOnce(action: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= action());
}
