import { formatFeedLine, formatInterval } from './feeds.js';

describe('feeds output', () => {
  it.each([
    [300, '5m'],
    [3600, '1h'],
    [90, '90s'],
    [7200, '2h'],
  ])('formats %d s as %s', (seconds, text) => expect(formatInterval(seconds)).toBe(text));

  it('shows a failing feed with its last error', () => {
    const line = formatFeedLine({
      id: 'f1',
      url: 'https://news.example/rss',
      title: null,
      intervalSeconds: 300,
      status: 'failing',
      itemsSeen: 12,
      consecutiveFailures: 3,
      lastSuccessAt: null,
      lastError: 'FETCH_TIMEOUT: no complete response within 15000 ms',
      nextPollAt: '2024-01-01T00:00:00.000Z',
    });
    expect(line).toMatch(
      /^f1 {2}failing {2}every 5m {3}\s+12 items {2}https:\/\/news\.example\/rss {2}\(3× FETCH_TIMEOUT: no complete/,
    );
  });
});
