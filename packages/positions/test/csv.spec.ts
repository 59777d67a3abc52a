import { describe, expect, it } from '@jest/globals';
import { toCsv } from '../src/index.js';

/** Minimal RFC 4180 reader used to prove the output round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('toCsv', () => {
  const rows = [
    {
      actor: 'مقتدى الصدر',
      note: 'said "no", then left',
      score: -0.5,
      at: new Date('2024-01-02T03:04:05Z'),
      live: true,
    },
    { actor: '=HYPERLINK("http://x")', note: 'line1\nline2', score: 0.25, at: null, live: false },
    { actor: '+cmd|calc', note: '-2+3', score: 1, at: undefined, live: true },
    { actor: '@SUM(A1)', note: '\tTAB', score: Number.NaN, at: null, live: false },
  ];

  it('quotes per RFC 4180 with CRLF line ends and round-trips Arabic text', () => {
    const csv = toCsv(rows, ['actor', 'note', 'score', 'at', 'live']);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed[0]).toEqual(['actor', 'note', 'score', 'at', 'live']);
    expect(parsed[1]).toEqual([
      'مقتدى الصدر',
      'said "no", then left',
      '-0.5',
      '2024-01-02T03:04:05.000Z',
      'true',
    ]);
    expect(parsed[2]![1]).toBe('line1\nline2');
    expect(csv).toContain('"said ""no"", then left"');
  });

  it('neutralises text that a spreadsheet would run as a formula, but leaves numbers alone', () => {
    const parsed = parseCsv(toCsv(rows, ['actor', 'note', 'score']));
    expect(parsed[2]![0]).toBe(`'=HYPERLINK("http://x")`);
    expect(parsed[3]![0]).toBe("'+cmd|calc");
    expect(parsed[3]![1]).toBe("'-2+3");
    expect(parsed[4]![0]).toBe("'@SUM(A1)");
    expect(parsed[4]![1]).toBe("'\tTAB");
    expect(parsed[1]![2]).toBe('-0.5');
    expect(parsed[4]![2]).toBe('');
  });

  it('supports accessor columns, a BOM for spreadsheet programs, and rejects unformattable cells', () => {
    const csv = toCsv(
      rows.slice(0, 1),
      [
        { header: 'الفاعل', value: (r) => r.actor },
        { header: 'pct', value: (r) => Math.round(r.score * 100) },
      ],
      { bom: true },
    );
    expect(csv).toBe('\uFEFFالفاعل,pct\r\nمقتدى الصدر,-50\r\n');
    expect(() => toCsv([{ nested: { a: 1 } }], ['nested'])).toThrow(/column "nested" holds a object/);
    expect(() => toCsv(rows, [])).toThrow(/at least one column/);
  });
});
