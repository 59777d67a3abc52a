import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { IngestModule } from './app.module.js';
import { readIngestConfig } from './ingest-config.js';

async function bootstrap(): Promise<void> {
  const config = readIngestConfig(process.env);
  // Our own body reader checks size, UTF-8 and JSON with precise errors.
  const app = await NestFactory.create(IngestModule.forRoot(config), { bodyParser: false });
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  new Logger('ingest').log(`listening on http://${config.host}:${config.port}`);
}

bootstrap().catch((error: unknown) => {
  console.error(`ingest failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
