import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

export interface DbConfig {
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; `undefined` with no databaseUrl means an in-memory database. */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
  /**
   * PGlite only: start from this data directory (a tarball of PGlite's `dumpDataDir`) instead of
   * an empty one. The tests start each database from a migrated one this way.
   */
  loadDataDir?: Blob | undefined;
}

export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /**
   * Subscribes to PostgreSQL notifications (NOTIFY, delivered when the sending transaction
   * commits) on a channel. On PostgreSQL this holds one extra connection per process.
   */
  listen(channel: string, onNotify: () => void, onLost?: () => void): Promise<void>;
  close(): Promise<void>;
}

// Dates stay 'YYYY-MM-DD' strings (a contract valid to 2026-12-31 must not shift a day with the
// server's time zone) and bigint counts become numbers (they are far below 2^53 here).
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
pg.types.setTypeParser(DATE_OID, (v) => v);
pg.types.setTypeParser(INT8_OID, (v) => Number(v));
pg.types.setTypeParser(NUMERIC_OID, (v) => Number(v));

export async function openDb(config: DbConfig): Promise<DbHandle> {
  if (config.databaseUrl) {
    const url = config.databaseUrl;
    const pool = new pg.Pool({ connectionString: url, max: config.poolSize ?? 10 });
    // An idle connection that the server drops (restart, failover) must not take the process down:
    // the pool replaces it on the next query.
    pool.on('error', () => undefined);
    // So must one lost while in use (a transaction awaiting, a background job holding its lock):
    // its next query fails, and the pool drops it when it comes back.
    pool.on('connect', (client) => client.on('error', () => undefined));
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
    });
    let listener: pg.Client | null = null;
    return {
      db,
      kind: 'postgres',
      async listen(channel, onNotify, onLost) {
        if (!/^[a-z_]+$/.test(channel)) throw new Error(`bad channel name ${channel}`);
        if (!listener) {
          listener = new pg.Client({ connectionString: url });
          await listener.connect();
        }
        // Without the listener this process would not hear of changes: whoever relies on it must know.
        listener.on('error', () => (onLost ?? onNotify)());
        listener.on('end', () => (onLost ?? onNotify)());
        listener.on('notification', (n) => {
          if (n.channel === channel) onNotify();
        });
        await listener.query(`listen ${channel}`);
      },
      async close() {
        // Closing on purpose is no lost connection: whoever listens need not hear of it.
        const l = listener;
        listener = null;
        l?.removeAllListeners();
        l?.on('error', () => undefined);
        await l?.end().catch(() => undefined);
        await db.destroy();
      },
    };
  }
  if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
  const pglite = new PGlite({
    ...(config.dataDir ? { dataDir: config.dataDir } : {}),
    ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
    parsers: {
      [DATE_OID]: (v: string) => v,
      [INT8_OID]: (v: string) => Number(v),
      [NUMERIC_OID]: (v: string) => Number(v),
    },
  });
  await pglite.waitReady;
  const db = new Kysely<Database>({
    dialect: new PGliteDialect({ pglite }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    db,
    kind: 'pglite',
    async listen(channel, onNotify) {
      await pglite.listen(channel, () => onNotify());
    },
    close: () => db.destroy(),
  };
}
