import { checkNewFeed, parseIntervalSeconds } from './feed-input.js';

const rules = { minIntervalSeconds: 60, defaultIntervalSeconds: 900, allowHosts: [] as string[] };

describe('parseIntervalSeconds', () => {
  it.each([
    ['5m', 300],
    ['90s', 90],
    ['1h', 3600],
    ['2d', 172_800],
    ['120', 120],
    [45, 45],
  ])('%s → %d s', (value, seconds) => expect(parseIntervalSeconds(value)).toBe(seconds));

  it.each(['', '5 minutes', '-5m', '0m', 1.5])('refuses %p', (value) =>
    expect(parseIntervalSeconds(value)).toBeUndefined(),
  );
});

describe('checkNewFeed', () => {
  it('accepts an https feed, drops the fragment and defaults the interval', () => {
    expect(checkNewFeed({ url: 'https://example.com/rss#top' }, rules)).toEqual({
      url: 'https://example.com/rss',
      intervalSeconds: 900,
      title: null,
    });
  });

  it.each([
    [{ url: 'file:///etc/passwd' }, /only http and https/],
    [{ url: 'http://10.0.0.1/feed' }, /10\.0\.0\.1 is a private address/],
    [{ url: 'http://[::1]/feed' }, /::1 is a loopback address/],
    [{ url: 'http://localhost:8080/feed' }, /loopback name/],
    [{ url: 'http://user:pw@example.com/feed' }, /credentials/],
    [{ url: 'not a url' }, /not an absolute URL/],
    [{ url: 'https://example.com/rss', interval: '10s' }, /at least 60 s/],
    [{ url: 'https://example.com/rss', interval: 'soon' }, /interval: expected a duration/],
    [{ url: 'https://example.com/rss', colour: 'red' }, /colour/],
    [{}, /url/],
  ])('refuses %j', (body, message) => {
    expect(() => checkNewFeed(body, rules)).toThrow(message);
  });

  it('lets the operator allowlist loopback', () => {
    expect(
      checkNewFeed({ url: 'http://127.0.0.1:9/feed', interval: 60 }, { ...rules, allowHosts: ['127.0.0.1'] })
        .url,
    ).toBe('http://127.0.0.1:9/feed');
  });
});
