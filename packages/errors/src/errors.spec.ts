import { DomainError, httpStatusFor, isPermanentError } from './index.js';

describe('domain errors', () => {
  it('maps codes to HTTP statuses', () => {
    expect(httpStatusFor('VALIDATION')).toBe(400);
    expect(httpStatusFor('BODY_TOO_LARGE')).toBe(413);
    expect(httpStatusFor('BACKPRESSURE')).toBe(503);
  });

  it('tells permanent from transient failures', () => {
    expect(isPermanentError(new DomainError('CONTRACT_VIOLATION', 'bad'))).toBe(true);
    expect(isPermanentError(new DomainError('DEPENDENCY_UNAVAILABLE', 'db down'))).toBe(false);
    expect(isPermanentError({ code: 'VALIDATION' })).toBe(true);
    expect(isPermanentError(new Error('boom'))).toBe(false);
  });
});
