/**
 * The `stance ingest` and `stance feeds` commands as an operator runs them (a child process)
 * against a real ingest service, Postgres and NATS.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpusArticles } from './support/corpus.js';
import { startIngestHarness, type IngestHarness, type IngestInstance } from './support/ingest-harness.js';

const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cli/dist/main.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('stance ingest / stance feeds', () => {
  let harness: IngestHarness;
  let ingest: IngestInstance;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(CLI))
      throw new Error(
        `${CLI} is missing: build the CLI first (pnpm --filter @stance/cli build, or pnpm build)`,
      );
    harness = await startIngestHarness({ env: { FEED_SCHEDULER: 'off' } });
    ingest = await harness.startInstance();
    dir = mkdtempSync(path.join(tmpdir(), 'stance-cli-'));
  });

  afterAll(async () => {
    await harness?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const stance = (args: string[], key = harness.keys.admin): Promise<Run> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        [CLI, ...args, '--url', ingest.base],
        { env: { ...process.env, STANCE_API_KEY: key } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  it('uploads a JSON Lines file, reports bad lines by number and sums up', async () => {
    const articles = readCorpusArticles('news-en.jsonl', 5, 80);
    const file = path.join(dir, 'articles.jsonl');
    const lines = [
      ...articles.map((a, i) => JSON.stringify({ id: `cli-${i}`, title: a.title, text: a.text })),
      '{"id": "half',
      JSON.stringify({ id: 'cli-again', text: articles[0]!.text }),
    ];
    writeFileSync(file, lines.join('\n') + '\n');
    const run = await stance(['ingest', file], harness.keys.ingest);
    expect(run.stdout).toBe(`${file}: 7 lines: 5 accepted, 1 duplicates, 1 invalid\n`);
    expect(run.stderr).toMatch(new RegExp(`${file}:6: not valid JSON`));
    expect(run.code).toBe(1);
    expect(await harness.prisma.article.count()).toBe(5);
  });

  it('says what is wrong with a missing file or a key without the scope', async () => {
    const missing = await stance(['ingest', path.join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    const file = path.join(dir, 'one.jsonl');
    writeFileSync(file, JSON.stringify({ text: 'A short article.' }) + '\n');
    const readOnly = await stance(['ingest', file], harness.keys.read);
    expect(readOnly.code).toBe(1);
    expect(readOnly.stderr).toMatch(/FORBIDDEN: .*ingest/);
  });

  it('adds, lists and removes feeds', async () => {
    const added = await stance(['feeds', 'add', 'https://news.example/rss.xml', '--interval', '5m']);
    expect(added.code).toBe(0);
    const id = added.stdout.trim();
    expect(added.stderr).toMatch(/polled every 5m/);

    const list = await stance(['feeds', 'list']);
    expect(list.stdout).toMatch(
      new RegExp(`^${id}  pending  every 5m .* https://news\\.example/rss\\.xml\\n$`),
    );

    const refused = await stance(['feeds', 'add', 'http://10.0.0.1/rss']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/VALIDATION: url: 10\.0\.0\.1 is a private address/);

    expect((await stance(['feeds', 'remove', id])).code).toBe(0);
    const gone = await stance(['feeds', 'remove', id]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/NOT_FOUND: no feed with id/);
    expect(await harness.prisma.feed.count()).toBe(0);
  });
});
