import type { Db } from './connection.js';

/**
 * Runs `fn` in a transaction: a new one, or the caller's when `db` already is one. Use cases
 * stay one transaction each on their own, and an import can run many of them in one.
 */
export function inTx<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
