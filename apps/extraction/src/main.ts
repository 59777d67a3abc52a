import { ArticlesIngestedV1, ExtractionBackfillRequestedV1 } from '@stance/contracts';
import { runService } from '@stance/nest-platform';
import { ExtractionModule } from './app.module.js';
import { readExtractionConfig } from './extraction-config.js';

runService(() => {
  const config = readExtractionConfig(process.env);
  return {
    config,
    module: ExtractionModule.forRoot(config),
    jetStream: {
      consumer: { concurrency: config.concurrency, maxDeliver: config.maxDeliver },
      // A backfill pages through many articles; it heartbeats, and runs one at a time.
      subjects: {
        [ExtractionBackfillRequestedV1.subject]: { concurrency: 1 },
        [ArticlesIngestedV1.subject]: {},
      },
    },
  };
});
