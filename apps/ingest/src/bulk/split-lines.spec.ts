import { splitLines, type RawLine } from './split-lines.js';

async function collect(
  pieces: string[],
  maxLineBytes = 100,
  maxTotalBytes = 10_000,
): Promise<Array<[number, string]>> {
  async function* source() {
    for (const p of pieces) yield Buffer.from(p);
  }
  const out: Array<[number, string]> = [];
  for await (const raw of splitLines(source(), { maxLineBytes, maxTotalBytes })) {
    out.push([
      raw.line,
      'tooLong' in raw
        ? `<too long ${(raw as Extract<RawLine, { tooLong: true }>).size}>`
        : raw.bytes.toString(),
    ]);
  }
  return out;
}

describe('splitLines', () => {
  it('numbers lines across chunk boundaries, with CRLF and without a final newline', async () => {
    expect(await collect(['ab', 'c\r\nde\n\nf', 'g'])).toEqual([
      [1, 'abc'],
      [2, 'de'],
      [3, ''],
      [4, 'fg'],
    ]);
  });

  it('reports an over-long line and carries on with the next', async () => {
    expect(await collect(['12345', '6789\nok\n'], 6)).toEqual([
      [1, '<too long 9>'],
      [2, 'ok'],
    ]);
  });

  it('refuses more than the total limit, naming the line it reached', async () => {
    await expect(collect(['a\nb\n', 'cccc\n'], 100, 6)).rejects.toMatchObject({
      code: 'BODY_TOO_LARGE',
      message: /at line 3/,
    });
  });
});
