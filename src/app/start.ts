import type { FastifyInstance } from 'fastify';
import { type Db, type DbHandle, openDb } from '../db/connection.js';
import { acquireDataLock, type DataLock } from '../db/lock.js';
import { migrateToLatest } from '../db/migrate.js';
import { startPurger, startSealer } from '../modules/audit/service.js';
import { buildApp } from './app.js';
import type { Config } from './config.js';

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
}

/** Opens the database, migrates, prepares it (e.g. seeds the demo county) and serves. */
export async function startServer(config: Config, opts: StartOptions = {}): Promise<Running> {
  let lock: DataLock | null = null;
  if (!config.databaseUrl) lock = acquireDataLock(config.dataDir, 'server');
  const handle = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(handle.db);
    await opts.prepare?.(handle.db);
    const app = await buildApp({
      db: handle.db,
      logger: { level: config.logLevel },
      webDir: config.webDir,
      readCache: config.readCache,
      listen: handle.listen,
      signIn: config.signIn,
    });
    const url = await app.listen({ port: config.port, host: config.host });
    // Chains committed access log entries in the background (several processes may run one each).
    const sealer = startSealer(handle.db, 500, (e) =>
      app.log.error({ err: { message: (e as Error).message } }, 'sealing the access log failed'),
    );
    // Removes access log entries past the retention period, daily.
    const purger = startPurger(handle.db, {
      retentionYears: config.auditRetentionYears,
      onPurged: (removed) => {
        if (removed > 0) app.log.info({ removed }, 'purged access log entries past retention');
      },
      onError: (e) =>
        app.log.error({ err: { message: (e as Error).message } }, 'purging the access log failed'),
    });
    return {
      app,
      handle,
      url,
      async stop() {
        await sealer.stop();
        await purger.stop();
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
