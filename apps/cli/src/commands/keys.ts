import type { PrismaClient } from '@stance/db';
import { parseArgs, requireOption } from '../args.js';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliCommand, type CliIo } from '../command.js';

const DATABASE_HELP = `The keys live in Postgres: set DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/stance).`;

// The database client takes most of a second to load: the keys commands load it when they run,
// so that every other command (extract above all) starts without it.
const loadApiKeys = () => import('@stance/api-keys');

async function withDatabase<T>(io: CliIo, work: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new UsageError(`DATABASE_URL is not set. ${DATABASE_HELP}`);
  const { createPrismaClient } = await import('@stance/db');
  const prisma = createPrismaClient({ databaseUrl });
  try {
    return await work(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

export const keysCreateCommand: CliCommand = {
  path: ['keys', 'create'],
  summary: 'create an API key with scopes (ingest, read, admin); prints the secret once',
  help: `usage: stance keys create --name NAME --scopes ingest,read[,admin]

Creates an API key and prints its secret once; only a hash is stored. Services accept it as
"Authorization: Bearer <key>" or "X-API-Key: <key>". Scopes: ingest (push articles), read (the
read API), admin (everything, incl. codebooks, feeds, alert rules).
${DATABASE_HELP}`,
  async run(args, io) {
    const parsed = parseArgs(args, { valued: ['name', 'scopes'] });
    const { createApiKey, parseScopes } = await loadApiKeys();
    let scopes;
    try {
      scopes = parseScopes(requireOption(parsed, 'scopes'));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const name = requireOption(parsed, 'name');
    const key = await withDatabase(io, (prisma) => createApiKey(prisma, { name, scopes }));
    io.stdout.write(`${key.secret}\n`);
    io.stderr.write(
      `created key "${key.name}" (${key.scopes.join(', ')}), id ${key.id}; the secret above is not shown again\n`,
    );
    return EXIT_OK;
  },
};

export const keysListCommand: CliCommand = {
  path: ['keys', 'list'],
  summary: 'list API keys (prefix, name, scopes, revoked)',
  help: `usage: stance keys list\n\n${DATABASE_HELP}`,
  async run(args, io) {
    parseArgs(args, { valued: [] });
    const { listApiKeys } = await loadApiKeys();
    const keys = await withDatabase(io, (prisma) => listApiKeys(prisma));
    for (const k of keys) {
      io.stdout.write(
        `${k.prefix}…  ${k.name}  [${k.scopes.join(',')}]  created ${k.createdAt.toISOString()}${k.revokedAt ? `  REVOKED ${k.revokedAt.toISOString()}` : ''}\n`,
      );
    }
    return EXIT_OK;
  },
};

export const keysRevokeCommand: CliCommand = {
  path: ['keys', 'revoke'],
  summary: 'revoke an API key by id or prefix',
  help: `usage: stance keys revoke ID|PREFIX\n\n${DATABASE_HELP}`,
  async run(args, io) {
    const { positionals } = parseArgs(args, { valued: [] });
    if (positionals.length !== 1) throw new UsageError('give exactly one key id or prefix');
    const { revokeApiKey } = await loadApiKeys();
    const revoked = await withDatabase(io, (prisma) => revokeApiKey(prisma, positionals[0]!));
    if (!revoked) {
      io.stderr.write(`no active key ${positionals[0]}\n`);
      return EXIT_FAILED;
    }
    io.stdout.write(`revoked ${positionals[0]}\n`);
    return EXIT_OK;
  },
};
