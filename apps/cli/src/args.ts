import { UsageError } from './command.js';

export interface ParsedArgs {
  options: Map<string, string>;
  flags: Set<string>;
  positionals: string[];
}

export interface ArgSpec {
  /** Options that take a value: `--name VALUE` or `--name=VALUE`. */
  valued: readonly string[];
  /** Options without a value. */
  flags?: readonly string[];
}

/**
 * Parses `--option value` style arguments. A lone `-` is a positional (it means stdin or
 * stdout), and `--` ends option parsing.
 */
export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs {
  const options = new Map<string, string>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  const flagNames = spec.flags ?? [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--?/, '');
    if (flagNames.includes(name)) {
      if (eq >= 0) throw new UsageError(`option --${name} takes no value`);
      flags.add(name);
      continue;
    }
    if (!spec.valued.includes(name))
      throw new UsageError(`unknown option ${arg.slice(0, eq >= 0 ? eq : undefined)}`);
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') throw new UsageError(`option --${name} needs a value`);
    if (options.has(name)) throw new UsageError(`option --${name} given twice`);
    options.set(name, value);
  }
  return { options, flags, positionals };
}

export function requireOption(parsed: ParsedArgs, name: string): string {
  const value = parsed.options.get(name);
  if (value === undefined) throw new UsageError(`missing required option --${name}`);
  return value;
}

export function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}
