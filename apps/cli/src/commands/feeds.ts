import { parseArgs } from '../args.js';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliCommand, type CliIo } from '../command.js';
import {
  callServiceApi,
  resolveServiceApi,
  SERVICE_API_OPTIONS,
  serviceApiHelp,
  ServiceApiError,
  type ServiceApi,
} from './service-api.js';

/** The fields of a feed the ingest API returns that these commands print. */
export interface FeedRow {
  id: string;
  url: string;
  title: string | null;
  intervalSeconds: number;
  status: string;
  itemsSeen: number;
  consecutiveFailures: number;
  lastSuccessAt: string | null;
  lastError: string | null;
  nextPollAt: string;
}

export function formatInterval(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

/** One line per feed: id, status, interval, items, url, and the last error when failing. */
export function formatFeedLine(feed: FeedRow): string {
  const failing =
    feed.consecutiveFailures > 0 ? `  (${feed.consecutiveFailures}× ${feed.lastError ?? 'failed'})` : '';
  return `${feed.id}  ${feed.status.padEnd(7)}  every ${formatInterval(feed.intervalSeconds).padEnd(4)}  ${String(feed.itemsSeen).padStart(5)} items  ${feed.url}${failing}`;
}

/** Runs one API call, printing the service's error (code and message) instead of a stack. */
async function withApi(
  args: string[],
  valued: string[],
  io: CliIo,
  work: (api: ServiceApi, parsed: ReturnType<typeof parseArgs>) => Promise<void>,
): Promise<number> {
  const parsed = parseArgs(args, { valued: [...SERVICE_API_OPTIONS, ...valued] });
  const api = await resolveServiceApi(parsed, process.env, 'ingest');
  try {
    await work(api, parsed);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof ServiceApiError)) throw error;
    io.stderr.write(`stance: ${error.code}: ${error.message}\n`);
    return EXIT_FAILED;
  }
}

export const feedsAddCommand: CliCommand = {
  path: ['feeds', 'add'],
  summary: 'register an RSS, Atom or JSON Feed source to poll',
  help: `usage: stance feeds add URL [--interval 5m] [--title NAME] [--url INGEST_URL] [--key KEY]

Registers a feed with the ingest service, which polls it from then on (conditional GET,
backoff on failure) and stores each new item once. --interval takes 90s, 5m, 1h, 1d or
seconds (default: the service's, 15m). Needs an admin key.
${serviceApiHelp('ingest')}`,
  run: (args, io) =>
    withApi(args, ['interval', 'title'], io, async (api, parsed) => {
      const [url, ...extra] = parsed.positionals;
      if (!url) throw new UsageError('missing the feed URL');
      if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
      const interval = parsed.options.get('interval');
      const title = parsed.options.get('title');
      const feed = (await callServiceApi(api, 'POST', '/feeds', {
        url,
        ...(interval !== undefined && { interval }),
        ...(title !== undefined && { title }),
      })) as FeedRow;
      io.stdout.write(`${feed.id}\n`);
      io.stderr.write(`added ${feed.url}, polled every ${formatInterval(feed.intervalSeconds)}\n`);
    }),
};

export const feedsListCommand: CliCommand = {
  path: ['feeds', 'list'],
  summary: 'list feeds with their health (status, items seen, last error)',
  help: `usage: stance feeds list [--url INGEST_URL] [--key KEY]

One line per feed: id, status (pending, healthy, failing), interval, items seen, URL and,
for a failing feed, how often it failed and its last error. Needs an admin key.
${serviceApiHelp('ingest')}`,
  run: (args, io) =>
    withApi(args, [], io, async (api, parsed) => {
      if (parsed.positionals.length > 0)
        throw new UsageError(`unexpected argument ${JSON.stringify(parsed.positionals[0])}`);
      const { feeds } = (await callServiceApi(api, 'GET', '/feeds')) as { feeds: FeedRow[] };
      if (feeds.length === 0) io.stderr.write('no feeds registered\n');
      for (const feed of feeds) io.stdout.write(`${formatFeedLine(feed)}\n`);
    }),
};

export const feedsRemoveCommand: CliCommand = {
  path: ['feeds', 'remove'],
  summary: 'stop polling a feed (its articles stay)',
  help: `usage: stance feeds remove ID [--url INGEST_URL] [--key KEY]

Removes the feed with this id (see "stance feeds list"). Articles already stored stay.
Needs an admin key.
${serviceApiHelp('ingest')}`,
  run: (args, io) =>
    withApi(args, [], io, async (api, parsed) => {
      const [id, ...extra] = parsed.positionals;
      if (!id) throw new UsageError('missing the feed ID');
      if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
      await callServiceApi(api, 'DELETE', `/feeds/${encodeURIComponent(id)}`);
      io.stderr.write(`removed feed ${id}\n`);
    }),
};
