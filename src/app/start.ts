import type { FastifyInstance } from 'fastify';
import { type Db, type DbHandle, openDb } from '../db/connection.js';
import { acquireDataLock, type DataLock } from '../db/lock.js';
import { migrateToLatest } from '../db/migrate.js';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { serverJobs, startJobs } from './jobs.js';

export interface Running {
  app: FastifyInstance;
  handle: DbHandle;
  url: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /**
   * Runs after the migrations and before the server listens, e.g. loading the demo county into
   * an empty database (the CLI's `serve` passes it: the app itself never imports the seed).
   */
  prepare?: (db: Db) => Promise<void>;
  /**
   * Migrate (and prepare) before serving; default true. False in the worker processes of
   * `serve --workers N`, whose primary has done it once before starting them.
   */
  migrate?: boolean;
}

/** Opens the database and migrates it, then runs `prepare` (e.g. seeds the demo county). */
export async function prepareDatabase(config: Config, prepare?: (db: Db) => Promise<void>): Promise<void> {
  const handle = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    await migrateToLatest(handle.db);
    await prepare?.(handle.db);
  } finally {
    await handle.close();
  }
}

/** Opens the database, migrates, prepares it (e.g. seeds the demo county) and serves. */
export async function startServer(config: Config, opts: StartOptions = {}): Promise<Running> {
  let lock: DataLock | null = null;
  if (!config.databaseUrl) lock = acquireDataLock(config.dataDir, 'server');
  const handle = await openDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
  });
  try {
    if (opts.migrate !== false) {
      await migrateToLatest(handle.db);
      await opts.prepare?.(handle.db);
    }
    const app = await buildApp({
      db: handle.db,
      logger: { level: config.logLevel },
      webDir: config.webDir,
      readCache: config.readCache,
      listen: handle.listen,
      signIn: config.signIn,
      // Several processes may share PostgreSQL: their rate limits count together there.
      rateLimits: handle.kind === 'postgres' ? 'database' : 'memory',
    });
    const url = await app.listen({ port: config.port, host: config.host });
    // The background jobs: every process runs the runner, one process at a time runs each job.
    const jobs = startJobs(
      handle,
      serverJobs({
        retentionYears: config.auditRetentionYears,
        onPurged: (removed) => {
          if (removed > 0) app.log.info({ removed }, 'purged access log entries past retention');
        },
      }),
      {
        onError: (job, e) =>
          app.log.error({ job: job.name, err: { message: (e as Error).message } }, 'a background job failed'),
      },
    );
    return {
      app,
      handle,
      url,
      async stop() {
        await jobs.stop();
        await app.close();
        await handle.close();
        lock?.release();
      },
    };
  } catch (e) {
    await handle.close();
    lock?.release();
    throw e;
  }
}
