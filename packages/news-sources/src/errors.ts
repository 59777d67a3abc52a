/** Every failure this package reports carries one of these codes, so callers can map them to HTTP or feed health without parsing messages. */
export type NewsSourceErrorCode =
  | 'URL_INVALID'
  | 'INPUT_INVALID'
  | 'FEED_TOO_LARGE'
  | 'FEED_MALFORMED'
  | 'FEED_DTD_FORBIDDEN'
  | 'FEED_UNKNOWN_FORMAT'
  | 'FEED_UNSUPPORTED_ENCODING'
  | 'ARTICLE_TOO_LARGE'
  | 'ARTICLE_NO_CONTENT'
  | 'FETCH_INVALID_URL'
  | 'FETCH_UNSUPPORTED_PROTOCOL'
  | 'FETCH_BLOCKED_ADDRESS'
  | 'FETCH_BLOCKED_HOST'
  | 'FETCH_DNS_FAILED'
  | 'FETCH_TIMEOUT'
  | 'FETCH_TOO_LARGE'
  | 'FETCH_TOO_MANY_REDIRECTS'
  | 'FETCH_BAD_REDIRECT'
  | 'FETCH_BAD_STATUS'
  | 'FETCH_NETWORK';

export class NewsSourceError extends Error {
  override readonly name = 'NewsSourceError';
  readonly code: NewsSourceErrorCode;
  /** Extra facts for logs and health records (status, url, limit, …). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: NewsSourceErrorCode,
    message: string,
    details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}

export function isNewsSourceError(value: unknown, code?: NewsSourceErrorCode): value is NewsSourceError {
  return value instanceof NewsSourceError && (code === undefined || value.code === code);
}
