import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on current table types
type AnyDb = Kysely<any>;

/**
 * Sign-in: web sessions (only a hash of the cookie's value is stored), secrets every server
 * process shares (cookie signing, CSRF, the built-in identity provider's client), and a
 * password hash for the built-in identity provider's users (demo and tests only: a county signs
 * in through its own OpenID Connect provider, which keeps its own credentials).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('web_session')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('web_session_user_idx').on('web_session').column('user_id').execute();

  await db.schema
    .createTable('server_secret')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema.alterTable('user_account').addColumn('password_hash', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('user_account').dropColumn('password_hash').execute();
  await db.schema.dropTable('server_secret').ifExists().execute();
  await db.schema.dropTable('web_session').ifExists().execute();
}
