import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on current table types
type AnyDb = Kysely<any>;

/**
 * A training account's hint on the built-in identity provider's sign-in page: what the account
 * is for, in Finnish, Swedish and English, and its publicly known password. Only demo and
 * training accounts have one; the page lists exactly those.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('user_account').addColumn('sign_in_hint', 'jsonb').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('user_account').dropColumn('sign_in_hint').execute();
}
