// Opens the files a command reads and writes, with `-` meaning stdin / stdout.
import { transcode } from 'node:buffer';
import { open } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import type { CliIo } from './command.js';

export const STDIO = '-';

/** Opens the input eagerly so a missing file fails before any output is created. */
export async function openInput(path: string, io: CliIo): Promise<Readable> {
  if (path === STDIO) return io.stdin;
  const handle = await open(path, 'r');
  return handle.createReadStream();
}

/**
 * The input as text, chunk by chunk, with no character cut between two chunks. Node 20's
 * `buffer.transcode` converts UTF-8 to UTF-16 with simdutf; a stream's own decoding (and
 * toString, TextDecoder) runs V8's scalar decoder, 1.1 G instructions over the 20 MB
 * news-ar corpus against 0.1 G. Invalid UTF-8 makes transcode throw, and such a chunk is
 * decoded the usual way, each bad byte sequence becoming U+FFFD.
 */
export async function* decodeUtf8(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  let held: Buffer | undefined;
  for await (const chunk of input) {
    if (typeof chunk === 'string') {
      if (held) yield held.toString('utf8');
      held = undefined;
      yield chunk;
      continue;
    }
    const bytes = held ? Buffer.concat([held, chunk]) : chunk;
    const cut = completeCharsLength(bytes);
    held = cut < bytes.length ? bytes.subarray(cut) : undefined;
    if (cut > 0) yield decodeBytes(bytes.subarray(0, cut));
  }
  if (held) yield held.toString('utf8');
}

/**
 * The lines of the input, ended as readline ends them (with crlfDelay: Infinity): by "\n",
 * "\r\n" (also when a chunk ends between the two) or a lone "\r"; a last line without an
 * end counts when it is not empty. readline passes each line through an event and a queue,
 * a quarter of a G instruction over the news-ar corpus.
 */
export async function* readLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  let partial = '';
  let afterReturn = false;
  for await (const chunk of decodeUtf8(input)) {
    let text: string = afterReturn && chunk.charCodeAt(0) === 0x0a ? chunk.slice(1) : chunk;
    afterReturn = text.endsWith('\r');
    text = partial + text;
    const ending = text.includes('\r') ? /\r\n|\n|\r/g : /\n/g;
    let start = 0;
    for (let m = ending.exec(text); m !== null; m = ending.exec(text)) {
      yield text.slice(start, m.index);
      start = m.index + m[0].length;
    }
    partial = text.slice(start);
  }
  if (partial !== '') yield partial;
}

function decodeBytes(bytes: Buffer): string {
  if (transcode === undefined) return bytes.toString('utf8'); // Node built without ICU
  try {
    return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return bytes.toString('utf8');
  }
}

/** The length of bytes without a UTF-8 character that the next chunk completes. */
function completeCharsLength(bytes: Buffer): number {
  const end = bytes.length;
  let i = end - 1;
  // Back over continuation bytes (10xxxxxx) to the lead byte of the last character.
  while (i >= 0 && i > end - 4 && (bytes[i]! & 0xc0) === 0x80) i--;
  if (i < 0) return end;
  const lead = bytes[i]!;
  const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i + size > end ? i : end;
}

export async function openOutput(path: string, io: CliIo): Promise<Writable> {
  if (path === STDIO) return io.stdout;
  const stream = createWriteStream(path, { encoding: 'utf8' });
  await once(stream, 'open');
  return stream;
}

/** Ends a file output and waits until it is on disk; stdout is left open for others. */
export async function closeOutput(stream: Writable, io: CliIo): Promise<void> {
  if (stream === io.stdout) return;
  stream.end();
  await once(stream, 'finish');
}

/**
 * Collects output lines and writes them in chunks: one write per line is slow on big runs.
 * A chunk goes out when it is large or when the lines already read have been handled
 * (setImmediate runs after the pending input is processed), so a pipe sees each result
 * promptly. Waiting for 'drain' keeps memory flat when the reader is slower than we are.
 */
export class BufferedWriter {
  private pending: string[] = [];
  private size = 0;
  private scheduled: NodeJS.Immediate | undefined;

  constructor(
    private readonly stream: Writable,
    private readonly chunkChars = 1 << 16,
  ) {}

  async writeLine(line: string): Promise<void> {
    this.pending.push(line, '\n');
    this.size += line.length + 1;
    if (this.size >= this.chunkChars) this.writePending();
    else this.scheduled ??= setImmediate(() => this.writePending());
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
  }

  async flush(): Promise<void> {
    this.writePending();
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
  }

  private writePending(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    this.stream.write(chunk);
  }
}
