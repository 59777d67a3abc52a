import {
  Inject,
  Module,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type OnApplicationShutdown,
  type OptionalFactoryDependency,
} from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { JetStreamErrorInterceptor } from './error-capture.interceptor.js';
import { JetStreamPublisher, type PublisherConnectOptions } from './publisher.js';

export interface MessagingModuleOptions extends PublisherConnectOptions {
  /** Service name, used as the NATS connection name. */
  service: string;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

/**
 * Global module giving the app an injectable JetStreamPublisher (own connection, drained at
 * shutdown) and registering JetStreamErrorInterceptor so handler error codes reach the transport.
 */
@Module({})
export class MessagingModule implements OnApplicationShutdown {
  constructor(@Inject(JetStreamPublisher) private readonly publisher: JetStreamPublisher) {}

  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return MessagingModule.forRootAsync({ useFactory: () => options });
  }

  static forRootAsync(options: {
    imports?: ModuleMetadata['imports'];
    inject?: Array<InjectionToken | OptionalFactoryDependency>;
    useFactory: (...args: never[]) => MessagingModuleOptions | Promise<MessagingModuleOptions>;
  }): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        { provide: MESSAGING_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] },
        {
          provide: JetStreamPublisher,
          useFactory: (resolved: MessagingModuleOptions) =>
            JetStreamPublisher.connect({
              ...resolved,
              connectionName: resolved.connectionName ?? `${resolved.service}-publisher`,
            }),
          inject: [MESSAGING_OPTIONS],
        },
        { provide: APP_INTERCEPTOR, useClass: JetStreamErrorInterceptor },
      ],
      exports: [JetStreamPublisher, MESSAGING_OPTIONS],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.close();
  }
}
