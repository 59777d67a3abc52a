import { NewsSourceError } from '@stance/news-sources';
import { describePollError, retryAfterMs } from './feed-scheduler.js';

describe('feed scheduler helpers', () => {
  const now = new Date('2024-05-01T12:00:00Z');
  const badStatus = (retryAfter?: string) =>
    new NewsSourceError('FETCH_BAD_STATUS', 'https://x.example/rss: HTTP 503', {
      status: 503,
      ...(retryAfter && { retryAfter }),
    });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs(badStatus('120'), now)).toBe(120_000);
    expect(retryAfterMs(badStatus('Wed, 01 May 2024 12:05:00 GMT'), now)).toBe(300_000);
    expect(retryAfterMs(badStatus('whenever'), now)).toBeUndefined();
    expect(retryAfterMs(badStatus(), now)).toBeUndefined();
    expect(retryAfterMs(new NewsSourceError('FETCH_TIMEOUT', 'slow'), now)).toBeUndefined();
  });

  it('describes an error by its code and message', () => {
    expect(describePollError(badStatus())).toBe('FETCH_BAD_STATUS: https://x.example/rss: HTTP 503');
    expect(describePollError(new Error('boom'))).toBe('boom');
  });
});
