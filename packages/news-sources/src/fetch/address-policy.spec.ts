import { HostAllowlist, blockedAddressReason } from './address-policy.js';
import { parseIpv6 } from './ip-address.js';

describe('parseIpv6', () => {
  it('expands ::, embedded IPv4 and zone ids', () => {
    expect(Array.from(parseIpv6('::1') ?? [])).toEqual([...Array(15).fill(0), 1]);
    expect(Array.from(parseIpv6('::ffff:127.0.0.1') ?? []).slice(10)).toEqual([0xff, 0xff, 127, 0, 0, 1]);
    expect(Array.from(parseIpv6('fe80::1%eth0') ?? []).slice(0, 2)).toEqual([0xfe, 0x80]);
    expect(parseIpv6('not-ip')).toBeUndefined();
  });
});

describe('blockedAddressReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.1.2', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['100.64.0.1', 'shared (carrier-grade NAT)'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::abcd', 'link-local'],
    ['fd12:3456::1', 'unique local (private)'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback (embedded in IPv6)'],
    ['::ffff:7f00:1', 'loopback (embedded in IPv6)'],
    ['::ffff:10.0.0.1', 'private (embedded in IPv6)'],
    ['64:ff9b::169.254.169.254', 'link-local (embedded in IPv6)'],
    ['2002:c0a8:0101::1', 'private (embedded in IPv6)'],
  ])('refuses %s as %s', (address, reason) => {
    expect(blockedAddressReason(address)).toBe(reason);
  });

  it.each([
    '8.8.8.8',
    '93.184.216.34',
    '172.32.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
    '2002:0808:0808::1',
  ])('allows public %s', (address) => {
    expect(blockedAddressReason(address)).toBeUndefined();
  });

  it('throws on non-addresses', () => {
    expect(() => blockedAddressReason('example.com')).toThrow(/not an IP address/);
  });
});

describe('HostAllowlist', () => {
  it('matches names case-insensitively, addresses and CIDR ranges, IPv4-mapped as IPv4', () => {
    const allowlist = new HostAllowlist(['LocalHost', '127.0.0.0/8', '::1', 'fd00::/8']);
    expect(allowlist.allowsHost('localhost.')).toBe(true);
    expect(allowlist.allowsHost('example.com')).toBe(false);
    expect(allowlist.allowsAddress('127.9.9.9')).toBe(true);
    expect(allowlist.allowsAddress('::ffff:127.0.0.1')).toBe(true);
    expect(allowlist.allowsAddress('::1')).toBe(true);
    expect(allowlist.allowsAddress('fd12::1')).toBe(true);
    expect(allowlist.allowsAddress('10.0.0.1')).toBe(false);
  });

  it('rejects entries that are nothing it understands', () => {
    expect(() => new HostAllowlist(['127.0.0.1/40'])).toThrow(/bad prefix length/);
    expect(() => new HostAllowlist(['http://x'])).toThrow(/neither a host name/);
  });
});
