import { runService } from '@stance/nest-platform';
import { IngestModule } from './app.module.js';
import { readIngestConfig } from './ingest-config.js';

runService(() => {
  const config = readIngestConfig(process.env);
  return { config, module: IngestModule.forRoot(config) };
});
