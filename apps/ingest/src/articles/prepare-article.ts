import { canonicalizeUrl, contentHash, detectLanguage } from '@stance/news-sources';
import type { ArticleInput } from './article-input.js';

/** An article ready to store: identity keys and near-duplicate fingerprint computed, language known. */
export interface PreparedArticle {
  externalId: string | null;
  source: string;
  url: string;
  canonicalUrl: string | null;
  title: string;
  text: string;
  lang: string;
  author: string | null;
  publishedAt: Date | null;
  contentHash: string;
  fingerprint: Uint32Array;
}

/** Fields a source may know beyond the pushed article format (feeds know the byline). */
export interface ArticleExtras {
  author?: string;
  /** The page's own canonical URL, when it differs from the one it was reached by. */
  canonicalUrl?: string;
}

export function prepareArticle(
  input: ArticleInput,
  fingerprintOf: (text: string) => Uint32Array,
  extras: ArticleExtras = {},
): PreparedArticle {
  const url = input.url ?? '';
  const canonicalSource = extras.canonicalUrl ?? url;
  return {
    externalId: input.id ?? null,
    source: input.source ?? (url ? new URL(url).hostname : ''),
    url,
    canonicalUrl: canonicalSource ? canonicalizeUrl(canonicalSource) : null,
    title: input.title ?? '',
    text: input.text,
    lang: input.lang ?? detectLanguage(`${input.title ?? ''}\n${input.text}`),
    author: extras.author ?? null,
    publishedAt: input.published_at ? new Date(input.published_at) : null,
    contentHash: contentHash(input.text),
    // Text only, as the detector was measured (docs/ingest-dedupe.md): re-titled copies still match.
    fingerprint: fingerprintOf(input.text),
  };
}
