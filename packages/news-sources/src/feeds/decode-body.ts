import { TextDecoder } from 'node:util';
import { NewsSourceError } from '../errors.js';

/**
 * Decodes feed bytes: BOM first, then the XML declaration's encoding, then the HTTP charset, then
 * UTF-8. Arabic sites still serve windows-1256, which Node's full ICU decodes.
 */
export function decodeBody(bytes: Uint8Array, httpCharset?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256));
  const declared = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  const label = declared ?? httpCharset ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch (cause) {
    throw new NewsSourceError(
      'FEED_UNSUPPORTED_ENCODING',
      `unsupported character encoding ${JSON.stringify(label)}`,
      { encoding: label },
      { cause },
    );
  }
  return decoder.decode(bytes);
}
