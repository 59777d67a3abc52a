/** Counting semaphore: at most `size` holders; waiters are served in arrival order. */
export class Semaphore {
  private available: number;
  private readonly waiters: Array<(acquired: boolean) => void> = [];
  private closed = false;

  constructor(size: number) {
    this.available = size;
  }

  /** Resolves true once a slot is held, or false if the semaphore was closed meanwhile. */
  async acquire(): Promise<boolean> {
    if (this.closed) return false;
    if (this.available > 0) {
      this.available--;
      return true;
    }
    return new Promise<boolean>((resolve) => this.waiters.push(resolve));
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next(true);
    else this.available++;
  }

  /** Refuses further acquisitions and wakes every waiter with false (shutdown must not queue). */
  close(): void {
    this.closed = true;
    for (const waiter of this.waiters.splice(0)) waiter(false);
  }
}
