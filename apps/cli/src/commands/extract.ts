import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from '../args.js';
import { DEFAULT_CODEBOOK_PATH } from '../default-codebook.js';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliCommand, type CliIo } from '../command.js';
import { preferCheapCompiles } from '../compiler-settings.js';
import { cacheDirectory, openCodebookCache } from '../codebook-cache.js';
import { loadCompiledCodebook } from '../compiled-codebook.js';
import type { BatchResult, LineBatch } from '../extract-batch.js';
import { createInProcessRunner, createWorkerPool, type BatchRunner } from '../extract-pool.js';
import { BufferedWriter, closeOutput, openInput, openOutput, readLines, STDIO } from '../streams.js';

// A batch is sent when it holds this many lines or characters, or when the input has no more
// lines ready (so a pipe that sends one article at a time gets its answer at once).
const BATCH_LINES = 64;
const BATCH_CHARS = 1 << 18;
// One extracting thread keeps about 1.4 CPUs busy (V8 optimises and collects on background
// threads: 10.5 s CPU for 7.5 s wall over news-ar), so on 2 CPUs a second worker only adds CPU
// time. Default: one per two CPUs, at most 4 (each holds a compiled codebook, ~110 MB).
const CPUS_PER_DEFAULT_JOB = 2;
const MAX_DEFAULT_JOBS = 4;
// Below this input size a worker's start-up (its own engine load, and an engine that warms up
// apart from the others) costs more than it saves, so the default is to extract in the main thread.
const MIN_BYTES_FOR_WORKERS = 2 << 20;
// Up to this input size a run is mostly the engine's warm-up, and TurboFan without inlining
// saves more compile work than its slower code costs (news-ar, 19.8 MB: about 8 % less CPU);
// at twice that size the two are even, and a stream may run for ever: both keep inlining.
const MAX_BYTES_FOR_CHEAP_COMPILES = 32 << 20;

interface RunCounts {
  articles: number;
  bad: number;
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a whole number ≥ 1, got "${value}"`);
  return jobs;
}

/** The size of an input that is a regular file; undefined for a stream (or a path that fails). */
async function fileSize(inPath: string): Promise<number | undefined> {
  if (inPath === STDIO) return undefined;
  const info = await stat(inPath).catch(() => undefined);
  return info?.isFile() ? info.size : undefined;
}

/** --no-cache, or STANCE_NO_CACHE set to anything but "" or "0", turns the codebook cache off. */
function wantsCodebookCache(flags: ReadonlySet<string>, env: NodeJS.ProcessEnv): boolean {
  const off = env.STANCE_NO_CACHE;
  return !flags.has('no-cache') && (off === undefined || off === '' || off === '0');
}

/** One per two CPUs for a large file or a stream; one for a small file. */
function defaultJobs(inBytes: number | undefined): number {
  if (inBytes !== undefined && inBytes < MIN_BYTES_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(Math.floor(availableParallelism() / CPUS_PER_DEFAULT_JOB), MAX_DEFAULT_JOBS));
}

async function extractStream(
  runner: BatchRunner,
  input: Readable,
  inName: string,
  output: Writable,
  io: CliIo,
): Promise<RunCounts> {
  const writer = new BufferedWriter(output);
  const counts: RunCounts = { articles: 0, bad: 0 };
  // Each sent batch is written as soon as it and every batch before it are done: a chain of
  // writes keeps input order. One promise per batch not yet written, oldest first.
  const unwritten: Promise<void>[] = [];
  let lastWrite: Promise<void> = Promise.resolve();
  let batch: LineBatch = { lineNos: [], lines: [] };
  let batchChars = 0;
  let idleSend: NodeJS.Immediate | undefined;

  const writeResult = async (result: BatchResult): Promise<void> => {
    for (const problem of result.problems)
      io.stderr.write(`${inName}:${problem.lineNo}: ${problem.message}\n`);
    counts.bad += result.problems.length;
    counts.articles += result.articles;
    if (result.rows !== '') await writer.writeLine(result.rows.slice(0, -1));
  };
  const sendBatch = (): void => {
    if (idleSend) clearImmediate(idleSend);
    idleSend = undefined;
    if (batch.lines.length === 0) return;
    const result = runner.run(batch);
    lastWrite = lastWrite.then(() => result).then(writeResult);
    // Marked handled here; the failure is thrown where the loop awaits this write.
    lastWrite.catch(() => undefined);
    unwritten.push(lastWrite);
    batch = { lineNos: [], lines: [] };
    batchChars = 0;
  };

  let lineNo = 0;
  // Only the lines not yet taken are held in memory, so input size does not matter.
  for await (const raw of readLines(input)) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    batch.lineNos.push(lineNo);
    batch.lines.push(line);
    batchChars += line.length;
    if (batch.lines.length >= BATCH_LINES || batchChars >= BATCH_CHARS) sendBatch();
    else idleSend ??= setImmediate(sendBatch);
    while (unwritten.length > runner.capacity) await unwritten.shift();
  }
  sendBatch();
  await lastWrite;
  await writer.flush();
  return counts;
}

export const extractCommand: CliCommand = {
  path: ['extract'],
  summary: 'extract stance statements from articles (JSON Lines in, JSON Lines out)',
  help: `usage: stance extract [--codebook FILE] [--jobs N] [--no-cache] --in ARTICLES.jsonl --out PREDICTIONS.jsonl

Reads articles one JSON object per line ({"id", "text", optional "title", "lang",
"published_at"}) and writes one line per article:
  {"id": ..., "statements": [{"actor", "topic", "stance", "confidence", "evidence", "start", "end"}]}

options:
  --codebook FILE   the actors and topics to track (YAML or JSON); default: the shipped
                    codebooks/iraq-regional.yaml
  --in FILE         articles, JSON Lines; "-" reads stdin (default "-")
  --out FILE        predictions, JSON Lines; "-" writes stdout (default "-")
  --jobs N          worker threads extracting in parallel (default: one per two CPUs,
                    at most ${MAX_DEFAULT_JOBS}; 1 for files under 2 MB);
                    1 extracts in the main thread
  --no-cache        compile the codebook without the cache of compiled codebooks
                    ($XDG_CACHE_HOME/stance, default ~/.cache/stance; also off when
                    STANCE_NO_CACHE=1); the cache never changes the output

Streams line by line and needs no services; the same input gives the same output, in input
order, whatever --jobs is.
Bad input lines are reported on stderr as FILE:LINE: problem and skipped; the run goes on
and exits 1 at the end if any line was bad.`,

  async run(args, io) {
    const parsed = parseArgs(args, { valued: ['codebook', 'in', 'out', 'jobs'], flags: ['no-cache'] });
    if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
    const codebookPath = parsed.options.get('codebook') ?? DEFAULT_CODEBOOK_PATH;
    const inPath = parsed.options.get('in') ?? STDIO;
    const outPath = parsed.options.get('out') ?? STDIO;
    const jobsOption = parseJobs(parsed.options.get('jobs'));
    const inBytes = await fileSize(inPath);
    // Before the codebook's YAML is parsed: its parser is compiled during this run too.
    if (inBytes !== undefined && inBytes < MAX_BYTES_FOR_CHEAP_COMPILES) preferCheapCompiles();

    const cache = wantsCodebookCache(parsed.flags, process.env)
      ? openCodebookCache(cacheDirectory())
      : undefined;
    const compiled = await loadCompiledCodebook(codebookPath, io, cache);
    if (!compiled) return EXIT_FAILED;
    let input: Readable;
    let output: Writable;
    try {
      // Opened before the extractor is built, so a wrong path fails at once and creates nothing.
      input = await openInput(inPath, io);
      output = await openOutput(outPath, io);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
        io.stderr.write(`stance extract: ${(err as Error).message}\n`);
        return EXIT_FAILED;
      }
      throw err;
    }
    const jobs = jobsOption ?? defaultJobs(inBytes);
    let runner: BatchRunner | undefined;
    let counts: RunCounts;
    try {
      runner = jobs === 1 ? await createInProcessRunner(compiled) : await createWorkerPool(compiled, jobs);
      counts = await extractStream(runner, input, inPath === STDIO ? '<stdin>' : inPath, output, io);
    } finally {
      await runner?.close();
      await closeOutput(output, io);
    }
    if (counts.bad > 0) {
      io.stderr.write(
        `stance extract: ${counts.bad} bad line(s) skipped, ${counts.articles} article(s) extracted\n`,
      );
      return EXIT_FAILED;
    }
    return EXIT_OK;
  },
};
