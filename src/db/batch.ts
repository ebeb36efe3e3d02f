/**
 * Micro-batching: concurrent callers that each want one small statement (the facts about one
 * client, one access-log entry) share one statement for all of them. A caller's key joins the
 * queue; the queue goes out as one batch as soon as fewer than `maxInFlight` batches are running,
 * after the current turn of the event loop has added whatever else arrived in it. Under load the
 * batches grow on their own while the previous one runs; alone, a caller waits one turn.
 *
 * A batch never serves a caller that joined after its statement started: what a caller reads is
 * never older than its own request.
 */

export interface BatchOptions<K, V> {
  /** Runs one batch: the answers in the order of the keys (a `BatchItemError` fails its caller alone). */
  run: (keys: K[]) => Promise<(V | BatchItemError)[]>;
  /** At most this many keys in one statement. */
  maxBatch?: number;
  /** At most this many batches running at once (default 1: while one runs, the next one grows). */
  maxInFlight?: number;
}

/** An answer in a batch that fails its own caller only (the others get theirs). */
export class BatchItemError {
  constructor(readonly cause: unknown) {}
}

interface Waiter<K, V> {
  key: K;
  resolve: (v: V) => void;
  reject: (e: unknown) => void;
}

export class Batcher<K, V> {
  private readonly run: (keys: K[]) => Promise<(V | BatchItemError)[]>;
  private readonly maxBatch: number;
  private readonly maxInFlight: number;
  private queue: Waiter<K, V>[] = [];
  private inFlight = 0;
  private scheduled = false;
  /** Batches run and keys served, for benchmarks and tests. */
  readonly stats = { batches: 0, keys: 0 };

  constructor(opts: BatchOptions<K, V>) {
    this.run = opts.run;
    this.maxBatch = opts.maxBatch ?? 500;
    this.maxInFlight = opts.maxInFlight ?? 1;
  }

  load(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.queue.push({ key, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      this.stats.batches++;
      this.stats.keys += batch.length;
      let answers: Promise<(V | BatchItemError)[]>;
      try {
        answers = this.run(batch.map((w) => w.key));
      } catch (e) {
        answers = Promise.reject(e);
      }
      answers
        .then(
          (values) => {
            if (values.length !== batch.length)
              throw new Error(`a batch of ${batch.length} answered ${values.length}`);
            batch.forEach((w, i) => {
              const v = values[i];
              if (v instanceof BatchItemError) w.reject(v.cause);
              else w.resolve(v as V);
            });
          },
          (e: unknown) => {
            for (const w of batch) w.reject(e);
          },
        )
        .catch((e: unknown) => {
          for (const w of batch) w.reject(e);
        })
        .finally(() => {
          this.inFlight--;
          this.schedule();
        });
    }
  }
}

/** One batcher per database handle (a transaction never batches: its statements are its own). */
export function batcherPer<D extends object, K, V>(make: (db: D) => Batcher<K, V>): (db: D) => Batcher<K, V> {
  const batchers = new WeakMap<D, Batcher<K, V>>();
  return (db) => {
    let b = batchers.get(db);
    if (!b) {
      b = make(db);
      batchers.set(db, b);
    }
    return b;
  };
}
