#!/usr/bin/env node
// Starts the dashboard server: the built app plus a proxy to the three services.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDashboardServer } from './server/dashboard-server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const env = process.env;
const port = Number(env.DASHBOARD_PORT ?? env.PORT ?? 3000);
const host = env.DASHBOARD_HOST ?? env.HOST ?? '127.0.0.1';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(
    `dashboard: DASHBOARD_PORT ${JSON.stringify(env.DASHBOARD_PORT ?? env.PORT)} is not a port number`,
  );
  process.exit(1);
}

try {
  const server = createDashboardServer({
    distDir: env.DASHBOARD_DIST ?? path.join(here, 'dist'),
    upstreams: {
      aggregation: env.AGGREGATION_URL ?? 'http://127.0.0.1:3003',
      ingest: env.INGEST_URL ?? 'http://127.0.0.1:3001',
      extraction: env.EXTRACTION_URL ?? 'http://127.0.0.1:3002',
    },
  });
  server.listen(port, host, () => {
    const address = server.address();
    console.log(
      `dashboard listening on http://${host}:${typeof address === 'object' && address ? address.port : port}`,
    );
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
