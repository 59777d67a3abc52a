import { MicroBatcher, type StoreBatch } from './micro-batcher.js';

const ok = <R>(value: R): PromiseSettledResult<R> => ({ status: 'fulfilled', value });

/** A store that records each call's items and doubles numbers; `poison` fails any batch holding it. */
function recordingStore(poison?: number): { calls: number[][]; store: StoreBatch<number, number> } {
  const calls: number[][] = [];
  const store: StoreBatch<number, number> = async (items) => {
    calls.push([...items]);
    await new Promise((r) => setTimeout(r, 5));
    if (poison !== undefined && items.includes(poison)) throw new Error(`poison ${poison}`);
    return items.map((i) => (i < 0 ? { status: 'rejected', reason: new Error(`negative ${i}`) } : ok(i * 2)));
  };
  return { calls, store };
}

describe('MicroBatcher', () => {
  it('stores items submitted together in one batch of at most maxItems, each caller getting its own result', async () => {
    const { calls, store } = recordingStore();
    const batcher = new MicroBatcher(store, { maxItems: 4, maxWaitMs: 20, maxConcurrentBatches: 1 });
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => batcher.submit(i)));
    expect(results).toEqual([2, 4, 6, 8, 10, 12]);
    expect(calls).toEqual([
      [1, 2, 3, 4],
      [5, 6],
    ]);
  });

  it('flushes a partial batch after maxWaitMs', async () => {
    const { calls, store } = recordingStore();
    const batcher = new MicroBatcher(store, { maxItems: 100, maxWaitMs: 10, maxConcurrentBatches: 1 });
    expect(await batcher.submit(7)).toBe(14);
    expect(calls).toEqual([[7]]);
  });

  it('retries a failed batch item by item, so only the poison item fails', async () => {
    const { calls, store } = recordingStore(3);
    const batcher = new MicroBatcher(store, { maxItems: 5, maxWaitMs: 5, maxConcurrentBatches: 1 });
    const results = await Promise.allSettled([1, 2, 3, 4].map((i) => batcher.submit(i)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      2,
      4,
      'poison 3',
      8,
    ]);
    expect(calls).toEqual([[1, 2, 3, 4], [1], [2], [3], [4]]);
  });

  it('fails an item the store rejects alone without retrying its neighbours', async () => {
    const { calls, store } = recordingStore();
    const batcher = new MicroBatcher(store, { maxItems: 5, maxWaitMs: 5, maxConcurrentBatches: 1 });
    const results = await Promise.allSettled([1, -1, 2].map((i) => batcher.submit(i)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(calls).toEqual([[1, -1, 2]]);
  });

  it('collects items arriving while every slot is busy into the next batch', async () => {
    const { calls, store } = recordingStore();
    const batcher = new MicroBatcher(store, { maxItems: 10, maxWaitMs: 0, maxConcurrentBatches: 1 });
    const first = batcher.submit(1);
    const rest = [2, 3, 4].map((i) => batcher.submit(i));
    expect(batcher.waiting).toBe(3);
    await Promise.all([first, ...rest]);
    expect(calls).toEqual([[1], [2, 3, 4]]);
  });

  it('rejects invalid options by name', () => {
    const { store } = recordingStore();
    expect(() => new MicroBatcher(store, { maxItems: 0, maxWaitMs: 1, maxConcurrentBatches: 1 })).toThrow(
      /maxItems/,
    );
    expect(() => new MicroBatcher(store, { maxItems: 1, maxWaitMs: -1, maxConcurrentBatches: 1 })).toThrow(
      /maxWaitMs/,
    );
    expect(() => new MicroBatcher(store, { maxItems: 1, maxWaitMs: 1, maxConcurrentBatches: 1.5 })).toThrow(
      /maxConcurrentBatches/,
    );
  });
});
