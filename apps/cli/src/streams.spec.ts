import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { readLines } from './streams.js';

async function viaReadline(chunks: Buffer[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity }))
    lines.push(line);
  return lines;
}

async function viaReadLines(chunks: Buffer[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of readLines(Readable.from(chunks))) lines.push(line);
  return lines;
}

/** The text's UTF-8 bytes cut every `size` bytes, through characters and line ends. */
function cut(text: string | Buffer, size: number): Buffer[] {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return chunks;
}

describe('readLines (the extract input)', () => {
  const texts = [
    '{"id":"a1","text":"قال وزير الخارجية العراقي إن بغداد ترفض أي تدخل"}\n{"id":"a2","text":"x"}\n',
    'a\r\nb\rc\n\nd',
    '\uFEFFسلام\r\n\r\n😀 news\r',
    'no end of line',
  ];

  it.each(texts)('gives the lines readline gives, however the bytes are cut: %j', async (text) => {
    for (const size of [1, 2, 3, 5, 64]) {
      expect(await viaReadLines(cut(text, size))).toEqual(await viaReadline(cut(text, size)));
    }
  });

  it('decodes invalid UTF-8 as readline does, with U+FFFD', async () => {
    const bytes = Buffer.from([0x61, 0xff, 0x0a, 0xd8, 0xb3, 0xd8, 0x0a, 0xe0, 0x80, 0x0a]);
    for (const size of [1, 4, 64]) {
      expect(await viaReadLines(cut(bytes, size))).toEqual(await viaReadline(cut(bytes, size)));
    }
    expect(await viaReadLines([bytes])).toEqual(['a\ufffd', 'س\ufffd', '\ufffd\ufffd']);
  });
});
