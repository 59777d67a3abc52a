import { parseBulkLine } from './parse-bulk-line.js';

const parse = (text: string | Buffer, line = 2) =>
  parseBulkLine({ line, bytes: Buffer.isBuffer(text) ? text : Buffer.from(text) }, 1000);

describe('parseBulkLine', () => {
  it('accepts an article and strips a BOM on the first line', () => {
    expect(parse('\uFEFF{"id":"a","text":"نص"}', 1)).toEqual({
      line: 1,
      ok: true,
      article: { id: 'a', text: 'نص' },
    });
  });

  it.each([
    ['{"id": 1, "text": "x"}', /id:/],
    ['{"text": "x"', /not valid JSON/],
    ['[{"text": "x"}]', /one article object/],
    ['{"title": "no text"}', /text/],
  ])('explains what is wrong with %s', (text, message) => {
    const parsed = parse(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok === false && parsed.error).toMatch(message);
  });

  it('refuses invalid UTF-8 and reports over-long lines', () => {
    expect(parse(Buffer.from([0x7b, 0xc3, 0x28, 0x7d]))).toMatchObject({ ok: false, error: /UTF-8/ });
    expect(parseBulkLine({ line: 4, tooLong: true, size: 2000 }, 1000)).toMatchObject({
      line: 4,
      ok: false,
      error: /1000 bytes/,
    });
  });

  it('skips blank lines', () => {
    expect(parse('   ')).toEqual({ line: 2, ok: 'blank' });
  });
});
