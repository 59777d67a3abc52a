/** A payload or raw message that does not satisfy its message contract. Never worth retrying. */
export class ContractViolation extends Error {
  readonly code = 'CONTRACT_VIOLATION' as const;

  constructor(
    /** The versioned subject whose contract was violated, e.g. `articles.ingested.v1`. */
    readonly subject: string,
    /** One entry per offending field; `path` is dotted (`statements.0.end`), empty for the whole message. */
    readonly issues: ReadonlyArray<{ path: string; message: string }>,
  ) {
    super(`${subject}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`);
    this.name = 'ContractViolation';
  }
}

/** Bad namespace or topology input (programming/configuration error, raised at boot). */
export class TopologyError extends Error {
  constructor(
    readonly code: 'INVALID_NAMESPACE' | 'NO_STREAM_FOR_SUBJECT' | 'INVALID_CONTRACT',
    message: string,
  ) {
    super(message);
    this.name = 'TopologyError';
  }
}
