// Read only by the Prisma CLI (`prisma generate`). Migrations are written and applied by this
// package's own scripts through the WebAssembly schema engine, which take the URL as a parameter.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env['DATABASE_URL'] },
});
