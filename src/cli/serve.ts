import cluster, { type Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { Config } from '../app/config.js';
import { prepareDatabase, type Running, startServer } from '../app/start.js';
import type { Db } from '../db/connection.js';
import { seedDemoIfEmpty } from '../seed/seed.js';

/** What `serve` does to a database before serving: the demo county into an empty one (SEED_DEMO). */
function prepareFor(config: Config): ((db: Db) => Promise<void>) | undefined {
  return config.seedDemo
    ? (db) => seedDemoIfEmpty(db, { seed: config.demoSeed, region: config.demoRegion }).then(() => undefined)
    : undefined;
}

/**
 * What `saumaton serve` (and so `npm start`) runs in one process: the server, with the demo
 * county loaded into an empty database first when the configuration asks for it (SEED_DEMO,
 * default true). `migrate: false` in the workers of `serve --workers N`: their primary has
 * migrated and seeded already.
 */
export function serve(config: Config, opts: { migrate?: boolean } = {}): Promise<Running> {
  return startServer(config, { prepare: prepareFor(config), migrate: opts.migrate ?? true });
}

/** A refusal to start that is the caller's to fix (exit code 2, like a bad command). */
export class UsageError extends Error {}

/** PGlite is one process's database: several server processes need PostgreSQL. */
export function checkWorkers(config: Config, workers: number, asked = `--workers ${workers}`): void {
  if (workers > 1 && !config.databaseUrl)
    throw new UsageError(
      `${asked} needs PostgreSQL (DATABASE_URL): the embedded database (PGlite, in ${config.dataDir}) ` +
        'belongs to one process. Start one process without --workers or WORKERS, or set DATABASE_URL.',
    );
}

export interface ServerCluster {
  url: string;
  workers: number;
  stop(): Promise<void>;
}

/** A worker that dies within this long of its start counts as a quick death: restarts back off. */
const QUICK_DEATH_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** How long `stop` waits for a worker to finish its requests and jobs before killing it. */
const STOP_GRACE_MS = 20_000;

const urlOf = (address: AddressInfo | { address: string; port: number; addressType?: number | string }) => {
  const host =
    address.address === '0.0.0.0' || address.address === '::' || !address.address
      ? '127.0.0.1'
      : address.address.includes(':')
        ? `[${address.address}]`
        : address.address;
  return `http://${host}:${address.port}`;
};

/**
 * `serve --workers N` (node:cluster): this primary process migrates the database and seeds it
 * once, before any worker starts (so workers never race the migrations), then starts N worker
 * processes that each run the whole server on the same port (the primary hands connections out
 * in turn). It is serving once every worker listens; a worker that ends before then fails the
 * start. A worker that ends later is replaced, with a growing pause if workers keep dying right
 * after their start.
 * Everything the workers share lives in PostgreSQL (see README "Running several processes").
 */
export async function serveCluster(config: Config, workers: number): Promise<ServerCluster> {
  checkWorkers(config, workers);
  const log = pino({ level: config.logLevel, base: { role: 'primary', pid: process.pid } });
  await prepareDatabase(config, prepareFor(config));

  let stopping = false;
  let quickDeaths = 0;
  const startedAt = new Map<number, number>();
  const restarts = new Set<NodeJS.Timeout>();

  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
    log.info({ worker: worker.id, workerPid: worker.process.pid }, 'worker process started');
    return worker;
  };
  const live = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());

  const stopAll = async () => {
    stopping = true;
    for (const t of restarts) clearTimeout(t);
    const exits = live().map(
      (w) =>
        new Promise<void>((resolve) => {
          const kill = setTimeout(() => w.process.kill('SIGKILL'), STOP_GRACE_MS);
          w.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          w.process.kill('SIGTERM');
        }),
    );
    await Promise.all(exits);
  };

  // Serving once every worker listens; a worker that ends before then fails the start.
  const url = await new Promise<string>((resolve, reject) => {
    let first: string | undefined;
    let up = 0;
    let started = false;
    cluster.on('listening', (_worker, address) => {
      first ??= urlOf(address);
      if (!started && ++up === workers) {
        started = true;
        resolve(first);
      }
    });
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) return;
      const pid = worker.process.pid;
      if (!started) {
        // A restart would not mend it (port taken, database unreachable…): say so and stop.
        log.error({ worker: worker.id, workerPid: pid, code, signal }, 'a worker process could not start');
        void stopAll().then(() =>
          reject(
            new Error(`a worker process could not start (exit code ${code ?? signal}); see its error above`),
          ),
        );
        return;
      }
      const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
      quickDeaths = lived < QUICK_DEATH_MS ? quickDeaths + 1 : 0;
      const delay = quickDeaths ? Math.min(MAX_RESTART_DELAY_MS, 500 * 2 ** (quickDeaths - 1)) : 0;
      log.error(
        { worker: worker.id, workerPid: pid, code, signal, restartInMs: delay },
        'a worker process ended unexpectedly: starting another',
      );
      const t = setTimeout(() => {
        restarts.delete(t);
        if (!stopping) fork();
      }, delay);
      restarts.add(t);
    });
    for (let i = 0; i < workers; i++) fork();
  });

  return {
    url,
    workers,
    async stop() {
      await stopAll();
      log.info('all worker processes stopped');
      log.flush();
    },
  };
}
