import { sql } from 'kysely';
import type { Db } from './connection.js';
import { RecordNotFoundError, StaleVersionError } from './errors.js';
import type { Database } from './schema.js';

export type VersionedTable =
  | 'producer'
  | 'unit'
  | 'service'
  | 'channel'
  | 'contract'
  | 'servicePackage'
  | 'serviceChain'
  | 'client';

/** Appends a snapshot of a record to its history, so every version can be looked up later. */
export async function recordHistory(
  trx: Db,
  entity: VersionedTable,
  entityId: string,
  version: number,
  data: unknown,
): Promise<void> {
  await trx
    .insertInto('recordHistory')
    .values({ entity, entityId, version, data: JSON.stringify(data) })
    .execute();
  // Tells every server process, when this transaction commits, that the catalogue changed.
  await sql`select pg_notify(${CATALOGUE_CHANNEL}, '')`.execute(trx);
}

export const CATALOGUE_CHANNEL = 'saumaton_catalogue';

/**
 * Bumps a record's version only if it still has the version the caller read. The single
 * conditional UPDATE makes concurrent writers safe without explicit locks: exactly one of two
 * writers that read version n succeeds, the other gets StaleVersionError (412) and changes nothing.
 */
export async function bumpVersion(
  trx: Db,
  table: VersionedTable,
  id: string,
  expectedVersion: number,
  // biome-ignore lint/suspicious/noExplicitAny: the changed columns are checked by each caller's typed update
  changes: Record<string, any>,
): Promise<number> {
  const updated = await trx
    .updateTable(table)
    .set({ ...changes, version: sql`version + 1`, updatedAt: sql`now()` } as never)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  if (updated) return updated.version;
  const current = await trx.selectFrom(table).select('version').where('id', '=', id).executeTakeFirst();
  if (!current) throw new RecordNotFoundError(table, id);
  throw new StaleVersionError(table, id, expectedVersion, current.version);
}

export type TableName = keyof Database;
