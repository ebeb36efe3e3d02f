import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on current table types
type AnyDb = Kysely<any>;

/**
 * The request an Idempotency-Key was first used with, as a hash of its body (idempotency.ts): a
 * retry with the same body replays the first answer, the same key with another body is refused.
 * Keys stored before this have none and replay as before.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('idempotency_key').addColumn('request_hash', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('idempotency_key').dropColumn('request_hash').execute();
}
