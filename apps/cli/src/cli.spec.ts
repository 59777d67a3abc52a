import { PassThrough } from 'node:stream';
import { findCommand, formatCommandList, runCli } from './cli.js';
import { UsageError, type CliCommand, type CliIo } from './command.js';

function fakeCommand(path: string[], run: CliCommand['run'] = async () => 0): CliCommand {
  return { path, summary: `does ${path.join(' ')}`, help: `usage: stance ${path.join(' ')}`, run };
}

function memoryIo(): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  return { stdin: new PassThrough(), stdout, stderr, out: () => out, err: () => err };
}

describe('command registry dispatch', () => {
  const seen: string[][] = [];
  const commands = [
    fakeCommand(['extract'], async (args) => {
      seen.push(args);
      return 0;
    }),
    fakeCommand(['codebook', 'validate']),
    fakeCommand(['codebook', 'import']),
    fakeCommand(['fail'], async () => {
      throw new UsageError('bad call');
    }),
  ];

  it('finds the command with the longest matching words', () => {
    expect(findCommand(commands, ['codebook', 'validate', 'x.yaml'])?.path).toEqual(['codebook', 'validate']);
    expect(findCommand(commands, ['codebook'])).toBeUndefined();
    expect(findCommand(commands, ['extractor'])).toBeUndefined();
  });

  it('passes the remaining arguments to the command', async () => {
    const io = memoryIo();
    expect(await runCli(commands, ['extract', '--in', 'a'], io)).toBe(0);
    expect(seen.at(-1)).toEqual(['--in', 'a']);
  });

  it('lists a group of commands when only the group word is given', async () => {
    const io = memoryIo();
    expect(await runCli(commands, ['codebook'], io)).toBe(2);
    expect(io.out()).toContain('codebook validate');
    expect(io.out()).toContain('codebook import');
    expect(io.out()).not.toContain('extract ');
  });

  it('turns a usage error into exit 2 with the command help', async () => {
    const io = memoryIo();
    expect(await runCli(commands, ['fail'], io)).toBe(2);
    expect(io.err()).toBe('stance fail: bad call\n\nusage: stance fail\n');
  });

  it('formats a command list aligned by command name', () => {
    const text = formatCommandList(commands);
    expect(text).toContain('  extract            does extract');
    expect(text).toContain('  codebook validate  does codebook validate');
  });
});
