import { NewsSourceError } from '../errors.js';

/** Query parameters that only say how a reader arrived; they never select different content. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'igshid',
  'igsh',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'hsctatracking',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'rb_clickid',
  's_cid',
  'cmpid',
  'ocid',
  'ito',
  'ref_src',
  'ref_url',
  'spm',
  'smid',
  'smtyp',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'xtor',
  'ns_source',
  'ns_mchannel',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'wt_mc',
  'amp',
  '__twitter_impression',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmb_'];
/** Host prefixes that serve the same article in another layout. */
const VARIANT_HOST_LABELS = new Set(['www', 'amp', 'm', 'mobile']);

function isTrackingParam(name: string, value: string): boolean {
  const key = name.toLowerCase();
  if (TRACKING_PARAMS.has(key)) return true;
  if (key === 'outputtype') return value.toLowerCase() === 'amp';
  return TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

function canonicalizeHost(hostname: string): string {
  let host = hostname.toLowerCase().replace(/\.$/, '');
  // Strip variant labels only while a registrable-looking name (two labels) remains: m.example.com → example.com, never m.com → com.
  for (;;) {
    const labels = host.split('.');
    const first = labels[0];
    if (first === undefined || labels.length <= 2 || !VARIANT_HOST_LABELS.has(first)) return host;
    host = labels.slice(1).join('.');
  }
}

function canonicalizePath(pathname: string): string {
  let path = pathname.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
  // AMP layouts: /amp/section/story, /section/story/amp, /section/story.amp
  path = path.replace(/^\/amp(?=\/)/i, '');
  path = path.replace(/\/amp\/?$/i, '/');
  path = path.replace(/\.amp(?=(\.html?)?\/?$)/i, '');
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

/**
 * Identity key for an article URL: the same story reached through tracking links, AMP or mobile
 * layouts, fragments or reordered query strings maps to one string. Not meant for fetching
 * (host prefixes are removed). Throws URL_INVALID for non-http(s) or unparsable input.
 */
export function canonicalizeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch (cause) {
    throw new NewsSourceError(
      'URL_INVALID',
      `not an absolute URL: ${JSON.stringify(url)}`,
      { url },
      { cause },
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new NewsSourceError(
      'URL_INVALID',
      `only http and https URLs can be canonicalised, got ${parsed.protocol}`,
      { url },
    );
  }
  const kept = [...parsed.searchParams.entries()].filter(([name, value]) => !isTrackingParam(name, value));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = new URLSearchParams(kept).toString();

  // The URL parser already lowercased the scheme and dropped default ports.
  const port = parsed.port === '' ? '' : `:${parsed.port}`;
  const host = canonicalizeHost(parsed.hostname);
  return `${parsed.protocol}//${host}${port}${canonicalizePath(parsed.pathname)}${query === '' ? '' : `?${query}`}`;
}
