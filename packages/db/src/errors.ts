/** Why a database operation of this package failed; callers branch on `code`, not on messages. */
export type DbErrorCode =
  | 'DATABASE_URL_MISSING'
  | 'DATABASE_URL_INVALID'
  | 'DATABASE_UNREACHABLE'
  | 'MIGRATIONS_INVALID'
  | 'MIGRATION_FAILED'
  | 'DIFF_FAILED'
  | 'MIGRATION_NAME_INVALID'
  | 'INVALID_OBSERVATION';

export class DbError extends Error {
  override readonly name = 'DbError';

  constructor(
    readonly code: DbErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
