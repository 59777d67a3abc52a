import 'reflect-metadata';
import { Logger, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JetStreamServer, type JetStreamServerOptions } from '@stance/messaging';
import type { ServiceConfig } from './service-config.js';

export interface RunServiceOptions {
  config: ServiceConfig;
  module: DynamicModule;
  /** Consumer settings when the service handles JetStream messages. */
  jetStream?: Pick<JetStreamServerOptions, 'consumer' | 'subjects'>;
}

/**
 * Boots a service: HTTP (with our own strict body readers, so Express's parser is off), the
 * JetStream consumers if any, graceful shutdown on SIGTERM/SIGINT. A failure to reach a
 * dependency at boot ends the process with a message instead of running half-connected.
 */
export function runService(prepare: () => RunServiceOptions): void {
  const boot = async (): Promise<void> => {
    const { config, module, jetStream } = prepare();
    const app = await NestFactory.create(module, { bodyParser: false });
    if (jetStream) {
      app.connectMicroservice(
        {
          strategy: new JetStreamServer({
            servers: config.natsUrl,
            namespace: config.natsNamespace,
            service: config.service,
            ...jetStream,
          }),
        },
        { inheritAppConfig: true },
      );
    }
    app.enableShutdownHooks();
    await app.startAllMicroservices();
    await app.listen(config.port, config.host);
    new Logger(config.service).log(`listening on http://${config.host}:${config.port}`);
  };
  boot().catch((error: unknown) => {
    console.error(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
