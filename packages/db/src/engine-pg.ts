import { DriverAdapterError } from '@prisma/driver-adapter-utils';
import pg from 'pg';

/** Postgres' internal one-byte `"char"` type, used by catalog columns such as pg_class.relkind. */
const CATALOG_CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * @prisma/adapter-pg 7.10 rejects result columns of type `"char"`, and the schema engine's
 * catalog queries (needed by every diff from a migrations folder) return some. Its values
 * arrive as one-character strings anyway, so labelling those columns `text` is lossless.
 */
function relabelCatalogChar<T>(result: T): T {
  for (const single of Array.isArray(result) ? result : [result]) {
    for (const field of (single as Partial<pg.QueryResult> | undefined)?.fields ?? []) {
      if (field.dataTypeID === CATALOG_CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/** A pg client whose query results never carry the `"char"` type (see relabelCatalogChar). */
class SchemaEngineClient extends pg.Client {
  // One override for all of pg's query overloads (callback, promise and submittable forms);
  // only `any` is assignable to every overload's parameters and results.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last: unknown = args[args.length - 1];
    if (typeof last === 'function') {
      const callback = last as (error: Error | undefined, result: unknown) => void;
      return super.query(...(args.slice(0, -1) as [string]), (error: Error | undefined, result: unknown) =>
        callback(error, error ? result : relabelCatalogChar(result)),
      );
    }
    const returned: unknown = super.query(...(args as [string]));
    return returned instanceof Promise ? returned.then(relabelCatalogChar) : returned;
  }
}

/** A pool for the schema engine's connections to `connectionString`. */
export function createSchemaEnginePool(connectionString: string): pg.Pool {
  return new pg.Pool({
    connectionString,
    max: 2,
    Client: SchemaEngineClient as unknown as new () => pg.ClientBase,
  });
}

/**
 * Runs a whole migration script as one simple-protocol query. adapter-pg's executeScript splits
 * on every `;`, which breaks scripts with `;` inside strings or `DO $$ … $$` bodies, and runs
 * the pieces one by one; one multi-statement query also runs as a single implicit transaction.
 */
export async function executeWholeScript(pool: pg.Pool, script: string): Promise<void> {
  try {
    await pool.query(script);
  } catch (error) {
    if (error instanceof pg.DatabaseError) {
      // The engine reports driver errors it understands with their Postgres code and message.
      throw new DriverAdapterError({
        kind: 'postgres',
        code: error.code ?? 'unknown',
        severity: error.severity ?? 'ERROR',
        message: error.message,
        detail: error.detail,
        column: error.column,
        hint: error.hint,
      });
    }
    throw error;
  }
}
