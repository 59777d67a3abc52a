import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_RETRY_POLICY,
  formatSignatureHeader,
  nextRetryDelay,
  signWebhook,
  verifyWebhook,
} from '../src/index.js';
import { seededRandom } from './helpers.js';

const secret = 'whsec_test';
const body = JSON.stringify({ kind: 'flip', actor: 'مقتدى الصدر' });
const ts = 1_700_000_000;
const at = (seconds: number) => new Date(seconds * 1000);

describe('signWebhook / verifyWebhook', () => {
  it('signs HMAC-SHA256 over "timestamp.body" in hex (the documented recipe)', () => {
    const expected = createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex');
    expect(signWebhook(secret, ts, body)).toBe(expected);
    expect(formatSignatureHeader(secret, ts, body)).toBe(`t=${ts},v1=${expected}`);
  });

  it('accepts a genuine header within the tolerance', () => {
    expect(verifyWebhook(secret, formatSignatureHeader(secret, ts, body), body, 300, at(ts + 299))).toEqual({
      ok: true,
      timestamp: ts,
    });
  });

  it('rejects tampered bodies, wrong secrets, stale timestamps and malformed headers', () => {
    const header = formatSignatureHeader(secret, ts, body);
    expect(verifyWebhook(secret, header, body + ' ', 300, at(ts))).toEqual({
      ok: false,
      reason: 'signature-mismatch',
    });
    expect(verifyWebhook('other', header, body, 300, at(ts))).toEqual({
      ok: false,
      reason: 'signature-mismatch',
    });
    expect(verifyWebhook(secret, header, body, 300, at(ts + 301))).toEqual({
      ok: false,
      reason: 'timestamp-out-of-tolerance',
    });
    expect(verifyWebhook(secret, header, body, 300, at(ts - 301))).toEqual({
      ok: false,
      reason: 'timestamp-out-of-tolerance',
    });
    // A replayed signature with a fresh timestamp does not match.
    expect(
      verifyWebhook(secret, header.replace(`t=${ts}`, `t=${ts + 100}`), body, 300, at(ts + 100)),
    ).toEqual({ ok: false, reason: 'signature-mismatch' });
    for (const bad of [
      '',
      'v1=abc',
      `t=${ts}`,
      `t=abc,v1=${'0'.repeat(64)}`,
      `t=${ts},v1=${'z'.repeat(64)}`,
      `t=${ts},v1=00`,
    ]) {
      expect(verifyWebhook(secret, bad, body, 300, at(ts))).toEqual({
        ok: false,
        reason: 'malformed-header',
      });
    }
  });

  it('accepts a header listing several signatures when one matches (secret rotation)', () => {
    const header = `t=${ts},v1=${signWebhook('old', ts, body)},v1=${signWebhook(secret, ts, body)}`;
    expect(verifyWebhook(secret, header, body, 300, at(ts)).ok).toBe(true);
  });

  it('rejects an empty secret and a non-integer timestamp', () => {
    expect(() => signWebhook('', ts, body)).toThrow(/secret/);
    expect(() => signWebhook(secret, 1.5, body)).toThrow(/timestamp/);
  });
});

describe('nextRetryDelay', () => {
  const policy = { baseDelayMs: 1000, maxDelayMs: 20_000, factor: 2, maxAttempts: 6, jitter: 0 };

  it('backs off exponentially up to the cap, then declares the delivery dead', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((n) => nextRetryDelay(n, policy));
    expect(delays).toEqual([
      { kind: 'retry', delayMs: 1000 },
      { kind: 'retry', delayMs: 2000 },
      { kind: 'retry', delayMs: 4000 },
      { kind: 'retry', delayMs: 8000 },
      { kind: 'retry', delayMs: 16000 },
      { kind: 'dead' },
    ]);
    expect(nextRetryDelay(5, { ...policy, maxDelayMs: 10_000 })).toEqual({ kind: 'retry', delayMs: 10_000 });
  });

  it('jitters within [ (1 − jitter) × delay, delay ] and is deterministic for a seeded source', () => {
    const jittered = { ...policy, jitter: 1 };
    const a = [1, 2, 3, 4].map((n) => nextRetryDelay(n, jittered, seededRandom(9)));
    const b = [1, 2, 3, 4].map((n) => nextRetryDelay(n, jittered, seededRandom(9)));
    expect(a).toEqual(b);
    const random = seededRandom(3);
    for (let i = 0; i < 200; i++) {
      const decision = nextRetryDelay(3, { ...policy, jitter: 0.5 }, random);
      if (decision.kind !== 'retry') throw new Error('expected a retry');
      expect(decision.delayMs).toBeGreaterThanOrEqual(2000);
      expect(decision.delayMs).toBeLessThanOrEqual(4000);
    }
    expect(nextRetryDelay(2, { ...policy, jitter: 1 }, () => 0.5)).toEqual({ kind: 'retry', delayMs: 1000 });
  });

  it('rejects bad attempts, policies and random sources', () => {
    expect(() => nextRetryDelay(0, policy)).toThrow(/failedAttempts must be an integer >= 1/);
    expect(() => nextRetryDelay(1, { ...policy, factor: 0.5 })).toThrow(/invalid retry policy/);
    expect(() => nextRetryDelay(1, policy, () => 1)).toThrow(/random source/);
    expect(nextRetryDelay(DEFAULT_RETRY_POLICY.maxAttempts)).toEqual({ kind: 'dead' });
  });
});
