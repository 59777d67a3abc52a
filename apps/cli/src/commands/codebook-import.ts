import { readFile } from 'node:fs/promises';
import { parseArgs } from '../args.js';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../command.js';
import {
  callServiceApi,
  resolveServiceApi,
  SERVICE_API_OPTIONS,
  serviceApiHelp,
  ServiceApiError,
} from './service-api.js';

interface ImportAnswer {
  id: string;
  name: string;
  version: number;
  actors: number;
  topics: number;
  created: boolean;
}

export const codebookImportCommand: CliCommand = {
  path: ['codebook', 'import'],
  summary: 'import a codebook into the running system as its next version (admin key)',
  help: `usage: stance codebook import FILE [--url URL] [--key KEY]

Sends FILE (YAML or JSON) to the extraction service. Changed content becomes the next version of
its name and the codebook new articles are extracted with; unchanged content is reported as
already loaded. Stored articles keep their observations until you run "stance backfill".
${serviceApiHelp('extraction')}`,
  async run(args, io) {
    const parsed = parseArgs(args, { valued: [...SERVICE_API_OPTIONS] });
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0) throw new UsageError('give exactly one codebook FILE');
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(
        `cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
      );
    });
    const api = await resolveServiceApi(parsed, process.env, 'extraction');
    const type = /\.json$/i.test(file) ? 'application/json' : 'application/yaml';
    try {
      const answer = (await callServiceApi(api, 'POST', '/codebooks', text, type)) as ImportAnswer;
      io.stdout.write(
        `${answer.created ? 'imported' : 'already loaded:'} ${answer.name} v${answer.version} ` +
          `(${answer.actors} actors, ${answer.topics} topics), id ${answer.id}\n`,
      );
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof ServiceApiError)) throw error;
      io.stderr.write(`stance: ${error.code}: ${error.message}\n`);
      return EXIT_FAILED;
    }
  },
};
