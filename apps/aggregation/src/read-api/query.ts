import { z } from 'zod';
import { DomainError } from '@stance/errors';

/** Parses query parameters with a schema; a bad one is a 400 that names the parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.output<S> {
  return parseInput(schema, query, 'query');
}

/** Parses a JSON body with a schema; a bad field is a 400 that names its path. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  return parseInput(schema, body, 'body');
}

function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`);
    throw new DomainError('VALIDATION', problems.join('; '), { problems });
  }
  return parsed.data;
}

export const key = () =>
  z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a codebook id (lowercase letters, digits, -)');
export const isoTime = () =>
  z.iso
    .datetime({ offset: true })
    .or(z.iso.date())
    .transform((s) => new Date(s));
export const limit = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback);

/** Opaque keyset cursor: the last id of the previous page. */
export function encodeCursor(id: bigint | string): string {
  return Buffer.from(String(id)).toString('base64url');
}

export const cursor = () =>
  z.string().transform((s, ctx) => {
    const raw = Buffer.from(s, 'base64url').toString();
    if (!/^\d{1,19}$/.test(raw)) {
      ctx.addIssue({ code: 'custom', message: 'is not a cursor this API returned' });
      return z.NEVER;
    }
    return BigInt(raw);
  });

/** `format=json|csv` on table endpoints. */
export const tableFormat = () => z.enum(['json', 'csv']).default('json');

export const halfLifeDays = (fallbackDays: number) =>
  z.coerce.number().positive().max(3650).default(fallbackDays);

export const granularity = (fallback: 'day' | 'week' | 'month') =>
  z.enum(['day', 'week', 'month']).default(fallback);

/** Rejects from ≥ to with a 400 naming both parameters. */
export function assertRange(from: Date | undefined, to: Date | undefined): void {
  if (from && to && from.getTime() >= to.getTime()) {
    throw new DomainError(
      'VALIDATION',
      `from (${from.toISOString()}) must be before to (${to.toISOString()})`,
    );
  }
}
