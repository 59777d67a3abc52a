// Runs extraction batches either in this thread or spread over worker threads. Results come
// back as promises the caller awaits in input order, so output order never depends on which
// worker finished first.
import { Worker } from 'node:worker_threads';
import { createExtractor } from './engine.js';
import { extractBatch, type BatchResult, type LineBatch } from './extract-batch.js';

export interface BatchRunner {
  /** How many batches may be outstanding before the caller should wait for the oldest. */
  readonly capacity: number;
  run(batch: LineBatch): Promise<BatchResult>;
  close(): Promise<void>;
}

/** `compiled`: a compiled codebook as compileToBytes gives it (engine.ts). */
export async function createInProcessRunner(compiled: Uint8Array): Promise<BatchRunner> {
  const extractor = await createExtractor(compiled);
  return {
    capacity: 1,
    // A throw becomes a rejection, as a failed worker batch would be.
    run: (batch) => new Promise((resolve) => resolve(extractBatch(extractor, batch))),
    close: () => Promise.resolve(),
  };
}

interface Pending {
  resolve(result: BatchResult): void;
  reject(err: Error): void;
}

/** One worker thread and the batches it has been sent; it answers them in order. */
class ExtractWorker {
  readonly pending: Pending[] = [];
  private failure: Error | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: BatchResult) => this.pending.shift()?.resolve(message));
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', (code) => this.fail(new Error(`extraction worker exited with code ${code}`)));
  }

  /**
   * Starts a worker and waits until it has its extractor, so start-up errors surface here. It
   * is handed the compiled codebook (a copy of its bytes), so it does not compile it again.
   */
  static start(compiled: Uint8Array): Promise<ExtractWorker> {
    const worker = new Worker(new URL('./extract-worker.js', import.meta.url), {
      workerData: { compiled },
    });
    return new Promise((resolve, reject) => {
      const onError = (err: Error): void => reject(err);
      const onExit = (code: number): void => reject(new Error(`extraction worker exited with code ${code}`));
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.once('message', () => {
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(new ExtractWorker(worker));
      });
    });
  }

  run(batch: LineBatch): Promise<BatchResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.worker.postMessage(batch);
    });
  }

  async stop(): Promise<void> {
    this.failure ??= new Error('extraction worker stopped');
    await this.worker.terminate();
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const p of this.pending.splice(0)) p.reject(this.failure);
  }
}

export async function createWorkerPool(compiled: Uint8Array, size: number): Promise<BatchRunner> {
  const started = await Promise.allSettled(Array.from({ length: size }, () => ExtractWorker.start(compiled)));
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    // The workers that did start would keep the process alive.
    await Promise.all(workers.map((w) => w.stop()));
    throw failed.reason;
  }
  return {
    // Two batches per worker: one being extracted, one waiting, so no worker idles between.
    capacity: size * 2,
    run(batch) {
      let idlest = workers[0]!;
      for (const w of workers) if (w.pending.length < idlest.pending.length) idlest = w;
      return idlest.run(batch);
    },
    async close() {
      await Promise.all(workers.map((w) => w.stop()));
    },
  };
}
