import type { OnModuleDestroy, OnApplicationBootstrap } from '@nestjs/common';
import { PollingWorker } from './polling-worker.js';

/**
 * A provider that drains a queue table with a `PollingWorker`: it starts polling once the
 * application has booted (unless disabled, e.g. on an API-only instance), stops before the
 * modules it depends on are torn down, and can be poked by writers that just committed work.
 */
export abstract class PollingService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly worker: PollingWorker;

  protected constructor(
    name: string,
    intervalMs: number,
    private readonly enabled: boolean,
  ) {
    this.worker = new PollingWorker(name, intervalMs, () => this.pollOnce());
  }

  /** One batch of work; true when the batch was full (more may be waiting). */
  protected abstract pollOnce(): Promise<boolean>;

  onApplicationBootstrap(): void {
    if (this.enabled) this.worker.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker.stop();
  }

  /** New work was committed: run now rather than at the next poll. */
  poke(): void {
    this.worker.poke();
  }
}
