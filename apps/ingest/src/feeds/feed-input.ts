import { isIP } from 'node:net';
import { z } from 'zod';
import { DomainError } from '@stance/errors';
import { blockedAddressReason, HostAllowlist } from '@stance/news-sources';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** "90s", "5m", "1h", "1d" or a number of seconds → seconds; undefined when unreadable. */
export function parseIntervalSeconds(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  const match = /^\s*(\d+)\s*([smhd]?)\s*$/i.exec(value);
  if (!match) return undefined;
  const seconds = Number(match[1]) * UNIT_SECONDS[(match[2] || 's').toLowerCase()]!;
  return seconds > 0 ? seconds : undefined;
}

export const FeedInputSchema = z
  .object({
    url: z.string().min(1, 'url is required').max(4096),
    /** "5m", "1h", or seconds. */
    interval: z.union([z.string(), z.number()]).optional(),
    title: z.string().max(512).optional(),
  })
  .strict();

export interface NewFeed {
  url: string;
  intervalSeconds: number;
  title: string | null;
}

export interface FeedRules {
  minIntervalSeconds: number;
  defaultIntervalSeconds: number;
  allowHosts: readonly string[];
}

/**
 * Checks a feed registration: an http(s) URL without credentials whose host is not a private,
 * loopback or otherwise internal address (unless the operator allowlisted it), and a sane
 * interval. Host names are checked again, after DNS, on every fetch.
 */
export function checkNewFeed(body: unknown, rules: FeedRules): NewFeed {
  const parsed = FeedInputSchema.safeParse(body);
  if (!parsed.success) {
    throw new DomainError(
      'VALIDATION',
      parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
    );
  }
  const { url: raw, interval, title } = parsed.data;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DomainError('VALIDATION', `url: not an absolute URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DomainError('VALIDATION', `url: only http and https feeds can be polled, got ${url.protocol}`);
  }
  if (url.username || url.password)
    throw new DomainError('VALIDATION', 'url: URLs with credentials are not accepted');
  refuseInternalHost(url.hostname.replace(/^\[|\]$/g, ''), new HostAllowlist(rules.allowHosts));
  const intervalSeconds =
    interval === undefined ? rules.defaultIntervalSeconds : parseIntervalSeconds(interval);
  if (intervalSeconds === undefined) {
    throw new DomainError(
      'VALIDATION',
      `interval: expected a duration like "5m", "1h" or seconds, got ${JSON.stringify(interval)}`,
    );
  }
  if (intervalSeconds < rules.minIntervalSeconds) {
    throw new DomainError(
      'VALIDATION',
      `interval: at least ${rules.minIntervalSeconds} s, got ${intervalSeconds} s`,
    );
  }
  url.hash = '';
  return { url: url.href, intervalSeconds, title: title?.trim() || null };
}

function refuseInternalHost(hostname: string, allowlist: HostAllowlist): void {
  if (allowlist.allowsHost(hostname)) return;
  if (isIP(hostname)) {
    if (allowlist.allowsAddress(hostname)) return;
    const reason = blockedAddressReason(hostname);
    if (reason)
      throw new DomainError(
        'VALIDATION',
        `url: ${hostname} is a ${reason} address; feeds there are refused unless allowlisted (FETCH_ALLOW_HOSTS)`,
      );
  } else if (hostname === 'localhost' || hostname.endsWith('.localhost')) {
    throw new DomainError(
      'VALIDATION',
      `url: ${hostname} is a loopback name; feeds there are refused unless allowlisted (FETCH_ALLOW_HOSTS)`,
    );
  }
}
