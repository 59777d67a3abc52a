import { NewsSourceError } from '../errors.js';
import type { FeedItem, ParsedFeed } from './feed-types.js';
import {
  collapseSpaces,
  buildFeedItem,
  optional,
  resolveLink,
  summaryText,
  toIsoDate,
} from './feed-fields.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const stringField = (object: Json, key: string): string | undefined => {
  const value = object[key];
  return typeof value === 'string' ? value : undefined;
};

/** JSON Feed 1.1 `authors` array, or 1.0's single `author`. */
function authorName(object: Json): string | undefined {
  const authors = Array.isArray(object['authors']) ? object['authors'] : [object['author']];
  const names = authors
    .filter(isObject)
    .map((author) => optional(stringField(author, 'name')))
    .filter((name) => name !== undefined);
  return names.length > 0 ? names.join(', ') : undefined;
}

function jsonItem(
  item: unknown,
  position: number,
  base: string | undefined,
  feedLang: string | undefined,
): FeedItem {
  if (!isObject(item))
    throw new NewsSourceError('FEED_MALFORMED', `JSON Feed items[${position}] is not an object`);
  const rawId = item['id'];
  // The spec requires a string id; numbers are common in the wild and are unambiguous.
  const id =
    typeof rawId === 'string' ? optional(rawId) : typeof rawId === 'number' ? String(rawId) : undefined;
  const url = resolveLink(stringField(item, 'url') ?? stringField(item, 'external_url'), base);
  const title = collapseSpaces(stringField(item, 'title'));
  const contentHtml = optional(stringField(item, 'content_html'));
  const summary =
    summaryText(stringField(item, 'summary')) ||
    collapseSpaces(stringField(item, 'content_text')) ||
    summaryText(contentHtml);
  const author = authorName(item);
  const publishedAt = toIsoDate(stringField(item, 'date_published') ?? stringField(item, 'date_modified'));
  const lang = optional(stringField(item, 'language')) ?? feedLang;
  return buildFeedItem({ id, url, title, summary, contentHtml, author, publishedAt, lang });
}

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
export function parseJsonFeed(text: string, base: string | undefined): ParsedFeed {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (cause) {
    throw new NewsSourceError('FEED_MALFORMED', `not valid JSON: ${(cause as Error).message}`, {}, { cause });
  }
  if (!isObject(document)) throw new NewsSourceError('FEED_MALFORMED', 'JSON Feed must be an object');
  const version = stringField(document, 'version');
  if (!version?.startsWith('https://jsonfeed.org/version/')) {
    throw new NewsSourceError(
      'FEED_UNKNOWN_FORMAT',
      `JSON document has no JSON Feed "version" (got ${JSON.stringify(document['version'])})`,
    );
  }
  if (!Array.isArray(document['items']))
    throw new NewsSourceError('FEED_MALFORMED', 'JSON Feed has no "items" array');
  const lang = optional(stringField(document, 'language'));
  const homeUrl = resolveLink(stringField(document, 'home_page_url'), base);
  return {
    format: 'json',
    title: collapseSpaces(stringField(document, 'title')),
    ...(homeUrl !== null && { homeUrl }),
    ...(lang !== undefined && { lang }),
    items: document['items'].map((item, position) => jsonItem(item, position, base, lang)),
  };
}
