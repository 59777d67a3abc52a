import type { PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import { generateApiKey, looksLikeApiKey, prefixOf, secretMatches, type ApiKeyScope } from './api-key.js';

export interface VerifiedApiKey {
  id: string;
  name: string;
  scopes: ApiKeyScope[];
}

type KeyStore = Pick<PrismaClient, 'apiKey'>;

/** Creates a key; the secret is returned once and only its hash is stored. */
export async function createApiKey(
  prisma: KeyStore,
  input: { name: string; scopes: ApiKeyScope[] },
): Promise<VerifiedApiKey & { secret: string }> {
  if (!input.name.trim()) throw new DomainError('VALIDATION', 'an API key needs a name');
  const key = generateApiKey();
  const row = await prisma.apiKey.create({
    data: { name: input.name.trim(), prefix: key.prefix, secretHash: key.secretHash, scopes: input.scopes },
  });
  return { id: row.id, name: row.name, scopes: row.scopes as ApiKeyScope[], secret: key.secret };
}

/** The key a secret belongs to, or UNAUTHENTICATED. */
export async function verifyApiKey(prisma: KeyStore, secret: string): Promise<VerifiedApiKey> {
  if (!looksLikeApiKey(secret)) throw new DomainError('UNAUTHENTICATED', 'the API key is malformed');
  const row = await prisma.apiKey.findUnique({ where: { prefix: prefixOf(secret) } });
  if (!row || !secretMatches(secret, row.secretHash))
    throw new DomainError('UNAUTHENTICATED', 'unknown API key');
  if (row.revokedAt) throw new DomainError('UNAUTHENTICATED', 'the API key was revoked');
  return { id: row.id, name: row.name, scopes: row.scopes as ApiKeyScope[] };
}

export async function revokeApiKey(prisma: KeyStore, idOrPrefix: string): Promise<boolean> {
  const { count } = await prisma.apiKey.updateMany({
    where: {
      OR: [{ prefix: idOrPrefix }, ...(isUuid(idOrPrefix) ? [{ id: idOrPrefix }] : [])],
      revokedAt: null,
    },
    data: { revokedAt: new Date() },
  });
  return count > 0;
}

export async function listApiKeys(prisma: KeyStore) {
  return prisma.apiKey.findMany({
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      revokedAt: true,
      lastUsedAt: true,
    },
  });
}

function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}
