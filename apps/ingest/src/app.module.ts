import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { MessagingModule } from '@stance/messaging';
import { ApiKeyGuard, DomainErrorFilter, PrismaModule } from '@stance/nest-platform';
import { ArticlesController } from './articles/articles.controller.js';
import { ArticlesRepository } from './articles/articles.repository.js';
import { ArticlesService } from './articles/articles.service.js';
import { BulkController } from './bulk/bulk.controller.js';
import { BulkIngest } from './bulk/bulk-ingest.js';
import { HealthController } from './health.controller.js';
import { INGEST_CONFIG, type IngestConfig } from './ingest-config.js';
import { NearDuplicateClusters } from './near-dup/near-duplicate-clusters.js';
import { OutboxRelay } from './outbox/outbox-relay.js';

@Module({})
export class IngestModule {
  static forRoot(config: IngestConfig): DynamicModule {
    return {
      module: IngestModule,
      imports: [
        PrismaModule.forRoot({ databaseUrl: config.databaseUrl }),
        MessagingModule.forRoot({ servers: config.natsUrl, namespace: config.natsNamespace, service: 'ingest' }),
      ],
      controllers: [ArticlesController, BulkController, HealthController],
      providers: [
        { provide: INGEST_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        NearDuplicateClusters,
        ArticlesRepository,
        ArticlesService,
        BulkIngest,
        OutboxRelay,
      ],
    };
  }
}
