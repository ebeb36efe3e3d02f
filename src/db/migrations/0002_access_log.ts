import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on current table types
type AnyDb = Kysely<any>;

/**
 * The access log (DOMAIN §7): every read and write of client data appends one entry in the
 * same transaction. Entries are append-only; the hash chain (seq, prev_hash, hash) is filled in
 * later by the sealer over committed entries, so writers never wait for one another.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('access_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The writing transaction: the sealer only chains entries whose transaction has ended.
    .addColumn('txid', sql`xid8`, (c) => c.notNull().defaultTo(sql`pg_current_xact_id()`))
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('actor_org', 'text')
    .addColumn('client_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('seq', 'bigint')
    .addColumn('prev_hash', 'text')
    .addColumn('hash', 'text')
    .execute();
  await db.schema.createIndex('access_log_seq_uq').on('access_log').column('seq').unique().execute();
  await sql`create index access_log_unsealed_idx on access_log (id) where seq is null`.execute(db);
  await db.schema
    .createIndex('access_log_client_idx')
    .on('access_log')
    .columns(['client_id', 'at'])
    .execute();
  await db.schema.createIndex('access_log_actor_idx').on('access_log').columns(['actor_id', 'at']).execute();

  // The chain's starting point: after retention purges old entries, verification starts from here.
  await db.schema
    .createTable('access_log_anchor')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('purged_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Append-only: no deletes except the retention purge of sealed entries older than the anchor
  // (it sets a transaction-local flag), and no updates except sealing an unsealed entry once.
  await sql`
    create function access_log_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        if current_setting('saumaton.purge', true) = 'on' and old.seq is not null then
          return old;
        end if;
        raise exception 'access log entries cannot be deleted' using errcode = '42501';
      end if;
      if old.seq is not null
         or new.id is distinct from old.id or new.at is distinct from old.at or new.txid is distinct from old.txid
         or new.actor_id is distinct from old.actor_id or new.actor_role is distinct from old.actor_role
         or new.actor_org is distinct from old.actor_org or new.client_id is distinct from old.client_id
         or new.action is distinct from old.action or new.resource is distinct from old.resource
         or new.purpose is distinct from old.purpose or new.basis is distinct from old.basis
         or new.outcome is distinct from old.outcome or new.channel is distinct from old.channel
         or new.request_id is distinct from old.request_id or new.details is distinct from old.details then
        raise exception 'access log entries cannot be changed' using errcode = '42501';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger access_log_guard before update or delete on access_log
    for each row execute function access_log_guard()`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop trigger if exists access_log_guard on access_log`.execute(db);
  await sql`drop function if exists access_log_guard()`.execute(db);
  await db.schema.dropTable('access_log_anchor').ifExists().execute();
  await db.schema.dropTable('access_log').ifExists().execute();
}
