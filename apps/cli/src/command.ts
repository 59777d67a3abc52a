import type { Readable, Writable } from 'node:stream';

/** The process streams a command uses; passed in so commands never reach for globals. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/**
 * One `stance` command. Add a command by writing a module that exports one of these and
 * listing it in commands/index.ts; the dispatcher and help pick it up from there.
 */
export interface CliCommand {
  /** Words that select the command, e.g. ['codebook', 'validate']. */
  path: readonly string[];
  /** One line for the command list. */
  summary: string;
  /** Full help text shown by `stance <command> --help`. */
  help: string;
  /** Runs with the arguments after the command words; resolves to the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

export const EXIT_OK = 0;
/** The command ran but found problems (bad input lines, an invalid codebook). */
export const EXIT_FAILED = 1;
/** The command line itself was wrong. */
export const EXIT_USAGE = 2;

/** A mistake in how the command was called; reported with the command's usage. */
export class UsageError extends Error {
  readonly code = 'CLI_USAGE';

  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
