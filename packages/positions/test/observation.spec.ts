import { describe, expect, it } from '@jest/globals';
import {
  buildStatementSet,
  PositionsError,
  validateObservation,
  validateObservations,
} from '../src/index.js';
import { makeObservation } from './helpers.js';

describe('validateObservation', () => {
  it('accepts a well-formed observation', () => {
    expect(() => validateObservation(makeObservation({ clusterId: 'c1' }))).not.toThrow();
  });

  it.each([
    [{ confidence: 1.2 }, /confidence must be a number in \[0, 1\], got 1.2/],
    [{ confidence: Number.NaN }, /confidence/],
    [{ stance: 'maybe' as never }, /stance must be one of support\|oppose\|neutral, got "maybe"/],
    [{ actor: '' }, /actor must be a non-empty string/],
    [{ observedAt: new Date('bad') }, /observedAt must be a valid Date/],
    [{ clusterId: '' }, /clusterId must be a non-empty string or null/],
  ])('rejects %p with a message naming the field', (override, message) => {
    const obs = makeObservation({ id: 'bad-1', ...override });
    let error: unknown;
    try {
      validateObservation(obs);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PositionsError);
    expect((error as PositionsError).code).toBe('INVALID_OBSERVATION');
    expect((error as PositionsError).message).toMatch(message);
    expect((error as PositionsError).message).toContain('"bad-1"');
  });

  it('names the index of the bad observation in a batch', () => {
    const batch = [makeObservation(), makeObservation({ id: 'x', confidence: -1 })];
    expect(() => validateObservations(batch)).toThrow(/observation "x" at index 1/);
    expect(() => buildStatementSet(batch)).toThrow(/batch index 1/);
  });
});
