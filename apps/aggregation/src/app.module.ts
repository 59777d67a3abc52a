import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseHealthController, ServicePlatformModule } from '@stance/nest-platform';
import { AGGREGATION_CONFIG, type AggregationConfig } from './aggregation-config.js';
import { AlertDetector } from './alerts/alert-detector.js';
import { AlertDispatcher } from './alerts/alert-dispatcher.js';
import { AlertWorker } from './alerts/alert-work.js';
import { AlertRulesController } from './alerts/alert-rules.controller.js';
import { AlertsController } from './alerts/alerts.controller.js';
import { DocsController } from './docs/docs.controller.js';
import { ObservationsHandlers } from './observations/observations.handlers.js';
import { ObservationSetBatcher } from './observations/observation-set-batcher.js';
import { ObservationSetWriter } from './observations/observation-set-writer.js';
import { ObservationsRepository } from './observations/observations.repository.js';
import { RebuildController } from './observations/rebuild.controller.js';
import { ArticlesController } from './read-api/articles.controller.js';
import { CatalogController } from './read-api/catalog.controller.js';
import { CodebookScope } from './read-api/codebook-scope.js';
import { NetworksController } from './read-api/networks.controller.js';
import { ObservationsController } from './read-api/observations.controller.js';
import { OverviewController } from './read-api/overview.controller.js';
import { PipelineController } from './read-api/pipeline.controller.js';
import { PositionsController } from './read-api/positions.controller.js';
import { ReadCache } from './read-api/read-cache.js';
import { WebhookDeliveryWorker } from './webhooks/webhook-delivery.worker.js';
import { WebhooksController } from './webhooks/webhooks.controller.js';

@Module({})
export class AggregationModule {
  static forRoot(config: AggregationConfig): DynamicModule {
    return {
      module: AggregationModule,
      imports: [ServicePlatformModule.forRoot(config)],
      controllers: [
        ObservationsHandlers,
        CatalogController,
        ObservationsController,
        PositionsController,
        PipelineController,
        NetworksController,
        OverviewController,
        AlertsController,
        AlertRulesController,
        WebhooksController,
        RebuildController,
        DocsController,
        DatabaseHealthController,
        ArticlesController, // last: GET /articles/status must win over /articles/:id
      ],
      providers: [
        { provide: AGGREGATION_CONFIG, useValue: config },
        ObservationSetWriter,
        ObservationSetBatcher,
        ObservationsRepository,
        CodebookScope,
        ReadCache,
        AlertDetector,
        AlertDispatcher,
        AlertWorker,
        WebhookDeliveryWorker,
      ],
    };
  }
}
