import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, request } from 'undici';
import { NewsSourceError, isNewsSourceError } from '../errors.js';
import { HostAllowlist, blockedAddressReason } from './address-policy.js';

export interface FetchSafelyOptions {
  /** Deadline for the whole fetch: every redirect hop, headers and body. */
  timeoutMs: number;
  /** Largest body accepted; checked against Content-Length and again while streaming. */
  maxBytes: number;
  /** Redirects followed before giving up (0 refuses any redirect). */
  maxRedirects: number;
  /** Host names, IP addresses or CIDR ranges exempt from the private-address refusal. */
  allowHosts?: readonly string[];
  /** Turns the private-address refusal off entirely (trusted networks only). */
  allowPrivate?: boolean;
  /** Validators from the previous fetch, sent as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  /** Extra request headers (Accept, User-Agent, …). */
  headers?: Readonly<Record<string, string>>;
  /** Name resolution, replaceable for tests; defaults to the system resolver (dns.lookup). */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
}

interface FetchedCommon {
  /** URL of the last hop (after redirects). */
  url: string;
  /** URLs redirected through, in order, excluding the final one. */
  redirects: string[];
  etag?: string;
  lastModified?: string;
}

export type FetchSafelyResult =
  | (FetchedCommon & { notModified: true; status: 304 })
  | (FetchedCommon & {
      notModified: false;
      status: number;
      body: Uint8Array;
      contentType?: string;
      /** charset parameter of Content-Type, if any. */
      charset?: string;
    });

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_USER_AGENT = 'stance-tracker-ingest/0.1';

function lowerCaseKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function systemResolve(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    );
  });
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function requireLimit(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new NewsSourceError('INPUT_INVALID', `${name} must be an integer ≥ ${min}, got ${value}`);
  }
}

/** Address check shared by IP-literal URLs and resolved host names. */
function checkAddress(
  address: string,
  hostname: string,
  allowlist: HostAllowlist,
  options: FetchSafelyOptions,
): void {
  if (options.allowPrivate || allowlist.allowsHost(hostname) || allowlist.allowsAddress(address)) return;
  const reason = blockedAddressReason(address);
  if (reason !== undefined) {
    throw new NewsSourceError(
      'FETCH_BLOCKED_ADDRESS',
      `refusing to fetch ${hostname}: ${address} is a ${reason} address`,
      {
        hostname,
        address,
        reason,
      },
    );
  }
}

/**
 * The connection's own name resolution: addresses are checked here, and the socket connects to
 * exactly the checked addresses, so DNS rebinding between check and connect is impossible.
 */
function makeGuardedLookup(allowlist: HostAllowlist, options: FetchSafelyOptions): LookupFunction {
  const resolve = options.resolve ?? systemResolve;
  return ((
    hostname: string,
    lookupOptions: { all?: boolean; family?: number },
    callback: (...args: unknown[]) => void,
  ) => {
    resolve(hostname)
      .then((addresses) => {
        const wanted = addresses.filter((a) => !lookupOptions.family || a.family === lookupOptions.family);
        if (wanted.length === 0)
          throw new NewsSourceError('FETCH_DNS_FAILED', `${hostname} resolves to no usable address`, {
            hostname,
          });
        for (const { address } of wanted) checkAddress(address, hostname, allowlist, options);
        if (lookupOptions.all) callback(null, wanted);
        else callback(null, wanted[0]?.address, wanted[0]?.family);
      })
      .catch((error: unknown) => {
        callback(
          isNewsSourceError(error)
            ? error
            : new NewsSourceError(
                'FETCH_DNS_FAILED',
                `cannot resolve ${hostname}: ${(error as Error).message}`,
                { hostname },
                { cause: error },
              ),
        );
      });
  }) as unknown as LookupFunction;
}

function parseTarget(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (cause) {
    throw new NewsSourceError(
      'FETCH_INVALID_URL',
      `not an absolute URL: ${JSON.stringify(raw)}`,
      { url: raw },
      { cause },
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new NewsSourceError(
      'FETCH_UNSUPPORTED_PROTOCOL',
      `only http and https can be fetched, got ${url.protocol}`,
      { url: raw },
    );
  }
  if (url.username || url.password) {
    throw new NewsSourceError('FETCH_INVALID_URL', 'URLs with credentials are not fetched', {
      url: url.origin,
    });
  }
  return url;
}

/** Finds our own coded error inside whatever undici wrapped it in. */
function codedCause(error: unknown): NewsSourceError | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (isNewsSourceError(current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

async function readLimitedBody(
  body: AsyncIterable<Uint8Array>,
  maxBytes: number,
  url: string,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      throw new NewsSourceError('FETCH_TOO_LARGE', `${url}: body exceeds the ${maxBytes}-byte limit`, {
        url,
        maxBytes,
      });
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}

/** Drops a body we will not read; the abort it causes is expected, not an error to surface. */
function discardBody(body: { on(event: 'error', listener: () => void): unknown; destroy(): unknown }): void {
  body.on('error', () => undefined);
  body.destroy();
}

function validators(headers: Record<string, string | string[] | undefined>): {
  etag?: string;
  lastModified?: string;
} {
  const etag = header(headers, 'etag');
  const lastModified = header(headers, 'last-modified');
  return { ...(etag !== undefined && { etag }), ...(lastModified !== undefined && { lastModified }) };
}

/**
 * GET a URL defensively: http(s) only; private, loopback, link-local, multicast and unspecified
 * addresses refused (IPv4 and IPv6, incl. IPv4-mapped) unless allowlisted; redirects followed by
 * hand and re-checked per hop; one deadline; body size capped while streaming; conditional GET.
 * Errors: FETCH_INVALID_URL, FETCH_UNSUPPORTED_PROTOCOL, FETCH_BLOCKED_ADDRESS, FETCH_DNS_FAILED,
 * FETCH_TIMEOUT, FETCH_TOO_LARGE, FETCH_TOO_MANY_REDIRECTS, FETCH_BAD_REDIRECT, FETCH_BAD_STATUS, FETCH_NETWORK.
 */
export async function fetchSafely(url: string, options: FetchSafelyOptions): Promise<FetchSafelyResult> {
  requireLimit('timeoutMs', options.timeoutMs, 1);
  requireLimit('maxBytes', options.maxBytes, 0);
  requireLimit('maxRedirects', options.maxRedirects, 0);
  const allowlist = new HostAllowlist(options.allowHosts);
  let current = parseTarget(url);
  const agent = new Agent({ connect: { lookup: makeGuardedLookup(allowlist, options) } });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const redirects: string[] = [];
  const requestHeaders: Record<string, string> = {
    // Some news sites refuse requests without a user agent; callers can name their own.
    'user-agent': DEFAULT_USER_AGENT,
    ...lowerCaseKeys(options.headers ?? {}),
    ...(options.etag !== undefined && { 'if-none-match': options.etag }),
    ...(options.lastModified !== undefined && { 'if-modified-since': options.lastModified }),
  };

  try {
    for (;;) {
      // IP literals never reach the lookup function, so they are checked here.
      const hostname = current.hostname.replace(/^\[|\]$/g, '');
      if (isIP(hostname)) checkAddress(hostname, hostname, allowlist, options);

      const response = await request(current, {
        method: 'GET',
        headers: requestHeaders,
        dispatcher: agent,
        signal: controller.signal,
      });
      const { statusCode, headers } = response;

      if (REDIRECT_STATUSES.has(statusCode)) {
        discardBody(response.body);
        const location = header(headers, 'location');
        if (!location)
          throw new NewsSourceError('FETCH_BAD_REDIRECT', `${current.href}: ${statusCode} without Location`, {
            url: current.href,
            status: statusCode,
          });
        if (redirects.length >= options.maxRedirects) {
          throw new NewsSourceError(
            'FETCH_TOO_MANY_REDIRECTS',
            `${url}: more than ${options.maxRedirects} redirects`,
            { url, redirects: [...redirects, current.href] },
          );
        }
        redirects.push(current.href);
        let next: URL;
        try {
          next = new URL(location, current);
        } catch (cause) {
          throw new NewsSourceError(
            'FETCH_BAD_REDIRECT',
            `${current.href}: invalid Location ${JSON.stringify(location)}`,
            { url: current.href },
            { cause },
          );
        }
        current = parseTarget(next.href);
        continue;
      }

      if (statusCode === 304) {
        discardBody(response.body);
        return { notModified: true, status: 304, url: current.href, redirects, ...validators(headers) };
      }
      if (statusCode < 200 || statusCode >= 300) {
        discardBody(response.body);
        const retryAfter = header(headers, 'retry-after');
        throw new NewsSourceError('FETCH_BAD_STATUS', `${current.href}: HTTP ${statusCode}`, {
          url: current.href,
          status: statusCode,
          ...(retryAfter !== undefined && { retryAfter }),
        });
      }
      const declaredLength = Number(header(headers, 'content-length'));
      if (Number.isFinite(declaredLength) && declaredLength > options.maxBytes) {
        discardBody(response.body);
        throw new NewsSourceError(
          'FETCH_TOO_LARGE',
          `${current.href}: Content-Length ${declaredLength} exceeds the ${options.maxBytes}-byte limit`,
          {
            url: current.href,
            maxBytes: options.maxBytes,
          },
        );
      }
      const body = await readLimitedBody(response.body, options.maxBytes, current.href).catch(
        (error: unknown) => {
          discardBody(response.body);
          throw error;
        },
      );
      const contentType = header(headers, 'content-type');
      const charset = contentType ? /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] : undefined;
      return {
        notModified: false,
        status: statusCode,
        url: current.href,
        redirects,
        body,
        ...(contentType !== undefined && { contentType }),
        ...(charset !== undefined && { charset }),
        ...validators(headers),
      };
    }
  } catch (error) {
    const coded = codedCause(error);
    if (coded) throw coded;
    if (controller.signal.aborted) {
      throw new NewsSourceError(
        'FETCH_TIMEOUT',
        `${current.href}: no complete response within ${options.timeoutMs} ms`,
        { url: current.href, timeoutMs: options.timeoutMs },
        { cause: error },
      );
    }
    throw new NewsSourceError(
      'FETCH_NETWORK',
      `${current.href}: ${(error as Error).message}`,
      { url: current.href },
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
    await agent.destroy();
  }
}
