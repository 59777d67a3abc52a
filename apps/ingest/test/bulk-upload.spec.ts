/**
 * POST /articles/bulk: JSON Lines streamed in, per-line results streamed out, against the real
 * Postgres and NATS. Bad lines are reported by number and do not stop the rest.
 */
import { request as httpRequest } from 'node:http';
import { readCorpusArticles } from './support/corpus.js';
import {
  startIngestHarness,
  waitFor,
  type IngestHarness,
  type IngestInstance,
} from './support/ingest-harness.js';

const articles = readCorpusArticles('news-ar.jsonl', 260, 60).map((a, i) => ({
  id: `bulk-${i}`,
  title: a.title,
  text: a.text,
}));

interface Reply {
  line?: number;
  status?: string;
  articleId?: string;
  error?: string | { code: string; message: string };
  summary?: { lines: number; accepted: number; duplicate: number; invalid: number };
}

const parseReplies = (text: string): Reply[] =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Reply);

describe('POST /articles/bulk', () => {
  let harness: IngestHarness;
  let ingest: IngestInstance;

  beforeAll(async () => {
    harness = await startIngestHarness({
      env: { INGEST_MAX_BULK_BYTES: String(4 * 1024 * 1024), INGEST_MAX_LINE_BYTES: '200000' },
    });
    ingest = await harness.startInstance();
  });

  afterAll(async () => {
    await harness?.close();
  }, 30_000);

  const upload = async (body: string, key = harness.keys.ingest, contentType = 'application/x-ndjson') => {
    const res = await ingest.request('POST', '/articles/bulk', { body, key, contentType });
    return { status: res.status, text: await res.text() };
  };

  it('stores good lines, reports bad and duplicate ones by line number, and sums up', async () => {
    const lines = [
      JSON.stringify(articles[0]),
      '',
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text', title: 'x' }),
      JSON.stringify(articles[1]),
      JSON.stringify({ ...articles[0], id: 'same-text' }),
      JSON.stringify({ id: 'long', text: 'x'.repeat(300_000) }),
      JSON.stringify(articles[2]),
    ];
    const { status, text } = await upload(lines.join('\n') + '\n');
    expect(status).toBe(200);
    const replies = parseReplies(text);
    expect(replies.slice(0, -1).map((r) => [r.line, r.status])).toEqual([
      [1, 'accepted'],
      [3, 'invalid'],
      [4, 'invalid'],
      [5, 'accepted'],
      [6, 'duplicate'],
      [7, 'invalid'],
      [8, 'accepted'],
    ]);
    expect(replies[1]!.error).toMatch(/not valid JSON/);
    expect(replies[2]!.error).toMatch(/text/);
    expect(replies[5]!.error).toMatch(/longer than the limit of 200000 bytes/);
    expect(replies[4]!.articleId).toBe(replies[0]!.articleId);
    expect(replies.at(-1)).toEqual({ summary: { lines: 7, accepted: 3, duplicate: 1, invalid: 3 } });
    expect(await harness.prisma.article.count()).toBe(3);
    await waitFor('3 published', async () => (await harness.publishedCount()) === 3);
  }, 30_000);

  it('answers lines while the body is still arriving (chunks of 100)', async () => {
    const url = new URL(`${ingest.base}/articles/bulk`);
    const batch = articles.slice(10, 260).map((a) => JSON.stringify(a) + '\n');
    const replies: Reply[] = [];
    let firstReplyBeforeEnd = false;
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${harness.keys.ingest}` },
      });
      req.on('error', reject);
      let ended = false;
      req.on('response', (res) => {
        let buffered = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          buffered += d;
          if (!ended && buffered.includes('\n')) {
            firstReplyBeforeEnd = true;
            ended = true;
            req.end(batch.slice(150).join(''));
          }
        });
        res.on('end', () => {
          replies.push(...parseReplies(buffered));
          resolve();
        });
        res.on('error', reject);
      });
      req.write(batch.slice(0, 150).join(''));
      req.flushHeaders();
    });
    expect(firstReplyBeforeEnd).toBe(true);
    expect(replies.at(-1)).toEqual({ summary: { lines: 250, accepted: 250, duplicate: 0, invalid: 0 } });
    expect(replies.filter((r) => r.status === 'accepted').map((r) => r.line)).toEqual(
      batch.map((_, i) => i + 1),
    );
  }, 60_000);

  it('refuses a wrong content type, a missing key and a read-only key, storing nothing', async () => {
    const before = await harness.prisma.article.count();
    const body = JSON.stringify({ text: 'a new article that must not be stored' }) + '\n';
    expect((await upload(body, harness.keys.ingest, 'application/json')).status).toBe(415);
    expect(
      (
        await ingest.request('POST', '/articles/bulk', {
          body,
          key: null,
          contentType: 'application/x-ndjson',
        })
      ).status,
    ).toBe(401);
    expect((await upload(body, harness.keys.read)).status).toBe(403);
    expect(await harness.prisma.article.count()).toBe(before);
  });

  // Last: undici's connection pool stays stuck on a streamed request the server stopped reading.
  it('refuses a declared oversize body with 413, and stops a streamed one at the limit with an error line', async () => {
    const before = await harness.prisma.article.count();
    const lines = Array.from(
      { length: 40 },
      (_, i) => JSON.stringify({ text: `${i} ${'y'.repeat(150_000)}` }) + '\n',
    );
    const declared = await upload(lines.join(''));
    expect(declared.status).toBe(413);
    expect(declared.text).toMatch(/limit is 4194304 bytes/);
    expect(await harness.prisma.article.count()).toBe(before);

    // Chunked, without Content-Length: the limit is found while streaming.
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const line of lines) controller.enqueue(encoder.encode(line));
        controller.close();
      },
    });
    const res = await ingest.request('POST', '/articles/bulk', {
      body,
      key: harness.keys.ingest,
      contentType: 'application/x-ndjson',
    });
    expect(res.status).toBe(200);
    const last = parseReplies(await res.text()).at(-1)!;
    expect(last.error).toMatchObject({ code: 'BODY_TOO_LARGE', message: /limit of 4194304 bytes/ });
    // Nothing of the stream was stored: its first chunk (100 lines) never filled before the limit.
    expect(await harness.prisma.article.count()).toBe(before);
  }, 30_000);
});
