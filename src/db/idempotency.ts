import { createHash } from 'node:crypto';
import type { Db } from './connection.js';
import { IdempotencyKeyReusedError, IdempotencyKeyTooLongError } from './errors.js';
import { inTx } from './tx.js';

export const MAX_KEY_LENGTH = 200;

/**
 * JSON with the keys of every object in order: two bodies that mean the same (keys in another
 * order, other spacing, 1.0 for 1) give the same text. Strings are compared as sent.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** What a request is remembered by beside its key: a hash of its body's canonical JSON. */
export const requestHash = (body: unknown): string =>
  createHash('sha256').update(canonicalJson(body)).digest('hex');

/**
 * Runs a create at most once per Idempotency-Key and route: a retried request gets the first
 * answer again instead of a duplicate record. The key is claimed in the same transaction as
 * the create, so two concurrent requests with one key cannot both create (the second waits on
 * the key's row and then reads the stored answer). The key is stored with a hash of the request
 * body: the same key with another body is a different request, refused (IdempotencyKeyReusedError,
 * 422 as the IETF Idempotency-Key draft says) rather than answered with the first one's record.
 */
export async function onceForKey<T>(
  db: Db,
  key: string | undefined,
  route: string,
  body: unknown,
  create: (trx: Db) => Promise<T>,
): Promise<{ replay: boolean; value: T }> {
  if (!key) return { replay: false, value: await create(db) };
  if (key.length > MAX_KEY_LENGTH) throw new IdempotencyKeyTooLongError(MAX_KEY_LENGTH);
  const hash = requestHash(body);
  return inTx(db, async (trx) => {
    const claimed = await trx
      .insertInto('idempotencyKey')
      .values({ key, route, requestHash: hash })
      .onConflict((oc) => oc.columns(['key', 'route']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!claimed) {
      const stored = await trx
        .selectFrom('idempotencyKey')
        .select(['response', 'requestHash'])
        .where('key', '=', key)
        .where('route', '=', route)
        .executeTakeFirstOrThrow();
      // A key stored before bodies were hashed (requestHash null) replays as it did then.
      if (stored.requestHash !== null && stored.requestHash !== hash)
        throw new IdempotencyKeyReusedError(route);
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
