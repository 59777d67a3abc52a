import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ArticlesIngestedV1, ExtractionBackfillRequestedV1 } from '@stance/contracts';
import { JetStreamServer } from '@stance/messaging';
import { ExtractionModule } from './app.module.js';
import { readExtractionConfig } from './extraction-config.js';

async function bootstrap(): Promise<void> {
  const config = readExtractionConfig(process.env);
  const app = await NestFactory.create(ExtractionModule.forRoot(config), { bodyParser: false });
  app.connectMicroservice(
    {
      strategy: new JetStreamServer({
        servers: config.natsUrl,
        namespace: config.natsNamespace,
        service: 'extraction',
        consumer: { concurrency: config.concurrency, maxDeliver: config.maxDeliver },
        // A backfill pages through many articles; it heartbeats, and runs one at a time.
        subjects: { [ExtractionBackfillRequestedV1.subject]: { concurrency: 1 }, [ArticlesIngestedV1.subject]: {} },
      }),
    },
    { inheritAppConfig: true },
  );
  app.enableShutdownHooks();
  await app.startAllMicroservices();
  await app.listen(config.port, config.host);
  new Logger('extraction').log(`listening on http://${config.host}:${config.port}`);
}

bootstrap().catch((error: unknown) => {
  console.error(`extraction failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
