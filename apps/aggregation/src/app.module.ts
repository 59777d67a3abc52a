import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { MessagingModule } from '@stance/messaging';
import { ApiKeyGuard, DatabaseHealthController, DomainErrorFilter, PrismaModule } from '@stance/nest-platform';
import { AGGREGATION_CONFIG, type AggregationConfig } from './aggregation-config.js';
import { ObservationsHandlers } from './observations/observations.handlers.js';
import { ObservationsRepository } from './observations/observations.repository.js';
import { ArticlesController } from './read-api/articles.controller.js';
import { CatalogController } from './read-api/catalog.controller.js';
import { CodebookScope } from './read-api/codebook-scope.js';
import { ObservationsController } from './read-api/observations.controller.js';
import { PositionsController } from './read-api/positions.controller.js';

@Module({})
export class AggregationModule {
  static forRoot(config: AggregationConfig): DynamicModule {
    return {
      module: AggregationModule,
      imports: [
        PrismaModule.forRoot({ databaseUrl: config.databaseUrl }),
        // Also registers the interceptor through which handler errors reach the transport.
        MessagingModule.forRoot({ servers: config.natsUrl, namespace: config.natsNamespace, service: 'aggregation' }),
      ],
      controllers: [
        ObservationsHandlers,
        CatalogController,
        ObservationsController,
        PositionsController,
        DatabaseHealthController,
        ArticlesController, // last: GET /articles/status must win over /articles/:id
      ],
      providers: [
        { provide: AGGREGATION_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        ObservationsRepository,
        CodebookScope,
      ],
    };
  }
}
