/** How a micro-batcher groups work. */
export interface MicroBatchOptions {
  /** A batch is stored as soon as it holds this many items. */
  maxItems: number;
  /** …or this long after its first item arrived, whichever comes first. */
  maxWaitMs: number;
  /** Batches being stored at once; items arriving meanwhile wait and fill the next batch. */
  maxConcurrentBatches: number;
}

/**
 * Stores a batch and answers, per item in input order, its outcome (an item can fail alone). A
 * failure of the whole call means none of the batch was stored (one transaction).
 */
export type StoreBatch<I, R> = (items: readonly I[]) => Promise<PromiseSettledResult<R>[]>;

interface Pending<I, R> {
  item: I;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Collects items that arrive together and stores them in one call, so each caller awaits only
 * its own item's result. When a batch fails, its items are stored one by one, so a poison item
 * fails alone and never its neighbours.
 */
export class MicroBatcher<I, R> {
  private queue: Pending<I, R>[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running = 0;

  constructor(
    private readonly store: StoreBatch<I, R>,
    private readonly options: MicroBatchOptions,
  ) {
    for (const key of ['maxItems', 'maxConcurrentBatches'] as const) {
      if (!Number.isInteger(options[key]) || options[key] < 1) {
        throw new RangeError(`micro-batch ${key} must be a positive integer, got ${options[key]}`);
      }
    }
    if (!(options.maxWaitMs >= 0))
      throw new RangeError(`micro-batch maxWaitMs must be >= 0, got ${options.maxWaitMs}`);
  }

  /** Items waiting for a batch (not yet being stored). */
  get waiting(): number {
    return this.queue.length;
  }

  /** Resolves with the item's own result once its batch (or its retry alone) is stored. */
  submit(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.queue.length === 0 || this.running >= this.options.maxConcurrentBatches) return;
    if (this.queue.length >= this.options.maxItems || this.options.maxWaitMs === 0) {
      this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.flush();
      }, this.options.maxWaitMs);
    }
  }

  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.queue.length === 0 || this.running >= this.options.maxConcurrentBatches) return;
    const batch = this.queue.splice(0, this.options.maxItems);
    this.running++;
    void this.storeBatch(batch).finally(() => {
      this.running--;
      // Items that queued up while every slot was busy go out at once: they have waited already.
      if (this.queue.length > 0) this.flush();
    });
  }

  private async storeBatch(batch: readonly Pending<I, R>[]): Promise<void> {
    let outcomes: PromiseSettledResult<R>[];
    try {
      outcomes = await this.storeChecked(batch);
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      await this.storeOneByOne(batch);
      return;
    }
    batch.forEach((p, i) => settle(p, outcomes[i]!));
  }

  private async storeOneByOne(batch: readonly Pending<I, R>[]): Promise<void> {
    for (const p of batch) {
      try {
        settle(p, (await this.storeChecked([p]))[0]!);
      } catch (error) {
        p.reject(error);
      }
    }
  }

  private async storeChecked(batch: readonly Pending<I, R>[]): Promise<PromiseSettledResult<R>[]> {
    const outcomes = await this.store(batch.map((p) => p.item));
    if (outcomes.length !== batch.length) {
      throw new Error(`micro-batch store answered ${outcomes.length} outcomes for ${batch.length} items`);
    }
    return outcomes;
  }
}

function settle<I, R>(pending: Pending<I, R>, outcome: PromiseSettledResult<R>): void {
  if (outcome.status === 'fulfilled') pending.resolve(outcome.value);
  else pending.reject(outcome.reason);
}
