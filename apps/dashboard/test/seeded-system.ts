/**
 * The running system for the dashboard's browser tests: a fresh database, a random NATS
 * namespace, the three services and the dashboard server as child processes, a read key and an
 * admin key, two codebook versions (the second adds an actor whose name is HTML), an alert rule,
 * the sample articles, an XSS probe article and a scripted recent sequence that fires alerts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createApiKey } from '@stance/api-keys';
import { resolveTopology } from '@stance/contracts';
import { connectToNats, deleteStreams } from '@stance/messaging';
import { createPrismaClient, type PrismaClient } from '@stance/db';
import { createTestDatabase, type TestDatabase } from '@stance/db/testing';
import { findFreePort, repoRoot, ServiceProcess, sleep, waitFor } from '../../../e2e/test/system.js';

export const XSS_TITLE = 'Probe <script>window.__xss=1</script><img src=x onerror="window.__xss=2">';
export const XSS_TEXT =
  'Iraqi Prime Minister Mustafa al-Kadhimi said on Monday that he supports the US military presence in Iraq. ' +
  '<script>window.__xss=1</script> <img src=x onerror="window.__xss=2"> The statement came after talks in Baghdad.';
export const HTML_ACTOR_NAME = '<img src=x onerror="window.__xss=3">Probe Party';

export interface SeededSystem {
  dashboardUrl: string;
  readKey: string;
  adminKey: string;
  articleIds: Map<string, string>;
  codebookVersions: string[];
  alertIds: string[];
  /** Alert deliveries the loopback webhook receiver accepted. */
  webhookDeliveries: number;
  stop: () => Promise<void>;
}

const DAY_MS = 86_400_000;
const NATS_URL = 'nats://127.0.0.1:4222';

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString();
}

/** The shipped codebook plus an actor whose names are HTML (the second version). */
function codebookWithHtmlActor(text: string): string {
  const actor = [
    '  - id: probe-party',
    '    kind: party',
    '    names:',
    `      en: [${JSON.stringify(HTML_ACTOR_NAME)}]`,
    `      ar: [${JSON.stringify('حزب <b>الاختبار</b>')}]`,
    '',
  ].join('\n');
  const at = text.indexOf('\ntopics:');
  if (at < 0) throw new Error('codebook has no topics: section');
  return `${text.slice(0, at)}\n${actor}${text.slice(at)}`;
}

class DashboardProcess {
  private child: ChildProcess | undefined;
  readonly log: string[] = [];
  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [path.join(repoRoot, 'apps/dashboard/server.mjs')], {
      env: { ...process.env, ...this.env, DASHBOARD_PORT: String(this.port), DASHBOARD_HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (d) => this.log.push(String(d)));
    await waitFor(
      'the dashboard server',
      async () => {
        if (child.exitCode !== null) throw new Error(`dashboard exited:\n${this.log.join('')}`);
        return fetch(`${this.url}/`).then(
          (r) => r.ok,
          () => false,
        );
      },
      30_000,
    );
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

async function call(
  method: string,
  url: string,
  key: string,
  body?: unknown,
  contentType = 'application/json',
) {
  const res = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body === undefined ? {} : { 'content-type': contentType }),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status}: ${text.slice(0, 400)}`);
  return text ? JSON.parse(text) : null;
}

export async function startSeededSystem(): Promise<SeededSystem> {
  const namespace = `dash-${randomBytes(4).toString('hex')}`;
  const db: TestDatabase = await createTestDatabase();
  const prisma: PrismaClient = createPrismaClient({ databaseUrl: db.url });
  const services: ServiceProcess[] = [];
  let dashboard: DashboardProcess | undefined;
  let received = 0;
  const receiver = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const stop = async () => {
    await dashboard?.stop();
    await new Promise((r) => receiver.close(r));
    await Promise.all(services.map((s) => s.stop()));
    mkdirSync(path.join(repoRoot, 'test-output/dashboard'), { recursive: true });
    for (const s of services)
      writeFileSync(path.join(repoRoot, `test-output/dashboard/${s.name}.log`), s.log.join(''));
    if (dashboard)
      writeFileSync(path.join(repoRoot, 'test-output/dashboard/server.log'), dashboard.log.join(''));
    await prisma.$disconnect();
    await db.drop();
    await deleteNamespaceStreams(namespace);
  };
  try {
    const readKey = (await createApiKey(prisma, { name: 'dashboard e2e read', scopes: ['read'] })).secret;
    const adminKey = (await createApiKey(prisma, { name: 'dashboard e2e admin', scopes: ['admin'] })).secret;
    const env = {
      DATABASE_URL: db.url,
      NATS_URL,
      NATS_NAMESPACE: namespace,
      OUTBOX_POLL_MS: '100',
      ALERT_POLL_MS: '200',
      READ_CACHE_SECONDS: '0',
    };
    for (const name of ['ingest', 'extraction', 'aggregation'] as const) {
      services.push(new ServiceProcess(name, await findFreePort(), env));
    }
    await Promise.all(services.map((s) => s.start()));
    const [ingest, extraction, aggregation] = services as [ServiceProcess, ServiceProcess, ServiceProcess];
    dashboard = new DashboardProcess(await findFreePort(), {
      INGEST_URL: ingest.url,
      EXTRACTION_URL: extraction.url,
      AGGREGATION_URL: aggregation.url,
    });
    await dashboard.start();

    const codebookText = readFileSync(path.join(repoRoot, 'codebooks/iraq-regional.yaml'), 'utf8');
    const v1 = await call('POST', `${extraction.url}/codebooks`, adminKey, codebookText, 'application/yaml');
    const v2 = await call(
      'POST',
      `${extraction.url}/codebooks`,
      adminKey,
      codebookWithHtmlActor(codebookText),
      'application/yaml',
    );

    await call('POST', `${aggregation.url}/webhooks`, adminKey, {
      url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/alerts`,
    });
    await call('POST', `${aggregation.url}/alert-rules`, adminKey, {
      name: 'every first stance and flip',
      kinds: ['first', 'flip'],
      settings: { minEvidence: 1 },
    });

    const samples = readFileSync(path.join(repoRoot, 'samples/articles.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    // Recent news: a baseline week, then a week that turns against it (a mover and a flip
    // candidate), and a first-ever stance inside the live horizon (a live alert).
    const scripted = [
      {
        id: 'dash-baseline',
        lang: 'en',
        source: 'wire.example',
        url: 'https://wire.example/baseline',
        title: 'Kadhimi welcomes US presence',
        text: 'Iraqi Prime Minister Mustafa al-Kadhimi welcomed the US military presence in Iraq.',
        published_at: isoDaysAgo(12),
      },
      {
        id: 'dash-live-first',
        lang: 'en',
        source: 'wire.example',
        url: 'https://wire.example/sudani',
        title: 'Sudani backs US advisers',
        text: 'Iraqi Prime Minister Mohammed Shia al-Sudani said he supports the US military presence in Iraq.',
        published_at: isoDaysAgo(0.5),
      },
      {
        id: 'dash-xss-probe',
        lang: 'en',
        source: 'probe.example',
        url: 'https://probe.example/a?q="><script>window.__xss=4</script>',
        title: XSS_TITLE,
        text: XSS_TEXT,
        published_at: isoDaysAgo(3),
      },
      {
        id: 'dash-flip-1',
        lang: 'en',
        source: 'wire.example',
        url: 'https://wire.example/flip-1',
        title: 'Kadhimi rejects US troop presence',
        text: 'Iraqi Prime Minister Mustafa al-Kadhimi rejected the US military presence in Iraq on Tuesday.',
        published_at: isoDaysAgo(2),
      },
      {
        id: 'dash-flip-2',
        lang: 'en',
        source: 'wire.example',
        url: 'https://wire.example/flip-2',
        title: 'Kadhimi calls for withdrawal',
        text: 'Mustafa al-Kadhimi called for the withdrawal of US troops from Iraq.',
        published_at: isoDaysAgo(1),
      },
    ];
    const accepted = await call('POST', `${ingest.url}/articles`, adminKey, {
      articles: [...samples, ...scripted],
    });
    const articleIds = new Map<string, string>(
      (accepted.results as { externalId: string; articleId: string }[]).map((r) => [
        r.externalId,
        r.articleId,
      ]),
    );
    const ids = [...articleIds.values()];
    await waitFor('every article to be aggregated', async () => {
      const status = await call('GET', `${aggregation.url}/articles/status?ids=${ids.join(',')}`, adminKey);
      return status.pending === 0;
    });
    const alerts = await waitFor(
      'alerts from the scripted sequence',
      async () => {
        const page = await call('GET', `${aggregation.url}/alerts?limit=100`, adminKey);
        return page.items.length > 0 ? (page.items as { id: string }[]) : undefined;
      },
      60_000,
    );
    // The live alert (Sudani's first stance) goes to the webhook; historical ones do not.
    await waitFor('the webhook delivery of the live alert', async () => received > 0, 60_000);
    await sleep(300);
    return {
      dashboardUrl: dashboard.url,
      readKey,
      adminKey,
      articleIds,
      codebookVersions: [v1.id, v2.id],
      alertIds: alerts.map((a) => a.id),
      webhookDeliveries: received,
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** Removes the run's JetStream streams (their names carry the namespace). */
async function deleteNamespaceStreams(namespace: string): Promise<void> {
  const nc = await connectToNats({ servers: NATS_URL });
  try {
    await deleteStreams(nc, resolveTopology(namespace)).catch(() => undefined);
  } finally {
    await nc.close();
  }
}
