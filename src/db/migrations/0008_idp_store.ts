import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on current table types
type AnyDb = Kysely<any>;

/**
 * The built-in identity provider's state (sessions, interactions, codes, grants), so that every
 * server process shares it and a restart does not sign everyone out mid-login. The payload is
 * JSON kept as text: its keys (ui_locales, …) must come back exactly as stored, untouched by the
 * camelCase mapping of result columns.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('idp_store')
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('grant_id', 'text')
    .addColumn('user_code', 'text')
    .addColumn('uid', 'text')
    .addColumn('expires_at', 'timestamptz')
    .addColumn('consumed_at', 'timestamptz')
    .addPrimaryKeyConstraint('idp_store_pk', ['model', 'id'])
    .execute();
  await db.schema.createIndex('idp_store_grant_idx').on('idp_store').column('grant_id').execute();
  await db.schema.createIndex('idp_store_uid_idx').on('idp_store').columns(['model', 'uid']).execute();
  await db.schema.createIndex('idp_store_expires_idx').on('idp_store').column('expires_at').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('idp_store').ifExists().execute();
}
