#!/usr/bin/env node
// First render of each dashboard page in headless Chromium against a running system (`pnpm start`):
// time from navigation start until the page's data is drawn (its first chart's text, or its
// first data row). Prints median and p95 over RUNS loads per page (the first load of each page
// is cold; the rest hit the browser cache for the app bundle, as an analyst's browser would).
//   DASHBOARD_URL (http://127.0.0.1:3000), STANCE_API_KEY (else .stance/api-key), RUNS (10)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const base = process.env.DASHBOARD_URL ?? 'http://127.0.0.1:3000';
const key = process.env.STANCE_API_KEY ?? readFileSync(path.join(root, '.stance/api-key'), 'utf8').trim();
const runs = Number(process.env.RUNS ?? 10);

const PAGES = [
  { name: 'overview', path: '/', ready: '[data-section="volume"] [data-chart] svg text' },
  {
    name: 'topic',
    path: '/topic?topic=us-military-presence',
    ready: '[data-section="positions"] [data-chart] svg text',
  },
  { name: 'actor', path: '/actor?actor=kadhimi', ready: '[data-section="positions"] [data-chart] svg text' },
  {
    name: 'network',
    path: '/network?from=2000-01-01',
    ready: '[data-section="network"] [data-chart] svg text',
  },
  { name: 'alerts', path: '/alerts', ready: '[data-section="alert-list"] :is([data-alert], .muted)' },
  { name: 'codebook', path: '/codebook', ready: '[data-actor]' },
  {
    name: 'topic (Arabic)',
    path: '/topic?topic=us-military-presence&lang=ar',
    ready: '[data-section="positions"] [data-chart] svg text',
  },
];

const profile = mkdtempSync(path.join(tmpdir(), 'dashboard-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: 1360, height: 900 },
});
try {
  const page = await context.newPage();
  await page.goto(base);
  await page.evaluate((k) => globalThis.localStorage.setItem('stance.apiKey', k), key);
  const rows = [];
  for (const p of PAGES) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`${base}${p.path}`);
      await page.locator(p.ready).first().waitFor({ timeout: 30_000 });
      times.push(await page.evaluate(() => performance.now()));
    }
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    rows.push({
      page: p.name,
      cold: Math.round(times[0]),
      median: Math.round(at(0.5)),
      p95: Math.round(at(0.95)),
    });
  }
  console.log(`first render (ms from navigation start to data drawn), ${runs} loads per page, ${base}`);
  console.table(rows);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
