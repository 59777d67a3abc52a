import { Logger } from '@nestjs/common';

/**
 * Runs `tick` every `intervalMs` (and at once when poked) until stopped; one tick at a time.
 * A tick returning true means "there may be more": the next one starts right away. A failing
 * tick (a dependency down) backs off up to 20 intervals and is logged on the first failure and
 * every 20th, so an outage neither spins nor floods the log.
 */
export class PollingWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private pokedWhileRunning = false;
  private failures = 0;
  private readonly logger: Logger;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly tick: () => Promise<boolean>,
  ) {
    this.logger = new Logger(name);
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Asks for a tick now (e.g. right after new work was committed). */
  poke(): void {
    if (this.stopped) return;
    if (this.running) {
      this.pokedWhileRunning = true;
      return;
    }
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delayMs);
  }

  private async run(): Promise<void> {
    if (this.stopped || this.running) return;
    let more = false;
    this.running = (async () => {
      try {
        more = await this.tick();
        if (this.failures > 0)
          this.logger.log(`${this.name} works again after ${this.failures} failed attempt(s)`);
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        if (this.failures === 1 || this.failures % 20 === 0) {
          this.logger.warn(
            `${this.name} failed (attempt ${this.failures}): ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    })();
    await this.running;
    this.running = undefined;
    if (this.stopped) return;
    const again = this.failures === 0 && (more || this.pokedWhileRunning);
    this.pokedWhileRunning = false;
    this.schedule(again ? 0 : this.intervalMs * Math.min(2 ** this.failures, 20));
  }
}
