// Opens the files a command reads and writes, with `-` meaning stdin / stdout.
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
  return handle.createReadStream({ encoding: 'utf8' });
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
