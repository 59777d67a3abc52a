// Serves the built dashboard and proxies /api/<service>/* to the services, so the browser talks
// to one origin (no CORS) and the API key never leaves it for another host.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

// Untrusted article text is rendered as text only; the policy is a second line of defence.
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'host',
  'proxy-authorization',
  'te',
  'trailer',
]);

/**
 * @param {{ distDir: string, upstreams: Record<'aggregation'|'ingest'|'extraction', string> }} options
 * @returns {http.Server}
 */
export function createDashboardServer({ distDir, upstreams }) {
  for (const [name, url] of Object.entries(upstreams)) {
    if (!URL.canParse(url)) throw new Error(`dashboard: the ${name} URL ${JSON.stringify(url)} is not a URL`);
  }
  const root = path.resolve(distDir);
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://dashboard.local');
    if (url.pathname === '/health') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    const match = /^\/api\/(aggregation|ingest|extraction)(\/.*)?$/.exec(url.pathname);
    if (match) {
      proxyRequest(req, res, upstreams[match[1]], `${match[2] ?? '/'}${url.search}`);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, {
        error: { code: 'METHOD_NOT_ALLOWED', message: `${req.method} is not served here` },
      });
      return;
    }
    serveStatic(root, url.pathname, res).catch((error) => {
      sendJson(res, 500, { error: { code: 'INTERNAL', message: String(error?.message ?? error) } });
    });
  });
}

function proxyRequest(req, res, upstream, pathAndQuery) {
  const target = new URL(pathAndQuery, upstream);
  const headers = {};
  for (const [k, v] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(k) && v !== undefined) headers[k] = v;
  const outgoing = http.request(target, { method: req.method, headers }, (answer) => {
    const out = {};
    for (const [k, v] of Object.entries(answer.headers))
      if (!HOP_BY_HOP.has(k) && v !== undefined) out[k] = v;
    res.writeHead(answer.statusCode ?? 502, out);
    answer.pipe(res);
  });
  outgoing.on('error', (error) => {
    if (res.headersSent) return res.destroy();
    sendJson(res, 502, {
      error: { code: 'UPSTREAM_UNAVAILABLE', message: `${target.origin}: ${error.message}` },
    });
  });
  req.pipe(outgoing);
}

/** A file under dist, else index.html for app routes (/topic, /actor, …); never outside dist. */
async function serveStatic(root, pathname, res) {
  const decoded = decodeURIComponent(pathname);
  const file = path.resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + path.sep)) {
    sendJson(res, 400, { error: { code: 'VALIDATION', message: 'bad path' } });
    return;
  }
  const found = await stat(file).then(
    (s) => (s.isFile() ? file : null),
    () => null,
  );
  if (!found && decoded.startsWith('/assets/')) {
    sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `${decoded} does not exist` } });
    return;
  }
  const chosen = found ?? path.join(root, 'index.html');
  const exists = await stat(chosen).then(
    () => true,
    () => false,
  );
  if (!exists) {
    sendJson(res, 503, {
      error: { code: 'NOT_BUILT', message: `no ${chosen}: run \`pnpm --filter @stance/dashboard build\`` },
    });
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': CONTENT_TYPES[path.extname(chosen)] ?? 'application/octet-stream',
    // Hashed asset names never change; index.html must always be fresh.
    'cache-control': chosen.includes(`${path.sep}assets${path.sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  });
  createReadStream(chosen).pipe(res);
}

function sendJson(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS });
  res.end(JSON.stringify(body));
}
