import { parseArgs } from '../args.js';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliCommand } from '../command.js';
import { loadOrReport } from '../load-codebook.js';

export const codebookValidateCommand: CliCommand = {
  path: ['codebook', 'validate'],
  summary: 'check codebook files (YAML or JSON) and report every problem with its line',
  help: `usage: stance codebook validate [--strict] FILE [FILE ...]

Checks each codebook against the codebook format (version 1): required and unknown keys,
ids, actor kinds, language tags, dates, duplicate ids and dangling references.

Prints "OK" with counts and the content digest for a valid file, or one line per problem
as FILE:LINE:COLUMN: PATH: MESSAGE. Exits 1 if any file is invalid.

Also warns (on stderr, as FILE:LINE:COLUMN: warning: ...) about valid but doubtful
entries: a name given to two actors, two holders of one role title on the same dates, a
topic phrase that is also an actor name.

options:
  --strict   treat warnings as errors (exit 1)`,

  async run(args, io) {
    const { positionals, flags } = parseArgs(args, { valued: [], flags: ['strict'] });
    if (positionals.length === 0) throw new UsageError('give at least one codebook file');
    // Imported here, not at the top: every other command would load the YAML parser too.
    const { codebookDigest, formatIssue, loadCodebookFileWithWarnings } = await import('@stance/codebook');
    let failed = false;
    for (const file of positionals) {
      const loaded = await loadOrReport(file, io, loadCodebookFileWithWarnings);
      if (!loaded) {
        failed = true;
        continue;
      }
      const { codebook, warnings } = loaded;
      for (const warning of warnings)
        io.stderr.write(formatIssue({ ...warning, path: `warning: ${warning.path}` }) + '\n');
      if (flags.has('strict') && warnings.length > 0) failed = true;
      const actorTopics = codebook.topics.filter((t) => t.actor !== undefined).length;
      const roles = codebook.actors.reduce((n, a) => n + a.roles.length, 0);
      const warned = warnings.length > 0 ? `, ${warnings.length} warning(s)` : '';
      io.stdout.write(
        `OK ${file}: "${codebook.name}", ${codebook.actors.length} actors (${roles} roles), ` +
          `${codebook.topics.length} topics (${actorTopics} about actors)${warned}, digest ${codebookDigest(codebook)}\n`,
      );
    }
    return failed ? EXIT_FAILED : EXIT_OK;
  },
};
