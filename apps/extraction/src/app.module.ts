import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { MessagingModule } from '@stance/messaging';
import { ApiKeyGuard, DatabaseHealthController, DomainErrorFilter, PrismaModule } from '@stance/nest-platform';
import { ActiveCodebook } from './codebooks/active-codebook.js';
import { CodebooksController } from './codebooks/codebooks.controller.js';
import { CodebooksRepository } from './codebooks/codebooks.repository.js';
import { CompiledCodebooks } from './codebooks/compiled-codebooks.js';
import { EXTRACTION_CONFIG, type ExtractionConfig } from './extraction-config.js';
import { ExtractionHandlers } from './extraction/extraction.handlers.js';
import { ExtractionService } from './extraction/extraction.service.js';

@Module({})
export class ExtractionModule {
  static forRoot(config: ExtractionConfig): DynamicModule {
    return {
      module: ExtractionModule,
      imports: [
        PrismaModule.forRoot({ databaseUrl: config.databaseUrl }),
        MessagingModule.forRoot({ servers: config.natsUrl, namespace: config.natsNamespace, service: 'extraction' }),
      ],
      controllers: [CodebooksController, ExtractionHandlers, DatabaseHealthController],
      providers: [
        { provide: EXTRACTION_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        CodebooksRepository,
        ActiveCodebook,
        CompiledCodebooks,
        ExtractionService,
      ],
    };
  }
}
