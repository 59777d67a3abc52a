import { createHmac, timingSafeEqual } from 'node:crypto';
import { PositionsError } from './errors.js';

/** Name of the HTTP header carrying the signature. */
export const SIGNATURE_HEADER = 'X-Stance-Signature';

function assertTimestamp(timestamp: number): void {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new PositionsError(
      'INVALID_ARGUMENT',
      `webhook timestamp must be a non-negative integer of Unix seconds, got ${String(timestamp)}`,
    );
  }
}

/** HMAC-SHA256 over `${timestamp}.${body}`, hex-encoded. `timestamp` is Unix seconds. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  if (typeof secret !== 'string' || secret === '')
    throw new PositionsError('INVALID_ARGUMENT', 'webhook secret must be a non-empty string');
  assertTimestamp(timestamp);
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/** Signature header value `t=<unix seconds>,v1=<hex hmac>`. */
export function formatSignatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${signWebhook(secret, timestamp, body)}`;
}

export type WebhookVerification =
  | { readonly ok: true; readonly timestamp: number }
  | {
      readonly ok: false;
      readonly reason: 'malformed-header' | 'timestamp-out-of-tolerance' | 'signature-mismatch';
    };

/** Parses `t=…,v1=…`; unknown parts are ignored so new schemes can be added later. */
function parseSignatureHeader(header: string): { timestamp: number; signatures: string[] } | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) return null;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name === 't') {
      if (!/^\d{1,15}$/.test(value)) return null;
      timestamp = Number(value);
    } else if (name === 'v1') {
      if (!/^[0-9a-f]{64}$/.test(value)) return null;
      signatures.push(value);
    }
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

/**
 * Verifies a signature header against the raw body: the timestamp must be within
 * `toleranceSeconds` of `now` (replay protection) and one v1 signature must match, compared in
 * constant time.
 */
export function verifyWebhook(
  secret: string,
  header: string,
  body: string,
  toleranceSeconds: number,
  now: Date,
): WebhookVerification {
  if (!(Number.isFinite(toleranceSeconds) && toleranceSeconds >= 0))
    throw new PositionsError(
      'INVALID_ARGUMENT',
      `toleranceSeconds must be >= 0, got ${String(toleranceSeconds)}`,
    );
  const parsed = typeof header === 'string' ? parseSignatureHeader(header) : null;
  if (!parsed) return { ok: false, reason: 'malformed-header' };
  if (Math.abs(now.getTime() / 1000 - parsed.timestamp) > toleranceSeconds)
    return { ok: false, reason: 'timestamp-out-of-tolerance' };
  const expected = Buffer.from(signWebhook(secret, parsed.timestamp, body), 'hex');
  // Every candidate is compared (no early exit) so timing does not reveal which one matched.
  let matched = false;
  for (const candidate of parsed.signatures) {
    if (timingSafeEqual(expected, Buffer.from(candidate, 'hex'))) matched = true;
  }
  return matched ? { ok: true, timestamp: parsed.timestamp } : { ok: false, reason: 'signature-mismatch' };
}
