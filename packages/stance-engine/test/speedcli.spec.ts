// The codebook compile's tables, rebuilt without Maps (speedcli): the scan must report the
// same matches in the same order as before, since the analyser reads them in that order.
import { buildAutomaton } from '../src/match/aho-corasick.js';
import { foldString, normalizeText } from '../src/text/normalize.js';

function matches(patterns: string[], text: string): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  buildAutomaton(patterns).scan(text, (p, s, e) => out.push([p, s, e]));
  return out;
}

describe('automaton tables (speedcli)', () => {
  it('reports matches ending together in pattern order, then along the failure chain', () => {
    // A pattern listed twice (as the compile does for the "لل" spelling) is reported twice.
    const patterns = ['القوات الأميركية', 'القوات', 'ات', 'القوات', 'الأميركية', 'ية', ''];
    expect(matches(patterns, 'انسحاب القوات الأميركية من العراق')).toEqual([
      [1, 7, 13],
      [3, 7, 13],
      [2, 11, 13],
      [0, 7, 23],
      [4, 14, 23],
      [5, 21, 23],
    ]);
    expect(buildAutomaton(patterns).stateCount).toBe(27);
  });

  it('builds an automaton of no patterns', () => {
    expect(matches([], 'نص')).toEqual([]);
    expect(buildAutomaton([]).stateCount).toBe(1);
  });
});

describe('fold table and foldString (speedcli)', () => {
  it('folds as normalizeText does, for short and long strings alike', () => {
    const text = 'وأعلنت «الخارجية» الإيرانية، في بيان — رفضها ERDOĞAN\u064e\u0640 ١٢٣';
    expect(foldString(text)).toBe(normalizeText(text).text.trim());
    expect(foldString(text)).toBe('واعلنت الخارجيه الايرانيه, في بيان , رفضها erdogan 123');
    const long = `${text} `.repeat(40);
    expect(foldString(long)).toBe(normalizeText(long).text.trim());
    expect(foldString('')).toBe('');
  });
});
