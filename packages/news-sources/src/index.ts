export { NewsSourceError, isNewsSourceError, type NewsSourceErrorCode } from './errors.js';
export { canonicalizeUrl } from './url/canonicalize-url.js';
export { normalizeText } from './text/normalize-text.js';
export { contentHash } from './text/content-hash.js';
export { tokenizeForComparison } from './dedupe/tokenize.js';
export {
  MinHasher,
  estimateJaccard,
  shingleHashes,
  orderedShingles,
  DEFAULT_MINHASH_OPTIONS,
  type MinHashOptions,
} from './dedupe/minhash.js';
export {
  NearDuplicateIndex,
  DEFAULT_NEAR_DUPLICATE_OPTIONS,
  type NearDuplicateOptions,
  type NearDuplicateMatch,
  type AddResult,
} from './dedupe/near-duplicate-index.js';
export { detectLanguage, type DetectedLanguage } from './lang/detect-language.js';
export { nextPollAt, type PollState } from './schedule/next-poll-at.js';
export { parseFeed } from './feeds/parse-feed.js';
export type { FeedFormat, FeedItem, ParsedFeed, ParseFeedOptions } from './feeds/feed-types.js';
export { decodeBody } from './feeds/decode-body.js';
export { htmlToText } from './extract/html-to-text.js';
export {
  extractArticle,
  type ExtractedArticle,
  type ExtractArticleOptions,
} from './extract/extract-article.js';
export { fetchSafely, type FetchSafelyOptions, type FetchSafelyResult } from './fetch/fetch-safely.js';
export { blockedAddressReason, HostAllowlist } from './fetch/address-policy.js';
