import { describe, expect, it } from '@jest/globals';
import { PollingService } from './polling-service.js';

/** Counts its polls; reports a full batch while `backlog` lasts. */
class CountingService extends PollingService {
  polls = 0;
  backlog = 0;

  constructor(enabled: boolean, intervalMs = 60_000) {
    super('counting', intervalMs, enabled);
  }

  protected pollOnce(): Promise<boolean> {
    this.polls++;
    if (this.backlog > 0) this.backlog--;
    return Promise.resolve(this.backlog > 0);
  }
}

const settle = (ms = 30): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('PollingService', () => {
  it('polls once at boot, again when poked, and drains a backlog without waiting for the interval', async () => {
    const service = new CountingService(true);
    service.onApplicationBootstrap();
    await settle();
    expect(service.polls).toBe(1);
    service.backlog = 3;
    service.poke();
    await settle();
    // Three full batches: the poke's poll and two immediate follow-ups, then it waits a minute.
    expect(service.polls).toBe(4);
    await service.onModuleDestroy();
  });

  it('does not poll when disabled, even when poked', async () => {
    const service = new CountingService(false);
    service.onApplicationBootstrap();
    service.poke();
    await settle();
    expect(service.polls).toBe(0);
    await service.onModuleDestroy();
  });

  it('stops polling after the module is destroyed', async () => {
    const service = new CountingService(true, 5);
    service.onApplicationBootstrap();
    await settle();
    expect(service.polls).toBeGreaterThan(0);
    await service.onModuleDestroy();
    const after = service.polls;
    await settle();
    service.poke();
    await settle();
    expect(service.polls).toBe(after);
  });
});
