import type { Server } from 'node:http';

export interface DashboardServerOptions {
  /** The built app (apps/dashboard/dist). */
  distDir: string;
  /** Base URLs of the services proxied under /api/<service>/. */
  upstreams: Record<'aggregation' | 'ingest' | 'extraction', string>;
}

/** An HTTP server (not yet listening) serving the app and proxying the API. */
export function createDashboardServer(options: DashboardServerOptions): Server;
