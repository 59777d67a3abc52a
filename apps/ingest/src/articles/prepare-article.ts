import { canonicalizeUrl, contentHash, detectLanguage } from '@stance/news-sources';
import type { ArticleInput } from './article-input.js';

/** An article ready to store: identity keys computed, language known. */
export interface PreparedArticle {
  externalId: string | null;
  source: string;
  url: string;
  canonicalUrl: string | null;
  title: string;
  text: string;
  lang: string;
  publishedAt: Date | null;
  contentHash: string;
}

export function prepareArticle(input: ArticleInput): PreparedArticle {
  const url = input.url ?? '';
  return {
    externalId: input.id ?? null,
    source: input.source ?? (url ? new URL(url).hostname : ''),
    url,
    canonicalUrl: url ? canonicalizeUrl(url) : null,
    title: input.title ?? '',
    text: input.text,
    lang: input.lang ?? detectLanguage(`${input.title ?? ''}\n${input.text}`),
    publishedAt: input.published_at ? new Date(input.published_at) : null,
    contentHash: contentHash(input.text),
  };
}
