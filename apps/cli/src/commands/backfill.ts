import { parseArgs } from '../args.js';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../command.js';
import {
  callServiceApi,
  resolveServiceApi,
  SERVICE_API_OPTIONS,
  serviceApiHelp,
  ServiceApiError,
  type ServiceApi,
} from './service-api.js';

interface CodebookRow {
  id: string;
  name: string;
  version: number;
  importedAt: string;
}

export const backfillCommand: CliCommand = {
  path: ['backfill'],
  summary: 're-extract stored articles with a codebook version (a durable job; admin key)',
  help: `usage: stance backfill [--codebook ID] [--from DATE] [--to DATE] [--url URL] [--key KEY]

Asks the extraction service to re-run the engine over stored articles with the codebook version
ID (default: the most recently imported one), all of them or those published in [--from, --to].
Each article's observations for that version are replaced; other versions' are left alone. The
job runs on JetStream, so it survives restarts; this command returns once it is queued.
${serviceApiHelp('extraction')}`,
  async run(args, io) {
    const parsed = parseArgs(args, { valued: [...SERVICE_API_OPTIONS, 'codebook', 'from', 'to'] });
    if (parsed.positionals.length > 0)
      throw new UsageError(`unexpected argument ${JSON.stringify(parsed.positionals[0])}`);
    const range = Object.fromEntries(
      (['from', 'to'] as const).flatMap((name) => {
        const value = parsed.options.get(name);
        if (value === undefined) return [];
        const date = new Date(value);
        if (Number.isNaN(date.getTime()))
          throw new UsageError(`--${name} must be a date (YYYY-MM-DD or ISO time)`);
        return [[name, date.toISOString()]];
      }),
    );
    const api = await resolveServiceApi(parsed, process.env, 'extraction');
    try {
      const codebookId = parsed.options.get('codebook') ?? (await findLatestCodebook(api));
      const job = (await callServiceApi(
        api,
        'POST',
        `/codebooks/${encodeURIComponent(codebookId)}/backfill`,
        range,
      )) as {
        jobId: string;
      };
      io.stdout.write(`backfill queued for codebook ${codebookId}: job ${job.jobId}\n`);
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof ServiceApiError)) throw error;
      io.stderr.write(`stance: ${error.code}: ${error.message}\n`);
      return EXIT_FAILED;
    }
  },
};

async function findLatestCodebook(api: ServiceApi): Promise<string> {
  const { items } = (await callServiceApi(api, 'GET', '/codebooks')) as { items: CodebookRow[] };
  const latest = [...items].sort((a, b) => b.importedAt.localeCompare(a.importedAt))[0];
  if (!latest) throw new ServiceApiError(404, 'NOT_FOUND', 'no codebook has been imported yet');
  return latest.id;
}
