import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { parseArgs } from '../args.js';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../command.js';
import {
  readAnswer,
  resolveServiceApi,
  SERVICE_API_OPTIONS,
  serviceApiHelp,
  ServiceApiError,
} from './service-api.js';

interface BulkReply {
  line?: number;
  status?: 'accepted' | 'duplicate' | 'invalid';
  error?: string | { code: string; message: string };
  summary?: { lines: number; accepted: number; duplicate: number; invalid: number };
}

export const ingestCommand: CliCommand = {
  path: ['ingest'],
  summary: 'upload a JSON Lines file of articles to the ingest service (streamed)',
  help: `usage: stance ingest FILE.jsonl [--url URL] [--key KEY]

Streams FILE (one article per line: {"text", optional "id", "title", "lang", "published_at",
"source", "url"}) to the ingest service's POST /articles/bulk. Lines that cannot be stored are
reported as FILE:LINE: reason on stderr and do not stop the rest. Prints a summary; exits 1 when
any line was invalid or the upload stopped early.
${serviceApiHelp('ingest')}`,
  async run(args, io) {
    const parsed = parseArgs(args, { valued: [...SERVICE_API_OPTIONS] });
    const [file, ...extra] = parsed.positionals;
    if (!file) throw new UsageError('missing FILE.jsonl');
    if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
    await stat(file).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(
        `cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
      );
    });
    const api = await resolveServiceApi(parsed, process.env, 'ingest');
    let res: Response;
    try {
      res = await fetch(`${api.baseUrl}/articles/bulk`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${api.key}`,
          'content-type': 'application/x-ndjson',
        },
        body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
        duplex: 'half',
      } as RequestInit);
    } catch (error) {
      io.stderr.write(
        `stance ingest: cannot reach the ingest service at ${api.baseUrl}: ${(error as Error).message}\n`,
      );
      return EXIT_FAILED;
    }
    if (!res.ok || !res.body) {
      const error = await readAnswer(res).catch((e: unknown) => e);
      io.stderr.write(
        `stance ingest: ${error instanceof ServiceApiError ? `${error.code}: ${error.message}` : `HTTP ${res.status}`}\n`,
      );
      return EXIT_FAILED;
    }
    let summary: BulkReply['summary'];
    let stopped: string | undefined;
    const replies = createInterface({
      input: Readable.fromWeb(res.body as WebReadableStream<Uint8Array>),
      crlfDelay: Infinity,
    });
    for await (const line of replies) {
      if (!line.trim()) continue;
      const reply = JSON.parse(line) as BulkReply;
      if (reply.status === 'invalid') io.stderr.write(`${file}:${reply.line}: ${String(reply.error)}\n`);
      if (reply.summary) summary = reply.summary;
      if (reply.error && typeof reply.error === 'object')
        stopped = `${reply.error.code}: ${reply.error.message}`;
    }
    if (!summary) {
      io.stderr.write(`stance ingest: the service ended the upload without a summary\n`);
      return EXIT_FAILED;
    }
    io.stdout.write(
      `${file}: ${summary.lines} lines: ${summary.accepted} accepted, ${summary.duplicate} duplicates, ${summary.invalid} invalid\n`,
    );
    if (stopped) io.stderr.write(`stance ingest: upload stopped early: ${stopped}\n`);
    return stopped || summary.invalid > 0 ? EXIT_FAILED : EXIT_OK;
  },
};
