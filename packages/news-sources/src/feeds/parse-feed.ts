import { NewsSourceError } from '../errors.js';
import { decodeBody } from './decode-body.js';
import type { ParsedFeed, ParseFeedOptions } from './feed-types.js';
import { parseJsonFeed } from './parse-json-feed.js';
import { xmlTreeToFeed } from './parse-xml-feed.js';
import { parseXmlTree } from './xml-tree.js';

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const MAX_XML_DEPTH = 64;

/**
 * Parses an RSS 2.0 / RSS 1.0, Atom 1.0 or JSON Feed 1.x document, telling them apart by content.
 * Errors carry codes: FEED_TOO_LARGE, FEED_MALFORMED (with line), FEED_DTD_FORBIDDEN,
 * FEED_UNKNOWN_FORMAT, FEED_UNSUPPORTED_ENCODING.
 */
export function parseFeed(body: string | Uint8Array, options: ParseFeedOptions = {}): ParsedFeed {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;
  const sourceName = options.sourceName ?? options.baseUrl ?? 'feed';
  if (size > maxBytes) {
    throw new NewsSourceError(
      'FEED_TOO_LARGE',
      `${sourceName}: feed is ${size} bytes, over the ${maxBytes}-byte limit`,
      { size, maxBytes },
    );
  }
  const text = (typeof body === 'string' ? body : decodeBody(body)).replace(/^\uFEFF/, '');
  const start = text.trimStart()[0];
  if (start === '{') return parseJsonFeed(text, options.baseUrl);
  if (start !== '<') {
    throw new NewsSourceError(
      'FEED_UNKNOWN_FORMAT',
      `${sourceName}: neither XML nor JSON (starts with ${JSON.stringify(text.trimStart().slice(0, 20))})`,
    );
  }
  return xmlTreeToFeed(parseXmlTree(text, { maxDepth: MAX_XML_DEPTH }, sourceName), options.baseUrl);
}
