import { htmlToText, type ExtractedArticle, type FeedItem } from '@stance/news-sources';
import type { ArticleExtras } from '../articles/prepare-article.js';

const LANG_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** Feeds write "en-us", "ar_SA", "English": keep what is a language tag, drop the rest. */
export function normalizeLanguageTag(tag: string | undefined): string | undefined {
  const candidate = tag?.trim().replace(/_/g, '-');
  return candidate && LANG_TAG.test(candidate) ? candidate.toLowerCase() : undefined;
}

/** The item's own text: its full content when it carries one, else its summary. */
export function itemText(item: FeedItem): string {
  const content = item.contentHtml ? htmlToText(item.contentHtml) : '';
  return content.length >= item.summary.length ? content : item.summary;
}

/** An item whose text is shorter than this (a teaser) is read from its page instead. */
export function needsPage(item: FeedItem, minFullTextChars: number): boolean {
  return item.url !== null && itemText(item).length < minFullTextChars;
}

export interface ItemArticle {
  /** In the pushed article format; validated by the caller like any pushed article. */
  input: Record<string, unknown>;
  extras: ArticleExtras;
}

/**
 * An article from a feed item and, when the item was only a teaser, its extracted page. The
 * page wins for text; the item wins for metadata it states (feeds are more reliable on dates).
 */
export function itemToArticle(
  item: FeedItem,
  page: ExtractedArticle | undefined,
  feed: { source: string; lang?: string },
): ItemArticle {
  const pageText = page?.text ?? '';
  const ownText = itemText(item);
  const text = pageText.length > ownText.length ? pageText : ownText;
  const lang =
    normalizeLanguageTag(item.lang) ?? normalizeLanguageTag(page?.lang) ?? normalizeLanguageTag(feed.lang);
  const publishedAt = item.publishedAt ?? page?.publishedAt;
  const author = item.author ?? page?.author;
  return {
    input: {
      text,
      title: item.title || page?.title || '',
      source: feed.source,
      ...(item.url !== null && { url: item.url }),
      ...(lang !== undefined && { lang }),
      ...(publishedAt !== undefined && { published_at: publishedAt }),
    },
    extras: {
      ...(author !== undefined && { author }),
      ...(page?.canonicalUrl !== undefined && { canonicalUrl: page.canonicalUrl }),
    },
  };
}
