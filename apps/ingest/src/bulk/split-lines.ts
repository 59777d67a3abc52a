import { DomainError } from '@stance/errors';

export type RawLine =
  | { line: number; bytes: Buffer }
  /** The line was longer than allowed; its bytes were skipped, not buffered. */
  | { line: number; tooLong: true; size: number };

export interface SplitLimits {
  maxLineBytes: number;
  maxTotalBytes: number;
}

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into numbered lines (1-based, "\n" or "\r\n") as it arrives, holding at
 * most one line in memory: an over-long line is reported and skipped to its end. More than
 * `maxTotalBytes` in all throws BODY_TOO_LARGE.
 */
export async function* splitLines(
  source: AsyncIterable<Buffer | Uint8Array>,
  limits: SplitLimits,
): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let skipping = false;
  let line = 1;
  let total = 0;
  const finish = (bytes: Buffer): RawLine => {
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    return { line, bytes: bytes.subarray(0, end) };
  };
  for await (const piece of source) {
    const chunk = Buffer.isBuffer(piece)
      ? piece
      : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    total += chunk.length;
    if (total > limits.maxTotalBytes) {
      throw new DomainError(
        'BODY_TOO_LARGE',
        `bulk upload exceeds the limit of ${limits.maxTotalBytes} bytes (at line ${line})`,
      );
    }
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline < 0 ? chunk.length : newline;
      const part = chunk.subarray(start, end);
      if (!skipping) {
        pendingSize += part.length;
        if (pendingSize > limits.maxLineBytes) {
          skipping = true;
          pending = [];
        } else if (part.length > 0) pending.push(part);
      } else pendingSize += part.length;
      if (newline < 0) break;
      yield skipping
        ? { line, tooLong: true, size: pendingSize }
        : finish(Buffer.concat(pending, pendingSize));
      line++;
      pending = [];
      pendingSize = 0;
      skipping = false;
      start = newline + 1;
    }
  }
  if (skipping) yield { line, tooLong: true, size: pendingSize };
  else if (pendingSize > 0) yield finish(Buffer.concat(pending, pendingSize));
}
