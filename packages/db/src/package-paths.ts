import { fileURLToPath } from 'node:url';

// Both src/ (under jest) and dist/ sit one level below the package root, so one relative
// URL finds the shipped schema and migrations from either.
const packageRoot = new URL('../', import.meta.url);

/** Absolute path of this package's prisma/schema.prisma. */
export function schemaPath(): string {
  return fileURLToPath(new URL('prisma/schema.prisma', packageRoot));
}

/** Absolute path of this package's prisma/migrations folder. */
export function migrationsDir(): string {
  return fileURLToPath(new URL('prisma/migrations', packageRoot));
}
