import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { MessagingModule } from '@stance/messaging';
import { ApiKeyGuard } from './api-key.guard.js';
import { DomainErrorFilter } from './domain-error.filter.js';
import { PrismaModule } from './prisma.module.js';
import type { ServiceConfig } from './service-config.js';

/**
 * What every service is built on: its PrismaClient, a JetStream publisher (whose module also
 * registers the interceptor that lets handler error codes reach the transport), the error
 * filter that maps domain codes to HTTP, and the API-key guard that closes every HTTP route
 * not marked @Public().
 */
@Module({})
export class ServicePlatformModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: ServicePlatformModule,
      imports: [
        PrismaModule.forRoot({ databaseUrl: config.databaseUrl }),
        MessagingModule.forRoot({
          servers: config.natsUrl,
          namespace: config.natsNamespace,
          service: config.service,
        }),
      ],
      providers: [
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
      ],
    };
  }
}
