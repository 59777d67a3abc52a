export type FeedFormat = 'rss' | 'atom' | 'json';

export interface FeedItem {
  /** Stable identity of the item within its feed: guid/id, else its URL, else a hash of title and summary. */
  guid: string;
  /** Absolute article URL, or null when the item has none. */
  url: string | null;
  title: string;
  /** Plain-text summary (markup removed). */
  summary: string;
  contentHtml?: string;
  author?: string;
  /** ISO-8601 UTC. */
  publishedAt?: string;
  /** Language tag as the feed states it (item level, else feed level). */
  lang?: string;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  homeUrl?: string;
  lang?: string;
  items: FeedItem[];
}

export interface ParseFeedOptions {
  /** Refuse larger documents (default 5 MiB). */
  maxBytes?: number;
  /** URL the feed was fetched from: relative links resolve against it. */
  baseUrl?: string;
  /** Name used in error messages (defaults to baseUrl or "feed"). */
  sourceName?: string;
}
