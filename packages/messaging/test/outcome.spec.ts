import { describe, expect, it } from '@jest/globals';
import { ContractViolation } from '@stance/contracts';
import { isPermanentError } from '@stance/errors';
import { decideOutcome, errorCodeOf, type OutcomeInput } from '../src/index.js';
import { codedError } from './helpers.js';

const base: Omit<OutcomeInput, 'failed' | 'error' | 'deliveryCount'> = {
  maxDeliver: 4,
  retryDelaysMs: [100, 1_000, 10_000],
  isPermanentError,
};

describe('decideOutcome', () => {
  it('acks a handler that succeeded', () => {
    expect(decideOutcome({ ...base, failed: false, deliveryCount: 1 })).toEqual({ kind: 'ack' });
  });

  it('dead-letters a permanent error on the first delivery', () => {
    const outcome = decideOutcome({
      ...base,
      failed: true,
      error: codedError('VALIDATION', 'bad codebook id'),
      deliveryCount: 1,
    });
    expect(outcome).toEqual({
      kind: 'dead-letter',
      errorCode: 'VALIDATION',
      reason: 'bad codebook id',
      permanent: true,
    });
  });

  it('dead-letters a contract violation with the offending field in the reason', () => {
    const error = new ContractViolation('articles.ingested.v1', [
      { path: 'articleId', message: 'Invalid UUID' },
    ]);
    const outcome = decideOutcome({ ...base, failed: true, error, deliveryCount: 1 });
    expect(outcome).toMatchObject({ kind: 'dead-letter', errorCode: 'CONTRACT_VIOLATION' });
    expect(outcome.kind === 'dead-letter' && outcome.reason).toContain('articleId');
  });

  it('retries a transient error with the delay for that delivery, repeating the last delay', () => {
    const error = codedError('DEPENDENCY_UNAVAILABLE', 'db down');
    const delays = [1, 2, 3].map((deliveryCount) =>
      decideOutcome({ ...base, maxDeliver: 10, failed: true, error, deliveryCount }),
    );
    expect(delays.map((o) => (o.kind === 'retry' ? o.delayMs : -1))).toEqual([100, 1_000, 10_000]);
    const later = decideOutcome({ ...base, maxDeliver: 10, failed: true, error, deliveryCount: 7 });
    expect(later).toMatchObject({ kind: 'retry', delayMs: 10_000 });
  });

  it('dead-letters a transient error on the last allowed delivery', () => {
    const outcome = decideOutcome({ ...base, failed: true, error: new Error('timeout'), deliveryCount: 4 });
    expect(outcome).toEqual({
      kind: 'dead-letter',
      errorCode: 'UNKNOWN',
      reason: 'gave up after 4 deliveries: timeout',
      permanent: false,
    });
  });

  it('treats errors without a code, and thrown non-errors, as transient', () => {
    expect(decideOutcome({ ...base, failed: true, error: 'boom', deliveryCount: 1 })).toMatchObject({
      kind: 'retry',
      errorCode: 'UNKNOWN',
      reason: 'boom',
    });
    expect(
      decideOutcome({
        ...base,
        failed: true,
        error: { status: 'error', message: 'Internal server error' },
        deliveryCount: 1,
      }),
    ).toMatchObject({
      kind: 'retry',
      reason: 'Internal server error',
    });
  });

  it('lets the service decide what is permanent', () => {
    const outcome = decideOutcome({
      ...base,
      isPermanentError: () => true,
      failed: true,
      error: new Error('x'),
      deliveryCount: 1,
    });
    expect(outcome.kind).toBe('dead-letter');
  });
});

describe('errorCodeOf', () => {
  it('reads a string code and falls back to UNKNOWN', () => {
    expect(errorCodeOf(codedError('NOT_FOUND', 'x'))).toBe('NOT_FOUND');
    expect(errorCodeOf(Object.assign(new Error('x'), { code: 42 }))).toBe('UNKNOWN');
    expect(errorCodeOf(null)).toBe('UNKNOWN');
  });
});
