/** Machine-readable reasons a positions function rejects its input. */
export type PositionsErrorCode =
  'INVALID_OBSERVATION' | 'INVALID_ARGUMENT' | 'INVALID_DATE' | 'NO_CONVERGENCE';

/** Domain error of @stance/positions: callers map `code` to their own transport (HTTP, NATS). */
export class PositionsError extends Error {
  override readonly name = 'PositionsError';

  constructor(
    readonly code: PositionsErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Throws INVALID_ARGUMENT naming `what` unless `value` is a finite number inside [min, max]. */
export function assertNumberInRange(what: string, value: number, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new PositionsError(
      'INVALID_ARGUMENT',
      `${what} must be a finite number in [${min}, ${max}], got ${String(value)}`,
    );
  }
}

/** Throws INVALID_ARGUMENT naming `what` unless `value` is a finite number > 0. */
export function assertPositive(what: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new PositionsError('INVALID_ARGUMENT', `${what} must be a finite number > 0, got ${String(value)}`);
  }
}

/** Throws INVALID_DATE naming `what` unless `value` is a Date holding a real instant. */
export function assertValidDate(what: string, value: Date): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new PositionsError('INVALID_DATE', `${what} must be a valid Date, got ${String(value)}`);
  }
}
