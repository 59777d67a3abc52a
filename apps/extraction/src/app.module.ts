import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseHealthController, ServicePlatformModule } from '@stance/nest-platform';
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
      imports: [ServicePlatformModule.forRoot(config)],
      controllers: [CodebooksController, ExtractionHandlers, DatabaseHealthController],
      providers: [
        { provide: EXTRACTION_CONFIG, useValue: config },
        CodebooksRepository,
        ActiveCodebook,
        CompiledCodebooks,
        ExtractionService,
      ],
    };
  }
}
