import { describe, expect, it } from '@jest/globals';
import { parseDatabaseUrl, quoteIdentifier, redactDatabaseUrl, withDatabaseName } from './database-url.js';

describe('database URLs', () => {
  it('accepts postgresql:// and postgres:// URLs that name a database', () => {
    expect(parseDatabaseUrl('postgresql://u@h:5432/stance').hostname).toBe('h');
    expect(parseDatabaseUrl('postgres://u:p@h/stance?sslmode=require').pathname).toBe('/stance');
  });

  it.each([
    ['', 'DATABASE_URL_MISSING'],
    ['   ', 'DATABASE_URL_MISSING'],
    ['not a url', 'DATABASE_URL_INVALID'],
    ['mysql://u@h/db', 'DATABASE_URL_INVALID'],
    ['postgresql://u@h:5432', 'DATABASE_URL_INVALID'],
  ])('rejects %j with %s', (url, code) => {
    expect(() => parseDatabaseUrl(url)).toThrow(expect.objectContaining({ code }));
  });

  it('never puts the password in error messages', () => {
    expect(() => parseDatabaseUrl('mysql://u:hunter2@h/db')).toThrow(/u:\*\*\*@h/);
    expect(redactDatabaseUrl('postgresql://u:hunter2@h/db')).toBe('postgresql://u:***@h/db');
    expect(redactDatabaseUrl('postgresql://u@h/db')).toBe('postgresql://u@h/db');
  });

  it('points a URL at another database, keeping credentials and options', () => {
    expect(withDatabaseName('postgresql://u:p@h:5433/postgres?sslmode=disable', 'stance_test_1')).toBe(
      'postgresql://u:p@h:5433/stance_test_1?sslmode=disable',
    );
  });

  it('quotes identifiers, doubling embedded quotes', () => {
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
  });
});
