import type { Db } from './connection.js';
import { IdempotencyKeyTooLongError } from './errors.js';
import { inTx } from './tx.js';

export const MAX_KEY_LENGTH = 200;

/**
 * Runs a create at most once per Idempotency-Key and route: a retried request gets the first
 * answer again instead of a duplicate record. The key is claimed in the same transaction as
 * the create, so two concurrent requests with one key cannot both create (the second waits on
 * the key's row and then reads the stored answer).
 */
export async function onceForKey<T>(
  db: Db,
  key: string | undefined,
  route: string,
  create: (trx: Db) => Promise<T>,
): Promise<{ replay: boolean; value: T }> {
  if (!key) return { replay: false, value: await create(db) };
  if (key.length > MAX_KEY_LENGTH) throw new IdempotencyKeyTooLongError(MAX_KEY_LENGTH);
  return inTx(db, async (trx) => {
    const claimed = await trx
      .insertInto('idempotencyKey')
      .values({ key, route })
      .onConflict((oc) => oc.columns(['key', 'route']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!claimed) {
      const stored = await trx
        .selectFrom('idempotencyKey')
        .select(['response'])
        .where('key', '=', key)
        .where('route', '=', route)
        .executeTakeFirstOrThrow();
      return { replay: true, value: stored.response as T };
    }
    const value = await create(trx);
    await trx
      .updateTable('idempotencyKey')
      .set({ status: 201, response: JSON.stringify(value) })
      .where('key', '=', key)
      .where('route', '=', route)
      .execute();
    return { replay: false, value };
  });
}
