import { Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { verifyApiKey, type ApiKeyScope, type VerifiedApiKey } from '@stance/api-keys';
import type { PrismaClient } from '@stance/db';
import { DomainError } from '@stance/errors';
import type { Request } from 'express';
import { PRISMA } from './prisma.module.js';

const SCOPES_KEY = 'stance:scopes';
const PUBLIC_KEY = 'stance:public';

/** The route needs an API key holding one of these scopes (admin holds every scope). */
export const RequireScopes = (...scopes: ApiKeyScope[]) => SetMetadata(SCOPES_KEY, scopes);
/** The route needs no key (health checks). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * Global guard for HTTP routes: every route is closed unless it is @Public() or its key has a
 * scope it asks for. Keys come as `Authorization: Bearer <key>` or `X-API-Key`. Verified keys
 * are remembered briefly so reads stay fast; revocation takes effect within that time.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly cache = new Map<string, { key: VerifiedApiKey; until: number }>();
  private static readonly CACHE_MS = 30_000;

  constructor(
    private readonly reflector: Reflector,
    @Inject(PRISMA) private readonly prisma: PrismaClient,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true; // message handlers are not HTTP routes
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const needed = this.reflector.getAllAndOverride<ApiKeyScope[]>(SCOPES_KEY, targets) ?? ['admin'];
    const req = context.switchToHttp().getRequest<Request & { apiKey?: VerifiedApiKey }>();
    const secret = presentedSecret(req);
    if (!secret) {
      throw new DomainError(
        'UNAUTHENTICATED',
        'an API key is required (Authorization: Bearer <key> or X-API-Key)',
      );
    }
    const key = await this.verify(secret);
    if (!key.scopes.includes('admin') && !needed.some((s) => key.scopes.includes(s))) {
      throw new DomainError('FORBIDDEN', `this API key lacks the scope ${needed.join(' or ')}`);
    }
    req.apiKey = key;
    return true;
  }

  private async verify(secret: string): Promise<VerifiedApiKey> {
    const now = Date.now();
    const hit = this.cache.get(secret);
    if (hit && hit.until > now) return hit.key;
    const key = await verifyApiKey(this.prisma, secret);
    if (this.cache.size > 1000) this.cache.clear();
    this.cache.set(secret, { key, until: now + ApiKeyGuard.CACHE_MS });
    return key;
  }
}

function presentedSecret(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const apiKey = req.headers['x-api-key'];
  return typeof apiKey === 'string' ? apiKey.trim() : undefined;
}
