import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchSafely, type FetchSafelyOptions } from './fetch-safely.js';
import { isNewsSourceError, type NewsSourceErrorCode } from '../errors.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let base: string;
let port: number;
let requestCount = 0;
const routes = new Map<string, Handler>();

beforeAll(async () => {
  server = createServer((req, res) => {
    requestCount++;
    const handler = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (handler) handler(req, res);
    else res.writeHead(404).end('missing');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const allowLoopback: FetchSafelyOptions = {
  timeoutMs: 2000,
  maxBytes: 1_000_000,
  maxRedirects: 3,
  allowHosts: ['127.0.0.1'],
};

async function expectFetchError(
  url: string,
  options: FetchSafelyOptions,
  code: NewsSourceErrorCode,
  message?: RegExp,
) {
  let caught: unknown;
  try {
    await fetchSafely(url, options);
  } catch (error) {
    caught = error;
  }
  expect(isNewsSourceError(caught) ? caught.code : caught).toBe(code);
  if (message) expect((caught as Error).message).toMatch(message);
  return caught as Error & { details: Record<string, unknown> };
}

routes.set('/feed', (req, res) => {
  res.writeHead(200, {
    'content-type': 'application/rss+xml; charset=windows-1256',
    etag: '"v1"',
    'last-modified': 'Mon, 19 Feb 2018 10:00:00 GMT',
  });
  res.end('<rss/>');
});
routes.set('/echo-agent', (req, res) => res.writeHead(200).end(req.headers['user-agent'] ?? ''));
routes.set('/conditional', (req, res) => {
  if (
    req.headers['if-none-match'] === '"v1"' ||
    req.headers['if-modified-since'] === 'Mon, 19 Feb 2018 10:00:00 GMT'
  ) {
    res.writeHead(304, { etag: '"v1"' }).end();
  } else res.writeHead(200, { etag: '"v1"' }).end('fresh');
});
routes.set('/slow-body', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.write('first bytes…');
  // never ends: the deadline must fire
});
routes.set('/slow-headers', () => {
  // never answers
});
routes.set('/huge', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let sent = 0;
  const pump = (): void => {
    while (sent < 50 * 1024 * 1024) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => (sent = Infinity));
  pump();
});
routes.set('/huge-declared', (req, res) => {
  res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
  res.end();
});
routes.set('/loop', (req, res) => res.writeHead(302, { location: '/loop' }).end());
routes.set('/hop1', (req, res) => res.writeHead(301, { location: '/hop2' }).end());
routes.set('/hop2', (req, res) => res.writeHead(307, { location: `${base}/feed` }).end());
routes.set('/to-other-loopback', (req, res) =>
  res.writeHead(302, { location: `http://127.0.0.2:${port}/feed` }).end(),
);
routes.set('/to-file', (req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
routes.set('/no-location', (req, res) => res.writeHead(302).end());
routes.set('/error', (req, res) => res.writeHead(503, { 'retry-after': '120' }).end('busy'));

describe('fetchSafely against a loopback server', () => {
  it('fetches a body with content type, charset and validators', async () => {
    const result = await fetchSafely(`${base}/feed`, allowLoopback);
    expect(result).toMatchObject({
      notModified: false,
      status: 200,
      url: `${base}/feed`,
      redirects: [],
      contentType: 'application/rss+xml; charset=windows-1256',
      charset: 'windows-1256',
      etag: '"v1"',
      lastModified: 'Mon, 19 Feb 2018 10:00:00 GMT',
    });
    expect(result.notModified === false && Buffer.from(result.body).toString()).toBe('<rss/>');
  });

  it('sends a default user agent unless the caller names one', async () => {
    const text = async (options: FetchSafelyOptions): Promise<string> => {
      const result = await fetchSafely(`${base}/echo-agent`, options);
      return result.notModified ? '' : Buffer.from(result.body).toString();
    };
    expect(await text(allowLoopback)).toBe('stance-tracker-ingest/0.1');
    expect(await text({ ...allowLoopback, headers: { 'User-Agent': 'custom/1' } })).toBe('custom/1');
  });

  it('reports 304 as notModified when ETag or Last-Modified still match', async () => {
    expect(await fetchSafely(`${base}/conditional`, { ...allowLoopback, etag: '"v1"' })).toMatchObject({
      notModified: true,
      status: 304,
      etag: '"v1"',
    });
    expect(
      await fetchSafely(`${base}/conditional`, {
        ...allowLoopback,
        lastModified: 'Mon, 19 Feb 2018 10:00:00 GMT',
      }),
    ).toMatchObject({ notModified: true });
    const changed = await fetchSafely(`${base}/conditional`, { ...allowLoopback, etag: '"v0"' });
    expect(changed.notModified).toBe(false);
  });

  it('refuses loopback without an allowlist, before any request is sent', async () => {
    const before = requestCount;
    const options = { timeoutMs: 2000, maxBytes: 1000, maxRedirects: 0 };
    await expectFetchError(
      `${base}/feed`,
      options,
      'FETCH_BLOCKED_ADDRESS',
      /127\.0\.0\.1 is a loopback address/,
    );
    await expectFetchError(`http://localhost:${port}/feed`, options, 'FETCH_BLOCKED_ADDRESS', /loopback/);
    await expectFetchError(
      `http://[::ffff:127.0.0.1]:${port}/feed`,
      options,
      'FETCH_BLOCKED_ADDRESS',
      /embedded in IPv6/,
    );
    await expectFetchError(
      `http://[::1]:${port}/feed`,
      options,
      'FETCH_BLOCKED_ADDRESS',
      /::1 is a loopback/,
    );
    expect(requestCount).toBe(before);
  });

  it('refuses host names that resolve to private addresses, even when only one of several does', async () => {
    const options = (addresses: string[]): FetchSafelyOptions => ({
      timeoutMs: 2000,
      maxBytes: 1000,
      maxRedirects: 0,
      resolve: async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    });
    await expectFetchError(
      'http://intranet.test/',
      options(['10.0.0.5']),
      'FETCH_BLOCKED_ADDRESS',
      /10\.0\.0\.5 is a private/,
    );
    await expectFetchError(
      'http://metadata.test/',
      options(['169.254.169.254']),
      'FETCH_BLOCKED_ADDRESS',
      /link-local/,
    );
    await expectFetchError(
      'http://rebind.test/',
      options(['93.184.216.34', '127.0.0.1']),
      'FETCH_BLOCKED_ADDRESS',
      /loopback/,
    );
    await expectFetchError('http://nothing.test/', options([]), 'FETCH_DNS_FAILED', /no usable address/);
  });

  it('allows loopback by host name, by CIDR, or with allowPrivate', async () => {
    const options = { timeoutMs: 2000, maxBytes: 1000, maxRedirects: 0 };
    expect(
      (
        await fetchSafely(`http://localhost:${port}/feed`, {
          ...options,
          allowHosts: ['localhost'],
          resolve: async () => [{ address: '127.0.0.1', family: 4 }],
        })
      ).status,
    ).toBe(200);
    expect((await fetchSafely(`${base}/feed`, { ...options, allowHosts: ['127.0.0.0/8'] })).status).toBe(200);
    expect((await fetchSafely(`${base}/feed`, { ...options, allowPrivate: true })).status).toBe(200);
  });

  it('gives up on a server that stops sending the body, and on one that never answers', async () => {
    const started = Date.now();
    await expectFetchError(
      `${base}/slow-body`,
      { ...allowLoopback, timeoutMs: 300 },
      'FETCH_TIMEOUT',
      /within 300 ms/,
    );
    await expectFetchError(`${base}/slow-headers`, { ...allowLoopback, timeoutMs: 300 }, 'FETCH_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('stops reading a huge streamed body at the byte limit', async () => {
    const error = await expectFetchError(
      `${base}/huge`,
      { ...allowLoopback, maxBytes: 1024 * 1024 },
      'FETCH_TOO_LARGE',
      /1048576-byte limit/,
    );
    expect(error.details['maxBytes']).toBe(1024 * 1024);
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    await expectFetchError(
      `${base}/huge-declared`,
      { ...allowLoopback, maxBytes: 1000 },
      'FETCH_TOO_LARGE',
      /Content-Length 10485760/,
    );
  });

  it('follows redirects within the limit and reports the chain', async () => {
    const result = await fetchSafely(`${base}/hop1`, allowLoopback);
    expect(result.url).toBe(`${base}/feed`);
    expect(result.redirects).toEqual([`${base}/hop1`, `${base}/hop2`]);
  });

  it('stops a redirect loop at the limit', async () => {
    const error = await expectFetchError(
      `${base}/loop`,
      allowLoopback,
      'FETCH_TOO_MANY_REDIRECTS',
      /more than 3 redirects/,
    );
    expect(error.details['redirects']).toHaveLength(4);
    await expectFetchError(`${base}/hop1`, { ...allowLoopback, maxRedirects: 0 }, 'FETCH_TOO_MANY_REDIRECTS');
  });

  it('re-checks every redirect hop: protocol, address, Location', async () => {
    await expectFetchError(
      `${base}/to-other-loopback`,
      allowLoopback,
      'FETCH_BLOCKED_ADDRESS',
      /127\.0\.0\.2/,
    );
    await expectFetchError(`${base}/to-file`, allowLoopback, 'FETCH_UNSUPPORTED_PROTOCOL', /file:/);
    await expectFetchError(`${base}/no-location`, allowLoopback, 'FETCH_BAD_REDIRECT', /without Location/);
  });

  it('reports non-2xx answers with status and Retry-After', async () => {
    const error = await expectFetchError(`${base}/error`, allowLoopback, 'FETCH_BAD_STATUS', /HTTP 503/);
    expect(error.details).toMatchObject({ status: 503, retryAfter: '120' });
    await expectFetchError(`${base}/nowhere`, allowLoopback, 'FETCH_BAD_STATUS', /HTTP 404/);
  });

  it('rejects bad URLs, schemes and limits before any I/O', async () => {
    await expectFetchError('ftp://example.com/feed', allowLoopback, 'FETCH_UNSUPPORTED_PROTOCOL');
    await expectFetchError('not a url', allowLoopback, 'FETCH_INVALID_URL');
    await expectFetchError(
      `http://user:pw@127.0.0.1:${port}/feed`,
      allowLoopback,
      'FETCH_INVALID_URL',
      /credentials/,
    );
    await expectFetchError(`${base}/feed`, { ...allowLoopback, timeoutMs: 0 }, 'INPUT_INVALID', /timeoutMs/);
  });

  it('reports a refused connection as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expectFetchError(`http://127.0.0.1:${closedPort}/`, allowLoopback, 'FETCH_NETWORK');
  });
});
