// Dispatches `stance <command words> [args]` to the registered command.
import { EXIT_OK, EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './command.js';
import { wantsHelp } from './args.js';

const PROGRAM = 'stance';

/** Finds the command whose words match the longest prefix of argv. */
export function findCommand(
  commands: readonly CliCommand[],
  argv: readonly string[],
): CliCommand | undefined {
  let best: CliCommand | undefined;
  for (const command of commands) {
    const matches = command.path.every((word, i) => argv[i] === word);
    if (matches && command.path.length > (best?.path.length ?? 0)) best = command;
  }
  return best;
}

/** Lists the commands under a group of words (all of them for an empty group). */
export function formatCommandList(commands: readonly CliCommand[], group: readonly string[] = []): string {
  const shown = commands.filter((c) => group.every((word, i) => c.path[i] === word));
  const width = Math.max(0, ...shown.map((c) => c.path.join(' ').length));
  const rows = shown.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`);
  const heading = group.length ? `${PROGRAM} ${group.join(' ')} <command>` : `${PROGRAM} <command> [options]`;
  return [
    `usage: ${heading}`,
    '',
    'Tracks who stands where on what in Arabic and English news.',
    '',
    'commands:',
    ...rows,
    '',
    `Run "${PROGRAM} <command> --help" for a command's options.`,
  ].join('\n');
}

function isGroupPrefix(commands: readonly CliCommand[], argv: readonly string[]): boolean {
  const words = argv.filter((a) => !a.startsWith('-'));
  return (
    words.length > 0 &&
    commands.some((c) => c.path.length > words.length && words.every((w, i) => c.path[i] === w))
  );
}

export async function runCli(
  commands: readonly CliCommand[],
  argv: readonly string[],
  io: CliIo,
): Promise<number> {
  const command = findCommand(commands, argv);
  if (!command) {
    if (argv.length === 0 || (argv.length === 1 && wantsHelp(argv))) {
      io.stdout.write(formatCommandList(commands) + '\n');
      return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
    }
    if (isGroupPrefix(commands, argv)) {
      const group = argv.filter((a) => !a.startsWith('-'));
      io.stdout.write(formatCommandList(commands, group) + '\n');
      return wantsHelp(argv) ? EXIT_OK : EXIT_USAGE;
    }
    io.stderr.write(`${PROGRAM}: unknown command "${argv.join(' ')}"\n\n${formatCommandList(commands)}\n`);
    return EXIT_USAGE;
  }
  const rest = argv.slice(command.path.length);
  if (wantsHelp(rest)) {
    io.stdout.write(command.help.trimEnd() + '\n');
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`${PROGRAM} ${command.path.join(' ')}: ${err.message}\n\n${command.help.trimEnd()}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}
