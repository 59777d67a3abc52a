import { DbError } from './errors.js';

/** Parses a postgres connection URL, failing with a coded error that says what is wrong. */
export function parseDatabaseUrl(databaseUrl: string): URL {
  if (typeof databaseUrl !== 'string' || databaseUrl.trim() === '') {
    throw new DbError('DATABASE_URL_MISSING', 'database URL is missing or empty');
  }
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch (error) {
    throw new DbError(
      'DATABASE_URL_INVALID',
      `database URL is not a valid URL: ${redactDatabaseUrl(databaseUrl)}`,
      {
        cause: error,
      },
    );
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new DbError(
      'DATABASE_URL_INVALID',
      `database URL must start with postgresql:// (got ${url.protocol}//): ${redactDatabaseUrl(databaseUrl)}`,
    );
  }
  if (databaseNameOf(url) === '') {
    throw new DbError(
      'DATABASE_URL_INVALID',
      `database URL names no database: ${redactDatabaseUrl(databaseUrl)}`,
    );
  }
  return url;
}

/** The database name in a postgres URL's path. */
export function databaseNameOf(url: URL): string {
  return decodeURIComponent(url.pathname.replace(/^\//, ''));
}

/** The same URL pointing at another database on the same server. */
export function withDatabaseName(databaseUrl: string, databaseName: string): string {
  const url = parseDatabaseUrl(databaseUrl);
  url.pathname = `/${encodeURIComponent(databaseName)}`;
  return url.toString();
}

/** The URL without its password, safe for error messages and logs. */
export function redactDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return '<unparseable URL>';
  }
}

/** Double-quotes an SQL identifier (database names cannot be bound as parameters). */
export function quoteIdentifier(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
