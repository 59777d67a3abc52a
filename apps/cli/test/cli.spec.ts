import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { CLI_MAIN, FIXTURES, parseJsonLines, runStance } from './run-cli.js';

const CODEBOOK = join(FIXTURES, 'codebook.yaml');
const ARTICLES = join(FIXTURES, 'articles.jsonl');
const BAD_LINES = join(FIXTURES, 'bad-lines.jsonl');
const DEFAULT_CODEBOOK = join(FIXTURES, '../../../../codebooks/iraq-regional.yaml');

interface OutputStatement {
  actor: string;
  topic: string;
  stance: string;
  confidence: number;
  evidence: string;
  start: number;
  end: number;
}
interface OutputRow {
  id: string;
  statements: OutputStatement[];
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stance-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('stance (dispatch and help)', () => {
  it('lists the commands with --help and exits 0', async () => {
    const run = await runStance(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('extract');
    expect(run.stdout).toContain('codebook validate');
  });

  it('prints the command list and exits 2 without a command', async () => {
    const run = await runStance([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('usage: stance <command>');
  });

  it('rejects an unknown command with exit 2', async () => {
    const run = await runStance(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "frobnicate"');
  });

  it('shows a command help with --help', async () => {
    const run = await runStance(['extract', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--codebook FILE');
    expect(run.stdout).toContain('FILE:LINE');
  });

  it('reports a usage error with the command help and exit 2', async () => {
    const run = await runStance(['extract', '--codebook', CODEBOOK, '--colour', 'red']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown option --colour');
    expect(run.stderr).toContain('usage: stance extract');
    const stray = await runStance(['extract', 'articles.jsonl']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('unexpected argument "articles.jsonl"');
  });
});

describe('stance extract', () => {
  it('writes one line per article in the documented format', async () => {
    const out = join(dir, 'pred.jsonl');
    const run = await runStance(['extract', '--codebook', CODEBOOK, '--in', ARTICLES, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = parseJsonLines(await readFile(out, 'utf8')) as OutputRow[];
    expect(rows.map((r) => r.id)).toEqual(['a1', 'a2', 'a3']);
    const articles = parseJsonLines(await readFile(ARTICLES, 'utf8')) as Array<{ id: string; text: string }>;
    const statements = rows.flatMap((r) => r.statements.map((s) => ({ row: r, s })));
    expect(statements.length).toBeGreaterThan(0);
    for (const { row, s } of statements) {
      expect(Object.keys(s)).toEqual(['actor', 'topic', 'stance', 'confidence', 'evidence', 'start', 'end']);
      expect(['support', 'oppose', 'neutral']).toContain(s.stance);
      const text = articles.find((a) => a.id === row.id)!.text;
      expect(text.slice(s.start, s.end)).toBe(s.evidence);
    }
    expect(rows[2]!.statements).toEqual([]);
  });

  it('uses the shipped default codebook when --codebook is not given', async () => {
    const implicit = await runStance(['extract', '--in', ARTICLES]);
    const explicit = await runStance(['extract', '--codebook', DEFAULT_CODEBOOK, '--in', ARTICLES]);
    const fixture = await runStance(['extract', '--codebook', CODEBOOK, '--in', ARTICLES]);
    expect(implicit.code).toBe(0);
    expect(implicit.stdout).toBe(explicit.stdout);
    expect(implicit.stdout).not.toBe(fixture.stdout);
  });

  it('is deterministic', async () => {
    const first = await runStance(['extract', '--codebook', CODEBOOK, '--in', ARTICLES]);
    const second = await runStance(['extract', '--codebook', CODEBOOK, '--in', ARTICLES]);
    expect(first.code).toBe(0);
    expect(first.stdout.length).toBeGreaterThan(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('gives the same output, errors and exit code, in input order, with any number of worker threads', async () => {
    // Hundreds of lines of very different lengths, bad lines and blank lines among them, so that
    // batches span several workers and finish out of order.
    const articles = parseJsonLines(await readFile(ARTICLES, 'utf8')) as Array<{ id: string; text: string }>;
    const badLines = ['this is not json', '{"text": "no id"}', '[1, 2]', '{"id": "x", "text": 5}'];
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) {
      const article = articles[i % articles.length]!;
      const text = i % 7 === 0 ? Array(60).fill(article.text).join(' ') : article.text;
      lines.push(JSON.stringify({ ...article, id: `n${i}`, text }));
      if (i % 50 === 0) lines.push(badLines[i % badLines.length]!, '');
    }
    const input = join(dir, 'many.jsonl');
    await writeFile(input, lines.join('\n') + '\n');

    const single = await runStance(['extract', '--jobs', '1', '--codebook', CODEBOOK, '--in', input]);
    const pooled = await runStance(['extract', '--jobs', '3', '--codebook', CODEBOOK, '--in', input]);
    expect(single.code).toBe(1);
    expect(single.stderr).toContain('8 bad line(s) skipped, 400 article(s) extracted');
    const rows = parseJsonLines(single.stdout) as OutputRow[];
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 400 }, (_, i) => `n${i}`));
    expect(rows.some((r) => r.statements.length > 0)).toBe(true);
    expect(pooled.code).toBe(single.code);
    expect(pooled.stderr).toBe(single.stderr);
    expect(pooled.stdout).toBe(single.stdout);
  });

  it('rejects a --jobs that is not a whole number of at least 1', async () => {
    for (const jobs of ['0', 'two', '1.5']) {
      const run = await runStance(['extract', '--jobs', jobs, '--codebook', CODEBOOK, '--in', ARTICLES]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--jobs must be a whole number ≥ 1, got "${jobs}"`);
    }
  });

  it('reads stdin and writes stdout with "-"', async () => {
    const input = await readFile(ARTICLES, 'utf8');
    const fromFile = await runStance(['extract', '--codebook', CODEBOOK, '--in', ARTICLES, '--out', '-']);
    const fromStdin = await runStance(['extract', '--codebook', CODEBOOK, '--in', '-', '--out', '-'], input);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(parseJsonLines(fromStdin.stdout)).toHaveLength(3);
  });

  it('reports bad lines as FILE:LINE, skips them, keeps going and exits 1', async () => {
    const out = join(dir, 'bad.pred.jsonl');
    const run = await runStance(['extract', '--codebook', CODEBOOK, '--in', BAD_LINES, '--out', out]);
    expect(run.code).toBe(1);
    const errors = run.stderr.trim().split('\n');
    expect(errors.slice(0, 5)).toEqual([
      expect.stringMatching(new RegExp(`^${escape(BAD_LINES)}:2: not JSON`)),
      `${BAD_LINES}:3: missing "id"`,
      `${BAD_LINES}:4: "text" must be a string, found a number`,
      `${BAD_LINES}:6: expected a JSON object, found an array`,
      `${BAD_LINES}:7: "published_at" must be an ISO date string or null, found "yesterday"`,
    ]);
    expect(errors[5]).toContain('5 bad line(s) skipped, 2 article(s) extracted');
    const rows = parseJsonLines(await readFile(out, 'utf8')) as OutputRow[];
    expect(rows.map((r) => r.id)).toEqual(['good-1', 'good-2']);
  });

  it.each(['1', '2'])('streams with --jobs %s: answers each line before the input ends', async (jobs) => {
    const child = spawn(process.execPath, [CLI_MAIN, 'extract', '--jobs', jobs, '--codebook', CODEBOOK], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let buffered = '';
    const nextLine = () =>
      new Promise<string>((resolve) => {
        const check = () => {
          if (lines.length > 0) resolve(lines.shift()!);
          else child.stdout.once('data', check);
        };
        check();
      });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      lines.push(...parts);
    });
    child.stdin.write('{"id": "first", "text": "Moqtada al-Sadr announced a boycott of the elections."}\n');
    expect(JSON.parse(await nextLine())).toMatchObject({ id: 'first' });
    // stdin is still open here: the first answer came while the input was still streaming.
    child.stdin.end('{"id": "second", "text": "nothing"}\n');
    expect(JSON.parse(await nextLine())).toMatchObject({ id: 'second' });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });

  it('names stdin as <stdin> in bad-line reports', async () => {
    const run = await runStance(
      ['extract', '--codebook', CODEBOOK],
      '{"id": "ok", "text": "fine"}\n{"id": 7, "text": "x"}\n',
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('<stdin>:2: "id" must be a non-empty string, found a number');
    expect(parseJsonLines(run.stdout)).toEqual([{ id: 'ok', statements: [] }]);
  });

  it('fails with exit 1 and file:line errors for an invalid codebook, writing nothing', async () => {
    const badCodebook = join(dir, 'bad-codebook.yaml');
    await writeFile(
      badCodebook,
      'version: 1\nname: x\nactors:\n  - id: a\n    kind: wizard\n    names: { en: [A] }\ntopics: []\n',
    );
    const out = join(dir, 'never.jsonl');
    const run = await runStance(['extract', '--codebook', badCodebook, '--in', ARTICLES, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${badCodebook}:5:11: actors[0].kind: unknown actor kind "wizard"`);
    await expect(readFile(out, 'utf8')).rejects.toThrow();
  });

  it('fails with exit 1 when the input file is missing', async () => {
    const run = await runStance(['extract', '--codebook', CODEBOOK, '--in', join(dir, 'missing.jsonl')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ENOENT');
  });
});

describe('stance codebook validate', () => {
  it('prints OK with counts for a valid codebook', async () => {
    const run = await runStance(['codebook', 'validate', CODEBOOK]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^OK .*codebook\.yaml: "cli-fixture", 3 actors \(0 roles\), 2 topics \(1 about actors\), digest [0-9a-f]{64}\n$/,
    );
  });

  it('prints every error with file, line and column and exits 1', async () => {
    const bad = join(dir, 'invalid.yaml');
    await writeFile(
      bad,
      'version: 1\nname: x\nextra: true\nactors:\n  - id: Bad_Id\n    kind: person\n    names: { en: [B] }\n    memberOf: [ghost]\ntopics: []\n',
    );
    const run = await runStance(['codebook', 'validate', bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      `${bad}:3:1: extra: unknown key "extra" (allowed here: version, name, actors, topics)`,
      `${bad}:5:9: actors[0].id: invalid id "Bad_Id": use lowercase letters, digits and '-' only`,
      `${bad}:8:16: actors[0].memberOf[0]: memberOf refers to unknown actor "ghost"`,
      `${bad}: invalid codebook (3 errors)`,
    ]);
  });

  it('warns about doubtful entries with their line, and fails on them with --strict', async () => {
    const doubtful = join(dir, 'doubtful.yaml');
    await writeFile(
      doubtful,
      'version: 1\nname: d\nactors:\n  - id: a\n    kind: party\n    names: { en: [Dawa] }\n  - id: b\n    kind: party\n    names: { en: [Dawa] }\ntopics: []\n',
    );
    const run = await runStance(['codebook', 'validate', doubtful]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 warning(s)');
    expect(run.stderr).toBe(
      `${doubtful}:9:19: warning: actors[1].names.en[0]: "Dawa" also names actor "a" (actors[0].names.en[0]); mentions will be ambiguous\n`,
    );
    const strict = await runStance(['codebook', 'validate', '--strict', doubtful]);
    expect(strict.code).toBe(1);
  });

  it('validates the shipped default codebook without warnings', async () => {
    const run = await runStance(['codebook', 'validate', '--strict', DEFAULT_CODEBOOK]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"iraq-regional"');
  });

  it('needs a file', async () => {
    const run = await runStance(['codebook', 'validate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give at least one codebook file');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
