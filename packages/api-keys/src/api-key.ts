import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const API_KEY_SCOPES = ['ingest', 'read', 'admin'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

const PREFIX_LENGTH = 12;
/** `stk_` + 32 random bytes in base64url: unguessable, copy-paste safe. */
const SECRET_PATTERN = /^stk_[A-Za-z0-9_-]{43}$/;

export interface GeneratedApiKey {
  /** Shown once to the operator; never stored. */
  secret: string;
  prefix: string;
  secretHash: string;
}

export function generateApiKey(): GeneratedApiKey {
  const secret = `stk_${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: prefixOf(secret), secretHash: hashApiKeySecret(secret) };
}

export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function prefixOf(secret: string): string {
  return secret.slice(0, PREFIX_LENGTH);
}

export function looksLikeApiKey(secret: string): boolean {
  return SECRET_PATTERN.test(secret);
}

/** Constant-time comparison of a presented secret with the stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashApiKeySecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

export function parseScopes(text: string): ApiKeyScope[] {
  const scopes = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = scopes.filter((s) => !(API_KEY_SCOPES as readonly string[]).includes(s));
  if (scopes.length === 0 || unknown.length > 0) {
    throw new Error(
      `scopes must be a comma-separated list of ${API_KEY_SCOPES.join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`,
    );
  }
  return [...new Set(scopes)] as ApiKeyScope[];
}
