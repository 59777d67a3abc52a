// The cache of compiled codebooks (src/codebook-cache.ts): a hit skips the parse and compile, a
// changed codebook or a damaged entry is compiled again, and the output never depends on it.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, runStance, type CliRun } from './run-cli.js';

const ARTICLES = join(FIXTURES, 'articles.jsonl');

let dir = '';
let cacheHome = '';
let codebook = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stance-cache-'));
  cacheHome = join(dir, 'cache');
  codebook = join(dir, 'codebook.yaml');
  await copyFile(join(FIXTURES, 'codebook.yaml'), codebook);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function extract(...extra: string[]): Promise<CliRun> {
  return runStance(['extract', '--codebook', codebook, '--in', ARTICLES, ...extra], undefined, {
    XDG_CACHE_HOME: cacheHome,
    STANCE_NO_CACHE: undefined,
  });
}

/** The cache's one entry file, with what tells whether a run rewrote it. */
async function cacheEntry(): Promise<{ path: string; ino: number; mtimeMs: number }> {
  const entriesDir = join(cacheHome, 'stance', 'codebooks');
  const files = await readdir(entriesDir);
  expect(files).toHaveLength(1);
  const path = join(entriesDir, files[0]!);
  const info = await stat(path);
  return { path, ino: info.ino, mtimeMs: info.mtimeMs };
}

async function expectNoCache(): Promise<void> {
  await expect(stat(cacheHome)).rejects.toThrow();
}

describe('stance extract: codebook cache', () => {
  it('stores the compiled codebook on the first run and reads it on the next, with the same output', async () => {
    const uncached = await extract('--no-cache');
    await expectNoCache();
    const first = await extract();
    const stored = await cacheEntry();
    const second = await extract();
    const reread = await cacheEntry();
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('"statements":[{');
    expect(first.stdout).toBe(uncached.stdout);
    expect(second.stdout).toBe(uncached.stdout);
    expect(second.stderr).toBe('');
    // A hit does not write the entry again.
    expect(reread).toEqual(stored);
  });

  it('compiles a changed codebook again', async () => {
    await extract();
    const before = await cacheEntry();
    const text = await readFile(codebook, 'utf8');
    // Without the phrase "election boycott", article a1's statement is not found.
    await writeFile(codebook, text.replace(`, 'election boycott'`, ''));
    const changed = await extract();
    const uncached = await extract('--no-cache');
    const after = await cacheEntry();
    expect(changed.code).toBe(0);
    expect(changed.stdout).toBe(uncached.stdout);
    expect(after.ino).not.toBe(before.ino);
    const original = await runStance([
      'extract',
      '--codebook',
      join(FIXTURES, 'codebook.yaml'),
      '--in',
      ARTICLES,
    ]);
    expect(changed.stdout).not.toBe(original.stdout);
  });

  it.each([
    ['garbage', () => Buffer.from('not a cache entry')],
    ['truncated', (entry: Buffer) => entry.subarray(0, entry.length - 100)],
    ['a changed byte', (entry: Buffer) => Buffer.from(entry).fill(7, entry.length - 40, entry.length - 39)],
    ['empty', () => Buffer.alloc(0)],
  ])('ignores and rewrites an entry that is %s', async (_, damage) => {
    const first = await extract();
    const { path } = await cacheEntry();
    await writeFile(path, damage(await readFile(path)));
    const repaired = await extract();
    expect(repaired.code).toBe(0);
    expect(repaired.stderr).toBe('');
    expect(repaired.stdout).toBe(first.stdout);
    const rewritten = await cacheEntry();
    // The rewritten entry is whole again: the next run reads it and leaves it be.
    const next = await extract();
    expect(next.stdout).toBe(first.stdout);
    expect(await cacheEntry()).toEqual(rewritten);
  });

  it('is not used with --no-cache or STANCE_NO_CACHE=1', async () => {
    const flagged = await extract('--no-cache');
    const byEnv = await runStance(['extract', '--codebook', codebook, '--in', ARTICLES], undefined, {
      XDG_CACHE_HOME: cacheHome,
      STANCE_NO_CACHE: '1',
    });
    expect(flagged.code).toBe(0);
    expect(byEnv.stdout).toBe(flagged.stdout);
    await expectNoCache();
  });

  it('gives worker threads the cached codebook', async () => {
    const single = await extract('--jobs', '1');
    const pooled = await extract('--jobs', '2');
    expect(pooled.code).toBe(0);
    expect(pooled.stdout).toBe(single.stdout);
  });

  it('still reports an invalid codebook, and caches nothing for it', async () => {
    await writeFile(codebook, 'version: 1\nname: broken\nactors: 3\n');
    const run = await extract();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('invalid codebook');
    await expectNoCache();
  });

  it('removes entries and temporary files not written for 30 days when it writes one', async () => {
    const entriesDir = join(cacheHome, 'stance', 'codebooks');
    await mkdir(entriesDir, { recursive: true });
    const old = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    const recent = new Date(Date.now() - 29 * 24 * 60 * 60 * 1000);
    const files = {
      stale: join(entriesDir, 'a'.repeat(32) + '.bin'),
      staleTemp: join(entriesDir, 'b'.repeat(32) + '.bin.123.tmp'),
      recent: join(entriesDir, 'c'.repeat(32) + '.bin'),
      foreign: join(entriesDir, 'notes.txt'),
    };
    for (const path of Object.values(files)) await writeFile(path, 'x');
    await utimes(files.stale, old, old);
    await utimes(files.staleTemp, old, old);
    await utimes(files.recent, recent, recent);
    await utimes(files.foreign, old, old);

    const run = await extract();
    expect(run.code).toBe(0);
    const left = (await readdir(entriesDir)).sort();
    expect(left).not.toContain('a'.repeat(32) + '.bin');
    expect(left).not.toContain('b'.repeat(32) + '.bin.123.tmp');
    expect(left).toContain('c'.repeat(32) + '.bin');
    expect(left).toContain('notes.txt');
    // The new entry beside them.
    expect(left).toHaveLength(3);
  });
});
