import type { FeedItem } from './feed-types.js';
import { createHash } from 'node:crypto';
import { htmlToText } from '../extract/html-to-text.js';

/** Absolute http(s) URL or null: feeds carry relative links, javascript: links and junk. */
export function resolveLink(link: string | undefined, base: string | undefined): string | null {
  const trimmed = link?.trim();
  if (!trimmed) return null;
  try {
    const resolved = new URL(trimmed, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

/** RFC 822 (RSS) and RFC 3339 (Atom, JSON Feed) dates to ISO-8601 UTC; unparsable dates are dropped, not guessed. */
export function toIsoDate(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export function collapseSpaces(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** Summaries arrive as HTML in most feeds; items keep plain text. */
export function summaryText(html: string | undefined): string {
  const value = html?.trim();
  if (!value) return '';
  return /<[a-z!/]/i.test(value) || /&[#a-z0-9]+;/i.test(value)
    ? collapseSpaces(htmlToText(value))
    : collapseSpaces(value);
}

/** Identity fallback for items without guid and link, stable across polls as long as the item is unchanged. */
export function fallbackGuid(title: string, summary: string): string {
  return `sha256:${createHash('sha256').update(`${title}\n${summary}`).digest('hex')}`;
}

export function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The parts every feed format yields for an item; `buildFeedItem` fills in the rest. */
export interface FeedItemFields {
  /** The format's own identifier (RSS guid, Atom id, JSON Feed id), if any. */
  id: string | undefined;
  url: string | null;
  title: string;
  summary: string;
  contentHtml: string | undefined;
  author: string | undefined;
  publishedAt: string | undefined;
  lang: string | undefined;
}

/** One item in the shape every format shares: a stable guid and only the fields present. */
export function buildFeedItem(f: FeedItemFields): FeedItem {
  return {
    guid: f.id ?? f.url ?? fallbackGuid(f.title, f.summary),
    url: f.url,
    title: f.title,
    summary: f.summary,
    ...(f.contentHtml !== undefined && f.contentHtml !== '' && { contentHtml: f.contentHtml }),
    ...(f.author !== undefined && { author: f.author }),
    ...(f.publishedAt !== undefined && { publishedAt: f.publishedAt }),
    ...(f.lang !== undefined && { lang: f.lang }),
  };
}
