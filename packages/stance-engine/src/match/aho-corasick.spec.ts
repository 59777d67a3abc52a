import { buildAutomaton } from './aho-corasick.js';

function all(patterns: string[], text: string): string[] {
  const out: string[] = [];
  buildAutomaton(patterns).scan(text, (p, s, e) => out.push(`${patterns[p]}@${s}-${e}`));
  return out.sort();
}

describe('Aho-Corasick automaton', () => {
  it('reports overlapping and nested matches with exact offsets', () => {
    expect(all(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['he@2-4', 'hers@2-6', 'she@1-4']);
  });

  it('matches Arabic multi-word patterns including ones that share prefixes', () => {
    const text = 'طالبت الفصائل بانسحاب القوات الأميركية';
    expect(all(['انسحاب القوات الأميركية', 'القوات الأميركية', 'القوات'], text)).toEqual([
      'القوات الأميركية@22-38',
      'القوات@22-28',
      'انسحاب القوات الأميركية@15-38',
    ]);
  });

  it('follows failure links after a partial match', () => {
    expect(all(['abcd', 'bce'], 'abce')).toEqual(['bce@1-4']);
  });

  it('counts states for the trie it built', () => {
    expect(buildAutomaton(['ab', 'ac']).stateCount).toBe(4);
  });
});
