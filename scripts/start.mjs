#!/usr/bin/env node
// `pnpm start`: starts the whole system on its defaults and processes the sample news.
// Local Postgres and NATS on their standard ports (started if installed but stopped),
// migrations, the three services as separate processes, the default codebook, the samples.
import { spawn, execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const databaseUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/stance';
const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

execFileSync('bash', [path.join(root, 'scripts/ensure-services.sh')], { stdio: 'inherit' });
await createDatabaseIfMissing(databaseUrl);
const { migrateDatabase } = await import(path.join(root, 'packages/db/dist/index.js'));
const { applied } = await migrateDatabase(databaseUrl);
console.log(`database ${new URL(databaseUrl).pathname.slice(1)}: ${applied.length} migration(s) applied`);

const apiKey = await ensureLocalApiKey(databaseUrl);

const services = [
  { name: 'ingest', port: 3001 },
  { name: 'extraction', port: 3002 },
  { name: 'aggregation', port: 3003 },
  { name: 'dashboard', port: Number(process.env.DASHBOARD_PORT ?? 3000), entry: 'apps/dashboard/server.mjs' },
];
const children = services.map(({ name, port, entry }) => {
  const child = spawn(process.execPath, [path.join(root, entry ?? `apps/${name}/dist/main.js`)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NATS_URL: natsUrl, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}] `;
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (d) => process.stdout.write(String(d).replace(/^(?=.)/gm, prefix)));
  }
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping`);
      stop(1);
    }
  });
  return child;
});

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 10_000).unref();
  Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.on('exit', r))))).then(
    () => process.exit(code),
  );
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

await Promise.all(services.map(({ name, port }) => waitForHealth(name, port)));
const { loadSamples } = await import('./load-samples.mjs');
try {
  await loadSamples({ key: apiKey });
  console.log(`\nYour local admin API key (kept in .stance/api-key): ${apiKey}`);
  console.log(
    `Dashboard: http://127.0.0.1:${services.find((s) => s.name === 'dashboard').port} (paste the key once)`,
  );
  console.log('\nThe system is running. Ctrl-C stops it.');
} catch (e) {
  console.error(`loading the samples failed: ${e.message}`);
  stop(1);
}

async function waitForHealth(name, port) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${name} did not become healthy on port ${port}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** One admin key for this checkout, created on first start and kept out of git in .stance/. */
async function ensureLocalApiKey(url) {
  const file = path.join(root, '.stance/api-key');
  const { createApiKey, verifyApiKey } = await import(path.join(root, 'packages/api-keys/dist/index.js'));
  const { createPrismaClient } = await import(path.join(root, 'packages/db/dist/index.js'));
  const prisma = createPrismaClient({ databaseUrl: url });
  try {
    const saved = (await readFile(file, 'utf8').catch(() => '')).trim();
    if (saved) {
      try {
        await verifyApiKey(prisma, saved);
        return saved;
      } catch {
        /* from another database or revoked: make a new one */
      }
    }
    const key = await createApiKey(prisma, { name: 'local pnpm start', scopes: ['admin'] });
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${key.secret}\n`, { mode: 0o600 });
    return key.secret;
  } finally {
    await prisma.$disconnect();
  }
}

async function createDatabaseIfMissing(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
