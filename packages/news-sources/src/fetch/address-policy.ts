import { NewsSourceError } from '../errors.js';
import { inPrefix, parseIp } from './ip-address.js';

interface Range {
  network: Uint8Array;
  prefix: number;
  reason: string;
}

function range(cidr: string, reason: string): Range {
  const [address = '', prefix = ''] = cidr.split('/');
  const network = parseIp(address);
  if (!network) throw new Error(`bad built-in range ${cidr}`);
  return { network, prefix: Number(prefix), reason };
}

/** Destinations a fetcher driven by outside input must never reach unless an operator says so. */
const BLOCKED_IPV4: readonly Range[] = [
  range('0.0.0.0/8', 'unspecified'),
  range('10.0.0.0/8', 'private'),
  range('100.64.0.0/10', 'shared (carrier-grade NAT)'),
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link-local'),
  range('172.16.0.0/12', 'private'),
  range('192.0.0.0/24', 'IETF protocol assignment'),
  range('192.0.2.0/24', 'documentation'),
  range('192.168.0.0/16', 'private'),
  range('198.18.0.0/15', 'benchmarking'),
  range('198.51.100.0/24', 'documentation'),
  range('203.0.113.0/24', 'documentation'),
  range('224.0.0.0/4', 'multicast'),
  range('240.0.0.0/4', 'reserved'),
];
const BLOCKED_IPV6: readonly Range[] = [
  range('::/128', 'unspecified'),
  range('::1/128', 'loopback'),
  range('fe80::/10', 'link-local'),
  range('fec0::/10', 'site-local'),
  range('fc00::/7', 'unique local (private)'),
  range('ff00::/8', 'multicast'),
  range('2001:db8::/32', 'documentation'),
  range('100::/64', 'discard'),
];
/** IPv6 forms that carry an IPv4 address, judged by that address: [network, prefix, byte offset of the IPv4]. */
const IPV4_EMBEDDING: ReadonlyArray<[Range, number]> = [
  [range('::ffff:0:0/96', 'IPv4-mapped'), 12],
  [range('::/96', 'IPv4-compatible'), 12],
  [range('64:ff9b::/96', 'NAT64'), 12],
  [range('2002::/16', '6to4'), 2],
];

/** The IPv4 address inside an IPv4-mapped / compatible / NAT64 / 6to4 IPv6 address, if any. */
function embeddedIpv4(bytes: Uint8Array): Uint8Array | undefined {
  for (const [embedding, offset] of IPV4_EMBEDDING) {
    if (inPrefix(bytes, embedding.network, embedding.prefix)) return bytes.slice(offset, offset + 4);
  }
  return undefined;
}

/** Why an address is not publicly routable ("loopback", "private", …), or undefined when it is. Throws on non-IP input. */
export function blockedAddressReason(address: string): string | undefined {
  const bytes = parseIp(address);
  if (!bytes) throw new NewsSourceError('INPUT_INVALID', `not an IP address: ${address}`);
  if (bytes.length === 4) return BLOCKED_IPV4.find((r) => inPrefix(bytes, r.network, r.prefix))?.reason;
  const direct = BLOCKED_IPV6.find((r) => inPrefix(bytes, r.network, r.prefix))?.reason;
  if (direct) return direct;
  const v4 = embeddedIpv4(bytes);
  if (!v4) return undefined;
  const inner = BLOCKED_IPV4.find((r) => inPrefix(v4, r.network, r.prefix))?.reason;
  return inner === undefined ? undefined : `${inner} (embedded in IPv6)`;
}

/** The address as compared with allowlist entries: IPv4-mapped IPv6 becomes IPv4. */
function comparableBytes(address: string): Uint8Array | undefined {
  const bytes = parseIp(address);
  if (!bytes || bytes.length === 4) return bytes;
  const mapped = IPV4_EMBEDDING[0] as [Range, number];
  return inPrefix(bytes, mapped[0].network, mapped[0].prefix) ? bytes.slice(12, 16) : bytes;
}

/**
 * Operator allowlist: entries are host names (matched case-insensitively), IP addresses or CIDR
 * ranges ("127.0.0.0/8", "::1/128"). Invalid entries throw, so typos do not silently allow nothing.
 */
export class HostAllowlist {
  private readonly names = new Set<string>();
  private readonly ranges: Array<{ network: Uint8Array; prefix: number }> = [];

  constructor(entries: readonly string[] = []) {
    for (const entry of entries) {
      const [address = '', prefixText] = entry.trim().split('/');
      const network = comparableBytes(address);
      if (network) {
        const prefix = prefixText === undefined ? network.length * 8 : Number(prefixText);
        if (!Number.isInteger(prefix) || prefix < 0 || prefix > network.length * 8)
          throw new NewsSourceError('INPUT_INVALID', `bad prefix length in allowlist entry ${entry}`);
        this.ranges.push({ network, prefix });
      } else if (prefixText === undefined && /^[a-z0-9.-]+$/i.test(address)) {
        this.names.add(address.toLowerCase().replace(/\.$/, ''));
      } else {
        throw new NewsSourceError(
          'INPUT_INVALID',
          `allowlist entry is neither a host name, an IP address nor a CIDR range: ${entry}`,
        );
      }
    }
  }

  allowsHost(hostname: string): boolean {
    return this.names.has(hostname.toLowerCase().replace(/\.$/, ''));
  }

  allowsAddress(address: string): boolean {
    const bytes = comparableBytes(address);
    return bytes !== undefined && this.ranges.some((r) => inPrefix(bytes, r.network, r.prefix));
  }
}
