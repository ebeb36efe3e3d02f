import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on current table types
type AnyDb = Kysely<any>;

/**
 * Retention purge of the access log (AUDIT_RETENTION_YEARS). 0002's guard let any sealed entry
 * go once the purge flag was set; now the purge must first move the anchor to the last entry it
 * removes, and may remove only entries up to it. So a purge can only cut the chain's start, and
 * the anchor keeps the hash the remaining chain continues from. The anchor itself moves only
 * forward and only with the purge flag, and neither table can be emptied by TRUNCATE (which
 * row triggers do not see).
 */
const UPDATE_CHECKS = `
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
      return new;`;

export async function up(db: AnyDb): Promise<void> {
  await sql`
    create or replace function access_log_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        if current_setting('saumaton.purge', true) = 'on' and old.seq is not null
           and old.seq <= (select seq from access_log_anchor where id = 1) then
          return old;
        end if;
        raise exception 'access log entries cannot be deleted' using errcode = '42501';
      end if;
      ${sql.raw(UPDATE_CHECKS)}
    end $$`.execute(db);

  await sql`
    create function access_log_anchor_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'the access log anchor cannot be removed' using errcode = '42501';
      end if;
      if current_setting('saumaton.purge', true) is distinct from 'on' then
        raise exception 'the access log anchor moves only with a retention purge' using errcode = '42501';
      end if;
      if tg_op = 'UPDATE' and new.seq < old.seq then
        raise exception 'the access log anchor cannot move back' using errcode = '42501';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger access_log_anchor_guard before insert or update or delete on access_log_anchor
    for each row execute function access_log_anchor_guard()`.execute(db);

  await sql`
    create function access_log_refuse_truncate() returns trigger language plpgsql as $$
    begin
      raise exception 'the access log cannot be truncated' using errcode = '42501';
    end $$`.execute(db);
  for (const table of ['access_log', 'access_log_anchor'])
    await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function access_log_refuse_truncate()`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['access_log', 'access_log_anchor'])
    await sql`drop trigger if exists ${sql.raw(`${table}_no_truncate`)} on ${sql.table(table)}`.execute(db);
  await sql`drop function if exists access_log_refuse_truncate()`.execute(db);
  await sql`drop trigger if exists access_log_anchor_guard on access_log_anchor`.execute(db);
  await sql`drop function if exists access_log_anchor_guard()`.execute(db);
  // 0002's guard: the purge flag alone lets a sealed entry go.
  await sql`
    create or replace function access_log_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        if current_setting('saumaton.purge', true) = 'on' and old.seq is not null then
          return old;
        end if;
        raise exception 'access log entries cannot be deleted' using errcode = '42501';
      end if;
      ${sql.raw(UPDATE_CHECKS)}
    end $$`.execute(db);
}
