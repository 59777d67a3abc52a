import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JetStreamServer } from '@stance/messaging';
import { AggregationModule } from './app.module.js';
import { readAggregationConfig } from './aggregation-config.js';

async function bootstrap(): Promise<void> {
  const config = readAggregationConfig(process.env);
  const app = await NestFactory.create(AggregationModule.forRoot(config), { bodyParser: false });
  app.connectMicroservice(
    {
      strategy: new JetStreamServer({
        servers: config.natsUrl,
        namespace: config.natsNamespace,
        service: 'aggregation',
        consumer: { concurrency: config.concurrency, maxDeliver: config.maxDeliver },
      }),
    },
    { inheritAppConfig: true },
  );
  app.enableShutdownHooks();
  await app.startAllMicroservices();
  await app.listen(config.port, config.host);
  new Logger('aggregation').log(`listening on http://${config.host}:${config.port}`);
}

bootstrap().catch((error: unknown) => {
  console.error(`aggregation failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
