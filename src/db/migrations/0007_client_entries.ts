import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on current table types
type AnyDb = Kysely<any>;

/**
 * Client record entries: what professionals write about a client, each in the social welfare or
 * the health care register. An entry is never changed or removed (a correction is a new entry
 * that names the one it corrects), as client and patient records require.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('client_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('client.id'))
    .addColumn('register', 'text', (c) => c.notNull().check(sql`register in ('social', 'health')`))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('corrects', 'text', (c) => c.references('client_entry.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('user_account.id'))
    .addColumn('author_role', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.references('unit.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('client_entry_client_idx')
    .on('client_entry')
    .columns(['client_id', 'register', 'created_at'])
    .execute();
  await sql`
    create function client_entry_guard() returns trigger language plpgsql as $$
    begin
      raise exception 'client record entries are never changed or removed; write a correcting entry'
        using errcode = '42501';
    end $$`.execute(db);
  await sql`create trigger client_entry_guard before update or delete on client_entry
    for each row execute function client_entry_guard()`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('client_entry').ifExists().execute();
  await sql`drop function if exists client_entry_guard()`.execute(db);
}
