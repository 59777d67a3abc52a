import { createInterface } from 'node:readline';
import { parseArgs } from '../args.js';
import { DEFAULT_CODEBOOK_PATH } from '../default-codebook.js';
import { parseArticleLine } from '../article-line.js';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliCommand, type CliIo } from '../command.js';
import { createExtractor, type Statement, type Extractor } from '../engine.js';
import { loadCodebookOrReport } from '../load-codebook.js';
import { BufferedWriter, closeOutput, openInput, openOutput, STDIO } from '../streams.js';

/** The output row, with keys in the order of the documented format. */
export function formatPrediction(id: string, statements: readonly Statement[]): string {
  return JSON.stringify({
    id,
    statements: statements.map((s) => ({
      actor: s.actor,
      topic: s.topic,
      stance: s.stance,
      confidence: s.confidence,
      evidence: s.evidence,
      start: s.start,
      end: s.end,
    })),
  });
}

interface RunCounts {
  articles: number;
  bad: number;
}

async function extractStream(
  extractor: Extractor,
  inPath: string,
  outPath: string,
  io: CliIo,
): Promise<RunCounts> {
  const input = await openInput(inPath, io);
  const output = await openOutput(outPath, io);
  const writer = new BufferedWriter(output);
  const inName = inPath === STDIO ? '<stdin>' : inPath;
  const counts: RunCounts = { articles: 0, bad: 0 };
  let lineNo = 0;
  const reportBad = (message: string): void => {
    counts.bad++;
    io.stderr.write(`${inName}:${lineNo}: ${message}\n`);
  };
  // readline keeps one line in memory at a time, so input size does not matter.
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const parsed = parseArticleLine(line);
    if (!parsed.ok) {
      reportBad(parsed.error);
      continue;
    }
    let statements: Statement[];
    try {
      statements = extractor.extract(parsed.article);
    } catch (err) {
      reportBad(
        `extraction failed for article ${JSON.stringify(parsed.article.id)}: ${err instanceof Error ? err.message : String(err)}`,
      );
      continue;
    }
    counts.articles++;
    await writer.writeLine(formatPrediction(parsed.article.id, statements));
  }
  await writer.flush();
  await closeOutput(output, io);
  return counts;
}

export const extractCommand: CliCommand = {
  path: ['extract'],
  summary: 'extract stance statements from articles (JSON Lines in, JSON Lines out)',
  help: `usage: stance extract [--codebook FILE] --in ARTICLES.jsonl --out PREDICTIONS.jsonl

Reads articles one JSON object per line ({"id", "text", optional "title", "lang",
"published_at"}) and writes one line per article:
  {"id": ..., "statements": [{"actor", "topic", "stance", "confidence", "evidence", "start", "end"}]}

options:
  --codebook FILE   the actors and topics to track (YAML or JSON); default: the shipped
                    codebooks/iraq-regional.yaml
  --in FILE         articles, JSON Lines; "-" reads stdin (default "-")
  --out FILE        predictions, JSON Lines; "-" writes stdout (default "-")

Streams line by line and needs no services; the same input gives the same output.
Bad input lines are reported on stderr as FILE:LINE: problem and skipped; the run goes on
and exits 1 at the end if any line was bad.`,

  async run(args, io) {
    const parsed = parseArgs(args, { valued: ['codebook', 'in', 'out'] });
    if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
    const codebookPath = parsed.options.get('codebook') ?? DEFAULT_CODEBOOK_PATH;
    const inPath = parsed.options.get('in') ?? STDIO;
    const outPath = parsed.options.get('out') ?? STDIO;

    const codebook = await loadCodebookOrReport(codebookPath, io);
    if (!codebook) return EXIT_FAILED;
    const extractor = await createExtractor(codebook);
    let counts: RunCounts;
    try {
      counts = await extractStream(extractor, inPath, outPath, io);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
        io.stderr.write(`stance extract: ${(err as Error).message}\n`);
        return EXIT_FAILED;
      }
      throw err;
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
