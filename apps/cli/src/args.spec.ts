import { parseArgs, requireOption, wantsHelp } from './args.js';
import { UsageError } from './command.js';

const SPEC = { valued: ['codebook', 'in', 'out'], flags: ['verbose'] };

describe('parseArgs', () => {
  it('reads "--name value", "--name=value", flags and positionals', () => {
    const parsed = parseArgs(['--codebook', 'cb.yaml', '--in=a.jsonl', '--verbose', 'extra', '-'], SPEC);
    expect([...parsed.options]).toEqual([
      ['codebook', 'cb.yaml'],
      ['in', 'a.jsonl'],
    ]);
    expect([...parsed.flags]).toEqual(['verbose']);
    expect(parsed.positionals).toEqual(['extra', '-']);
  });

  it('takes everything after "--" as positionals', () => {
    expect(parseArgs(['--', '--in', 'x'], SPEC).positionals).toEqual(['--in', 'x']);
  });

  it.each([
    [['--colour', 'red'], 'unknown option --colour'],
    [['--in'], 'option --in needs a value'],
    [['--in='], 'option --in needs a value'],
    [['--in', 'a', '--in', 'b'], 'option --in given twice'],
    [['--verbose=yes'], 'option --verbose takes no value'],
  ])('rejects %j', (args, message) => {
    expect(() => parseArgs(args, SPEC)).toThrow(new UsageError(message));
  });

  it('requires options by name', () => {
    expect(requireOption(parseArgs(['--in', 'a'], SPEC), 'in')).toBe('a');
    expect(() => requireOption(parseArgs([], SPEC), 'codebook')).toThrow(
      'missing required option --codebook',
    );
  });

  it('detects help requests', () => {
    expect(wantsHelp(['x', '--help'])).toBe(true);
    expect(wantsHelp(['-h'])).toBe(true);
    expect(wantsHelp(['--in', 'help'])).toBe(false);
  });
});
