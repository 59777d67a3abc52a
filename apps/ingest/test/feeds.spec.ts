/**
 * Feeds end to end against the real Postgres, NATS and a real feed server on loopback: two
 * ingest instances poll RSS, Atom and JSON Feed sources (with ETags) and misbehaving ones.
 */
import { FeedScheduler } from '../src/feeds/feed-scheduler.js';
import { readCorpusArticles } from './support/corpus.js';
import { BILLION_LAUGHS, FeedServer } from './support/feed-server.js';
import {
  startIngestHarness,
  waitFor,
  type IngestHarness,
  type IngestInstance,
} from './support/ingest-harness.js';

interface FeedView {
  id: string;
  url: string;
  status: string;
  itemsSeen: number;
  lastError: string | null;
  consecutiveFailures: number;
  lastSuccessAt: string | null;
  format: string | null;
}

const english = readCorpusArticles('news-en.jsonl', 26, 150);
const arabic = readCorpusArticles('news-ar.jsonl', 10, 150);

describe('feeds', () => {
  let harness: IngestHarness;
  let first: IngestInstance;
  let second: IngestInstance;
  let server: FeedServer;
  const good: Record<string, string> = {};
  const bad: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await new FeedServer().start();
    good.rss = server.addRss('/rss.xml', 'English wire', english.slice(0, 8));
    good.atom = server.addAtom('/atom.xml', 'Arabic desk', arabic);
    good.json = server.addJsonFeed('/feed.json', 'Teasers', english.slice(8, 14));
    good.slow = server.addRss('/slow.xml', 'Slow site', english.slice(14, 18), { delayMs: 1_200 });
    server.addJsonFeed('/new-home.json', 'Moved', english.slice(18, 21));
    good.moved = server.add('/moved.xml', {
      contentType: 'text/plain',
      redirectTo: '/new-home.json',
      body: () => '',
    });
    bad.broken = server.add('/broken.xml', {
      contentType: 'application/rss+xml',
      body: () => '<rss version="2.0"><channel><title>cut off<item>',
    });
    bad.hostile = server.add('/hostile.xml', {
      contentType: 'application/rss+xml',
      body: () => BILLION_LAUGHS,
    });
    bad.huge = server.add('/huge.xml', {
      contentType: 'application/rss+xml',
      body: () =>
        `<rss version="2.0"><channel><title>big</title>${'<item><title>x</title></item>'.repeat(60_000)}</channel></rss>`,
    });
    bad.stalled = server.add('/stalled.xml', {
      contentType: 'application/rss+xml',
      delayMs: 6_000,
      body: () => '<rss version="2.0"><channel/></rss>',
    });
    bad.loop = server.add('/loop.xml', {
      contentType: 'text/plain',
      redirectTo: '/loop.xml',
      body: () => '',
    });
    // Loopback is allowlisted for the tests; a redirect to a private address is still refused.
    bad.private = server.add('/to-private.xml', {
      contentType: 'text/plain',
      redirectTo: 'http://10.0.0.1/feed.xml',
      body: () => '',
    });

    harness = await startIngestHarness({
      env: {
        FEED_MIN_INTERVAL_SECONDS: '1',
        FEED_TICK_MS: '200',
        FEED_MAX_BYTES: String(1024 * 1024),
        FETCH_TIMEOUT_MS: '3000',
        FEED_MAX_BACKOFF_SECONDS: '4',
      },
    });
    // Two instances from the start: they share the feeds through leases.
    first = await harness.startInstance();
    second = await harness.startInstance();
    for (const [name, url] of Object.entries({ ...good, ...bad })) {
      const res = await first.request('POST', '/feeds', { body: JSON.stringify({ url, interval: '1s' }) });
      expect(res.status).toBe(201);
      ids[name] = ((await res.json()) as FeedView).id;
    }
  }, 30_000);

  afterAll(async () => {
    await harness?.close();
    await server?.stop();
  }, 30_000);

  const feed = async (name: string): Promise<FeedView> => {
    const res = await first.request('GET', `/feeds/${ids[name]}`);
    expect(res.status).toBe(200);
    return (await res.json()) as FeedView;
  };

  it('ingests every item of RSS, Atom and JSON Feed sources once across repeated polls, honouring 304s', async () => {
    const expected = { rss: 8, atom: 10, json: 6, slow: 4, moved: 3 };
    const progress = async () =>
      Promise.all(
        Object.entries(expected).map(async ([name, count]) => {
          const view = await feed(name);
          const stats = server.statsOf(name === 'moved' ? '/new-home.json' : new URL(good[name]!).pathname);
          return {
            name,
            count,
            itemsSeen: view.itemsSeen,
            notModified: stats.notModified,
            requests: stats.requests,
            lastError: view.lastError,
          };
        }),
      );
    try {
      await waitFor(
        'good feeds polled, then answered 304 twice each',
        async () => (await progress()).every((p) => p.itemsSeen === p.count && p.notModified >= 2),
        40_000,
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}: ${JSON.stringify(await progress())}`);
    }
    for (const name of Object.keys(expected)) {
      const view = await feed(name);
      expect(view).toMatchObject({ status: 'healthy', consecutiveFailures: 0, lastError: null });
    }
    expect((await feed('rss')).format).toBe('rss');
    expect((await feed('atom')).format).toBe('atom');
    expect((await feed('json')).format).toBe('json');
    // Each item once: 31 articles, 31 feed items, all published.
    expect(await harness.prisma.article.count()).toBe(31);
    expect(await harness.prisma.feedItem.count()).toBe(31);
    await waitFor('31 published', async () => (await harness.publishedCount()) === 31);
    // Two more polls change nothing.
    const polls = server.statsOf('/rss.xml').requests;
    await waitFor('two more polls', async () => server.statsOf('/rss.xml').requests >= polls + 2, 15_000);
    expect(await harness.prisma.article.count()).toBe(31);
    expect((await feed('rss')).itemsSeen).toBe(8);
  }, 90_000);

  it('reads teaser items from their page and detects the language the feed does not state', async () => {
    const teaser = english[9]!; // JSON Feed item 1: a teaser, read from its page.
    const fromPage = await harness.prisma.article.findFirstOrThrow({ where: { title: teaser.title } });
    expect(fromPage.text.length).toBeGreaterThan(teaser.text.length * 0.8);
    expect(fromPage.author).toBe('Page Author 1');
    expect(fromPage.lang).toBe('en');
    expect(server.statsOf('/feed.json/page/1').requests).toBe(1);

    const arabicRow = await harness.prisma.article.findFirstOrThrow({ where: { title: arabic[0]!.title } });
    expect(arabicRow.lang).toBe('ar');
    expect(arabicRow.author).toBe('Desk 0');
    // A full-text RSS item is not fetched again from its page.
    expect(server.statsOf('/rss.xml/page/0').requests).toBe(0);
  });

  it('marks broken, hostile, huge, stalled and looping feeds unhealthy with a clear error', async () => {
    const codes: Record<string, RegExp> = {
      broken: /^FEED_MALFORMED: .*broken\.xml:1:\d+: unclosed tag/,
      hostile: /^FEED_DTD_FORBIDDEN/,
      huge: /^FETCH_TOO_LARGE: .*1048576-byte limit/,
      stalled: /^FETCH_TIMEOUT: .*3000 ms/,
      loop: /^FETCH_TOO_MANY_REDIRECTS/,
      private: /^FETCH_BLOCKED_ADDRESS: .*10\.0\.0\.1 is a private address/,
    };
    await waitFor(
      'every bad feed failed',
      async () => {
        for (const name of Object.keys(codes)) if ((await feed(name)).consecutiveFailures < 1) return false;
        return true;
      },
      30_000,
    );
    for (const [name, error] of Object.entries(codes)) {
      const view = await feed(name);
      expect(view.status).toBe('failing');
      expect(view.lastError).toMatch(error);
      expect(view.itemsSeen).toBe(0);
      expect(view.lastSuccessAt).toBeNull();
    }
    // Backoff: a failing feed is polled less often than a healthy one with the same 1 s interval.
    expect(server.statsOf('/broken.xml').requests).toBeLessThan(server.statsOf('/rss.xml').requests);
    const list = (await (await first.request('GET', '/feeds')).json()) as { feeds: FeedView[] };
    expect(list.feeds).toHaveLength(11);
  });

  it('never lets two instances poll the same feed at the same moment', () => {
    const overlapping = server.paths().filter((p) => server.statsOf(p).maxInFlight > 1);
    expect(overlapping).toEqual([]);
    // Both instances took part.
    expect(first.app.get(FeedScheduler).pollsStarted).toBeGreaterThan(5);
    expect(second.app.get(FeedScheduler).pollsStarted).toBeGreaterThan(5);
  });

  it('refuses bad registrations and unknown ids with a clear 4xx, leaving feeds unchanged', async () => {
    const before = await harness.prisma.feed.count();
    const post = (body: unknown, key?: string) =>
      second.request('POST', '/feeds', { body: JSON.stringify(body), ...(key && { key }) });
    const cases: Array<[unknown, number, RegExp]> = [
      [{ url: 'file:///etc/passwd' }, 400, /only http and https/],
      [{ url: 'http://10.0.0.1/feed.xml' }, 400, /private address/],
      [{ url: 'http://169.254.169.254/latest' }, 400, /link-local/],
      [{ url: good.rss, interval: 'often' }, 400, /interval/],
      [{ url: good.rss }, 409, /already registered/],
      [{ url: 'https://example.com/rss', extra: 1 }, 400, /extra/],
    ];
    for (const [body, status, message] of cases) {
      const res = await post(body);
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status]);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
    expect((await post({ url: 'https://example.com/rss' }, harness.keys.ingest)).status).toBe(403);
    expect((await second.request('GET', '/feeds', { key: null })).status).toBe(401);
    for (const [method, id] of [
      ['GET', '00000000-0000-4000-8000-000000000000'],
      ['GET', 'not-a-uuid'],
      ['DELETE', '00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const res = await second.request(method, `/feeds/${id}`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/no feed with id/);
    }
    expect(await harness.prisma.feed.count()).toBe(before);
  });

  it('removes a feed', async () => {
    const res = await second.request('DELETE', `/feeds/${ids.loop}`);
    expect(res.status).toBe(204);
    expect((await second.request('GET', `/feeds/${ids.loop}`)).status).toBe(404);
  });
});
