/** The dashboard server on loopback: static files with SPA fallback, and the proxy to a real upstream. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDashboardServer } from '../server/dashboard-server.mjs';

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

describe('dashboard server', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'dashboard-dist-'));
  const seen: { method: string; url: string; auth: string | undefined; body: string }[] = [];
  const upstream = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, body });
      res.writeHead(req.url!.startsWith('/missing') ? 404 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true }));
    });
  });
  let server: http.Server;
  let base = '';

  beforeAll(async () => {
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id=root></div>');
    writeFileSync(path.join(dist, 'assets/app.js'), 'console.log(1)');
    const upstreamUrl = await listen(upstream);
    server = createDashboardServer({
      distDir: dist,
      upstreams: { aggregation: upstreamUrl, ingest: upstreamUrl, extraction: upstreamUrl },
    });
    base = await listen(server);
  });

  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await new Promise((r) => upstream.close(r));
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves built files with a content security policy, and index.html for app routes', async () => {
    const asset = await fetch(`${base}/assets/app.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(await asset.text()).toBe('console.log(1)');
    const route = await fetch(`${base}/topic?topic=x`);
    expect(route.status).toBe(200);
    expect(route.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await route.text()).toContain('<div id=root>');
    expect((await fetch(`${base}/assets/nope.js`)).status).toBe(404);
  });

  it('never serves files outside dist', async () => {
    const res = await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`);
    expect(await res.text()).not.toContain('root:');
  });

  it('proxies /api/<service>/… with method, query, body and the API key', async () => {
    const res = await fetch(`${base}/api/extraction/codebooks?x=1`, {
      method: 'POST',
      headers: { authorization: 'Bearer k1', 'content-type': 'application/yaml' },
      body: 'name: x',
    });
    expect(res.status).toBe(200);
    expect(seen.at(-1)).toEqual({
      method: 'POST',
      url: '/codebooks?x=1',
      auth: 'Bearer k1',
      body: 'name: x',
    });
    expect((await fetch(`${base}/api/aggregation/missing`)).status).toBe(404);
  });

  it('answers 502 naming the upstream when a service is down', async () => {
    const down = createDashboardServer({
      distDir: dist,
      upstreams: {
        aggregation: 'http://127.0.0.1:1',
        ingest: 'http://127.0.0.1:1',
        extraction: 'http://127.0.0.1:1',
      },
    });
    const url = await listen(down);
    const res = await fetch(`${url}/api/ingest/health`);
    expect(res.status).toBe(502);
    expect((await res.json()).error.code).toBe('UPSTREAM_UNAVAILABLE');
    await new Promise((r) => down.close(r));
  });

  it('refuses an upstream that is not a URL', () => {
    expect(() =>
      createDashboardServer({
        distDir: dist,
        upstreams: { aggregation: 'nope', ingest: 'http://x', extraction: 'http://x' },
      }),
    ).toThrow(/aggregation URL "nope" is not a URL/);
  });
});
