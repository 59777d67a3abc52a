export { createPrismaClient, type CreatePrismaClientOptions } from './client.js';
export { migrateDatabase, type MigrateOptions } from './migrate.js';
export { insertObservations, type RawSqlExecutor } from './insert-observations.js';
export { STANCE_SCORES, toObservationColumns, type ObservationRow } from './observation-rows.js';
export { DbError, type DbErrorCode } from './errors.js';
export { redactDatabaseUrl } from './database-url.js';
export * from './generated/prisma/client.js';
