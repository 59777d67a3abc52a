import type { IncomingMessage } from 'node:http';
import { DomainError } from '@stance/errors';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a JSON request body with a byte limit, strict UTF-8 and a parse error that says where.
 * Express's own parser is off in our services because it silently replaces invalid UTF-8.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const text = await readUtf8Body(req, maxBytes, /application\/(.+\+)?json/);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DomainError('BODY_NOT_JSON', `request body is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads a UTF-8 text body of an allowed media type, refusing it early when over the limit. */
export async function readUtf8Body(
  req: IncomingMessage,
  maxBytes: number,
  mediaType: RegExp,
): Promise<string> {
  const contentType = String(req.headers['content-type'] ?? '');
  if (!mediaType.test(contentType)) {
    throw new DomainError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Content-Type must match ${mediaType.source}, got ${contentType ? `"${contentType}"` : 'none'}`,
    );
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume(); // discard without buffering so the connection can answer
    throw new DomainError(
      'BODY_TOO_LARGE',
      `request body is ${declared} bytes; the limit is ${maxBytes} bytes`,
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      req.resume();
      throw new DomainError('BODY_TOO_LARGE', `request body exceeds the limit of ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  try {
    return utf8.decode(Buffer.concat(chunks, size));
  } catch {
    throw new DomainError('BODY_NOT_UTF8', 'request body is not valid UTF-8');
  }
}
