export type MessagingErrorCode =
  | 'NATS_UNREACHABLE'
  | 'INVALID_OPTIONS'
  | 'NO_CONTRACT_FOR_PATTERN'
  | 'UNSUPPORTED_PATTERN'
  | 'TOPOLOGY_SETUP_FAILED'
  | 'PUBLISH_FAILED'
  | 'NOT_CONNECTED';

/** Transport-level failure (boot, setup, publish). Publish failures are transient by nature. */
export class MessagingError extends Error {
  constructor(
    readonly code: MessagingErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'MessagingError';
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
