import { codebookDigest } from '@stance/codebook';
import { parseArgs } from '../args.js';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../command.js';
import { loadCodebookOrReport } from '../load-codebook.js';

export const codebookValidateCommand: CliCommand = {
  path: ['codebook', 'validate'],
  summary: 'check codebook files (YAML or JSON) and report every problem with its line',
  help: `usage: stance codebook validate FILE [FILE ...]

Checks each codebook against the codebook format (version 1): required and unknown keys,
ids, actor kinds, language tags, dates, duplicate ids and dangling references.

Prints "OK" with counts and the content digest for a valid file, or one line per problem
as FILE:LINE:COLUMN: PATH: MESSAGE. Exits 1 if any file is invalid.`,

  async run(args, io) {
    const { positionals } = parseArgs(args, { valued: [] });
    if (positionals.length === 0) throw new UsageError('give at least one codebook file');
    let failed = false;
    for (const file of positionals) {
      const codebook = await loadCodebookOrReport(file, io);
      if (!codebook) {
        failed = true;
        continue;
      }
      const actorTopics = codebook.topics.filter((t) => t.actor !== undefined).length;
      const roles = codebook.actors.reduce((n, a) => n + a.roles.length, 0);
      io.stdout.write(
        `OK ${file}: "${codebook.name}", ${codebook.actors.length} actors (${roles} roles), ` +
          `${codebook.topics.length} topics (${actorTopics} about actors), digest ${codebookDigest(codebook)}\n`,
      );
    }
    return failed ? EXIT_FAILED : EXIT_OK;
  },
};
