/**
 * Domain errors carry a code; each protocol maps codes once (HTTP status here, message
 * outcome for the JetStream transport) instead of domain code throwing protocol errors.
 */
export const ERROR_CODES = {
  VALIDATION: { http: 400, permanent: true },
  CONTRACT_VIOLATION: { http: 400, permanent: true },
  BODY_NOT_JSON: { http: 400, permanent: true },
  BODY_NOT_UTF8: { http: 400, permanent: true },
  BATCH_TOO_LARGE: { http: 413, permanent: true },
  BODY_TOO_LARGE: { http: 413, permanent: true },
  UNSUPPORTED_MEDIA_TYPE: { http: 415, permanent: true },
  CODEBOOK_INVALID: { http: 422, permanent: true },
  UNAUTHENTICATED: { http: 401, permanent: true },
  FORBIDDEN: { http: 403, permanent: true },
  NOT_FOUND: { http: 404, permanent: true },
  CONFLICT: { http: 409, permanent: true },
  BACKPRESSURE: { http: 503, permanent: false },
  DEPENDENCY_UNAVAILABLE: { http: 503, permanent: false },
  INTERNAL: { http: 500, permanent: false },
} as const satisfies Record<string, { http: number; permanent: boolean }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Seconds a client should wait before retrying (backpressure). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export function httpStatusFor(code: ErrorCode): number {
  return ERROR_CODES[code].http;
}

/** True when retrying the same input can never succeed (dead-letter instead of redelivery). */
export function isPermanentError(error: unknown): boolean {
  if (isDomainError(error)) return ERROR_CODES[error.code].permanent;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code in ERROR_CODES && ERROR_CODES[code as ErrorCode].permanent;
}
