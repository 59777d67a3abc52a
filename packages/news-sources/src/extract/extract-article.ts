import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { NewsSourceError } from '../errors.js';
import { collapseSpaces, resolveLink, toIsoDate } from '../feeds/feed-fields.js';
import { nodeToText } from './html-to-text.js';

export interface ExtractedArticle {
  title: string;
  /** Main text, one paragraph per line. */
  text: string;
  author?: string;
  /** ISO-8601 UTC. */
  publishedAt?: string;
  /** From <link rel=canonical>, else og:url; absolute http(s). */
  canonicalUrl?: string;
  /** Language tag from <html lang>, Content-Language or og:locale. */
  lang?: string;
  siteName?: string;
  excerpt?: string;
}

export interface ExtractArticleOptions {
  /** The page's URL: relative canonical links resolve against it. */
  url?: string;
  /** Refuse larger pages (default 5 MiB): DOM building is memory-hungry. */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

interface QueryableDocument {
  documentElement: { getAttribute(name: string): string | null } | null;
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

function attribute(document: QueryableDocument, selector: string, name: string): string | undefined {
  const value = document.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : undefined;
}

/** Metadata read before Readability runs, because Readability rewrites the document. */
function readPageMetadata(document: QueryableDocument, pageUrl: string | undefined) {
  const canonical =
    resolveLink(attribute(document, 'link[rel~="canonical"]', 'href'), pageUrl) ??
    resolveLink(attribute(document, 'meta[property="og:url"]', 'content'), pageUrl);
  const locale = attribute(document, 'meta[property="og:locale"]', 'content')?.replace('_', '-');
  const lang =
    document.documentElement?.getAttribute('lang')?.trim() ||
    attribute(document, 'meta[http-equiv="content-language" i]', 'content') ||
    locale;
  const published =
    attribute(document, 'meta[property="article:published_time"]', 'content') ??
    attribute(document, 'meta[itemprop="datePublished"]', 'content') ??
    attribute(document, 'meta[name="pubdate"]', 'content') ??
    attribute(document, 'time[datetime]', 'datetime');
  return {
    canonicalUrl: canonical ?? undefined,
    lang: lang || undefined,
    published,
    author: attribute(document, 'meta[name="author"]', 'content'),
    ogTitle: attribute(document, 'meta[property="og:title"]', 'content'),
  };
}

function cleanByline(byline: string | null | undefined): string | undefined {
  const value = collapseSpaces(byline ?? '').replace(/^(by|بقلم|كتب)\s*:?\s+/i, '');
  return value === '' ? undefined : value;
}

/**
 * Main text and metadata of an article page, using Mozilla Readability over a linkedom DOM.
 * Throws ARTICLE_TOO_LARGE, or ARTICLE_NO_CONTENT when no article body can be found.
 */
export function extractArticle(html: string, options: ExtractArticleOptions = {}): ExtractedArticle {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = Buffer.byteLength(html, 'utf8');
  const name = options.url ?? 'page';
  if (size > maxBytes) {
    throw new NewsSourceError(
      'ARTICLE_TOO_LARGE',
      `${name}: page is ${size} bytes, over the ${maxBytes}-byte limit`,
      { size, maxBytes },
    );
  }
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document as unknown as QueryableDocument, options.url);
  // The serializer hands back the DOM node, so paragraphs can become lines instead of running together.
  const article = new Readability<unknown>(document as never, {
    serializer: (node: unknown) => node,
  }).parse();
  const text = article?.content ? nodeToText(article.content) : '';
  if (!article || text === '') {
    throw new NewsSourceError('ARTICLE_NO_CONTENT', `${name}: no article text found`);
  }
  const title = collapseSpaces(article.title ?? '') || metadata.ogTitle || '';
  const author = cleanByline(article.byline) ?? cleanByline(metadata.author);
  const publishedAt = toIsoDate(article.publishedTime ?? metadata.published);
  const lang = metadata.lang ?? (article.lang?.trim() || undefined);
  const siteName = collapseSpaces(article.siteName ?? '') || undefined;
  const excerpt = collapseSpaces(article.excerpt ?? '') || undefined;
  return {
    title,
    text,
    ...(author !== undefined && { author }),
    ...(publishedAt !== undefined && { publishedAt }),
    ...(metadata.canonicalUrl !== undefined && { canonicalUrl: metadata.canonicalUrl }),
    ...(lang !== undefined && { lang }),
    ...(siteName !== undefined && { siteName }),
    ...(excerpt !== undefined && { excerpt }),
  };
}
