import { Module, type DynamicModule } from '@nestjs/common';
import { ServicePlatformModule } from '@stance/nest-platform';
import { ArticlesController } from './articles/articles.controller.js';
import { ArticlesRepository } from './articles/articles.repository.js';
import { ArticlesService } from './articles/articles.service.js';
import { BulkController } from './bulk/bulk.controller.js';
import { BulkIngest } from './bulk/bulk-ingest.js';
import { FeedPoller } from './feeds/feed-poller.js';
import { FeedScheduler } from './feeds/feed-scheduler.js';
import { FeedsController } from './feeds/feeds.controller.js';
import { FeedsRepository } from './feeds/feeds.repository.js';
import { HealthController } from './health.controller.js';
import { INGEST_CONFIG, type IngestConfig } from './ingest-config.js';
import { NearDuplicateClusters } from './near-dup/near-duplicate-clusters.js';
import { OutboxRelay } from './outbox/outbox-relay.js';

@Module({})
export class IngestModule {
  static forRoot(config: IngestConfig): DynamicModule {
    return {
      module: IngestModule,
      imports: [ServicePlatformModule.forRoot(config)],
      controllers: [ArticlesController, BulkController, FeedsController, HealthController],
      providers: [
        { provide: INGEST_CONFIG, useValue: config },
        NearDuplicateClusters,
        ArticlesRepository,
        ArticlesService,
        BulkIngest,
        FeedsRepository,
        FeedPoller,
        FeedScheduler,
        OutboxRelay,
      ],
    };
  }
}
