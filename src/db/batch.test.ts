import { describe, expect, it } from 'vitest';
import { Batcher, BatchItemError } from './batch.js';

const turn = () => new Promise((r) => setImmediate(r));

/** A batcher whose batches wait until released, recording each batch's keys. */
function gated(maxInFlight = 1) {
  const batches: number[][] = [];
  const gates: (() => void)[] = [];
  const b = new Batcher<number, number>({
    maxInFlight,
    maxBatch: 5,
    run: async (keys) => {
      batches.push(keys);
      await new Promise<void>((r) => gates.push(r));
      return keys.map((k) => k * 10);
    },
  });
  return { b, batches, release: () => gates.shift()?.() };
}

describe('a batcher', () => {
  it('answers callers of one turn from one batch, each its own answer', async () => {
    const { b, batches, release } = gated();
    const answers = Promise.all([1, 2, 3].map((k) => b.load(k)));
    await turn();
    expect(batches).toEqual([[1, 2, 3]]);
    release();
    expect(await answers).toEqual([10, 20, 30]);
    expect(b.stats).toEqual({ batches: 1, keys: 3 });
  });

  it('never serves a caller from a batch that started before it asked', async () => {
    const { b, batches, release } = gated();
    const first = b.load(1);
    await turn();
    const later = [b.load(2), b.load(3)];
    await turn();
    expect(batches).toEqual([[1]]);
    release();
    expect(await first).toBe(10);
    await turn();
    await turn();
    expect(batches).toEqual([[1], [2, 3]]);
    release();
    expect(await Promise.all(later)).toEqual([20, 30]);
  });

  it('runs at most maxInFlight batches and at most maxBatch keys in one', async () => {
    const { b, batches, release } = gated(2);
    const all = Promise.all(Array.from({ length: 12 }, (_, i) => b.load(i)));
    await turn();
    expect(batches).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6, 7, 8, 9],
    ]);
    release();
    await turn();
    await turn();
    expect(batches[2]).toEqual([10, 11]);
    release();
    release();
    expect((await all).length).toBe(12);
  });

  it('fails only the caller whose answer is a BatchItemError', async () => {
    const b = new Batcher<number, number>({
      run: async (keys) => keys.map((k) => (k === 2 ? new BatchItemError(new Error('bad 2')) : k)),
    });
    const [one, two, three] = await Promise.allSettled([b.load(1), b.load(2), b.load(3)]);
    expect(one).toEqual({ status: 'fulfilled', value: 1 });
    expect(two.status === 'rejected' && (two.reason as Error).message).toBe('bad 2');
    expect(three).toEqual({ status: 'fulfilled', value: 3 });
  });

  it('fails every caller of a batch that fails, and goes on with the next', async () => {
    let fail = true;
    const b = new Batcher<number, number>({
      run: async (keys) => {
        if (fail) throw new Error('down');
        return keys;
      },
    });
    const failed = await Promise.allSettled([b.load(1), b.load(2)]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await b.load(3)).toBe(3);
  });

  it('fails every caller when a batch answers the wrong number of answers', async () => {
    const b = new Batcher<number, number>({ run: async () => [1] });
    const r = await Promise.allSettled([b.load(1), b.load(2)]);
    expect(r.map((x) => x.status)).toEqual(['rejected', 'rejected']);
  });

  it('fails every caller when run throws before it returns a promise', async () => {
    const b = new Batcher<number, number>({
      run: () => {
        throw new Error('sync');
      },
    });
    await expect(b.load(1)).rejects.toThrow('sync');
  });
});
