/** SQL for the access log. Only this folder touches access_log and access_log_anchor. */
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { AccessEntryInput, ChainBreak, ChainLink } from './model.js';

export async function insertEntry(trx: Db, e: AccessEntryInput): Promise<void> {
  await insertEntries(trx, [e]);
}

/** Several entries in one statement: all or none. */
export async function insertEntries(db: Db, entries: readonly AccessEntryInput[]): Promise<void> {
  await db
    .insertInto('accessLog')
    .values(
      entries.map((e) => ({
        actorId: e.actorId,
        actorRole: e.actorRole,
        actorOrg: e.actorOrg,
        clientId: e.clientId,
        action: e.action,
        resource: e.resource,
        purpose: e.purpose,
        basis: e.basis,
        outcome: e.outcome,
        channel: e.channel,
        requestId: e.requestId,
        details: JSON.stringify(e.details),
      })),
    )
    .execute();
}

/**
 * An entry's content as the chain covers it: every field, rendered by PostgreSQL as a JSON
 * array (jsonb's text form is canonical: the same values always give the same text). Sealing
 * (in Node) and verifying (in SQL) both hash exactly this text.
 */
const CONTENT = sql`jsonb_build_array(id, (extract(epoch from at) * 1000000)::bigint, actor_id, actor_role, actor_org,
  client_id, action, resource, purpose, basis, outcome, channel, request_id, details)::text`;

/** The chain's head: the last sealed entry, or the anchor left by a retention purge, or the start. */
export async function chainHead(db: Db): Promise<{ seq: number; hash: string } | null> {
  // Ordered by the column, not by a text alias: "9" sorts after "14".
  const last = await sql<{ seqText: string; hash: string }>`
    select seq::text as seq_text, hash from access_log where seq is not null order by access_log.seq desc limit 1`.execute(
    db,
  );
  const row = last.rows[0];
  if (row) return { seq: Number(row.seqText), hash: row.hash };
  const anchor = await db
    .selectFrom('accessLogAnchor')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return anchor ? { seq: Number(anchor.seq), hash: anchor.hash } : null;
}

export async function anchor(db: Db): Promise<{ seq: number; hash: string } | null> {
  const a = await db
    .selectFrom('accessLogAnchor')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return a ? { seq: Number(a.seq), hash: a.hash } : null;
}

/**
 * Unsealed entries whose writing transaction has ended, in id order: no transaction still open
 * can add an entry that belongs before them, since every open one is younger than the horizon.
 */
export async function sealableEntries(
  db: Db,
  after: number,
  limit: number,
): Promise<{ id: number; content: string }[]> {
  const res = await sql<{ id: string; content: string }>`
    select id::text as id, ${CONTENT} as content from access_log
    where seq is null and id > ${after} and txid < pg_snapshot_xmin(pg_current_snapshot())
    order by access_log.id limit ${limit}`.execute(db);
  return res.rows.map((r) => ({ id: Number(r.id), content: r.content }));
}

/**
 * The highest id below which every entry is sealed, searched from a known lower bound. Sealed
 * entries leave dead index entries behind until vacuum; starting the scans past them keeps
 * each sealing round from walking the whole history again.
 */
export async function sealedThrough(db: Db, after: number): Promise<number> {
  const r = await sql<{ firstUnsealed: string | null; last: string | null }>`
    select (select min(id) from access_log where seq is null and id > ${after})::text as first_unsealed,
           (select max(id) from access_log where id > ${after})::text as last`.execute(db);
  const row = r.rows[0];
  if (row?.firstUnsealed) return Number(row.firstUnsealed) - 1;
  return row?.last ? Number(row.last) : after;
}

export async function writeSeals(db: Db, links: ChainLink[]): Promise<void> {
  if (links.length === 0) return;
  const values = sql.join(
    links.map((e) => sql`(${e.id}::bigint, ${e.seq}::bigint, ${e.prevHash}, ${e.hash})`),
  );
  await sql`update access_log set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
    from (values ${values}) as v(id, seq, prev_hash, hash) where access_log.id = v.id`.execute(db);
}

/**
 * Checks the whole chain in one ordered scan inside the database: consecutive places, each
 * entry pointing at the hash before it, each hash matching sha256 of its content. Returns the
 * first broken entry and how many were checked.
 */
export async function firstBreak(
  db: Db,
  start: { seq: number; hash: string },
): Promise<{ checked: number; broken: ChainBreak | null }> {
  const res = await sql<{
    seqText: string;
    expectedText: string;
    idText: string;
    reason: ChainBreak['reason'];
    total: string;
  }>`
    with chain as (
      select seq, id, prev_hash, hash,
             lag(seq, 1, ${start.seq}::bigint) over w as before_seq,
             lag(hash, 1, ${start.hash}::text) over w as before_hash,
             encode(sha256(convert_to(prev_hash || E'\n' || seq::text || E'\n' || ${CONTENT}, 'UTF8')), 'hex') as computed
      from access_log where seq > ${start.seq}
      window w as (order by seq)
    ), broken as (
      select seq, id, before_seq + 1 as expected_seq,
             case when seq <> before_seq + 1 then 'missing-entry'
                  when prev_hash <> before_hash then 'wrong-previous-hash'
                  else 'content-changed' end as reason
      from chain
      where seq <> before_seq + 1 or prev_hash <> before_hash or computed <> hash
      order by seq limit 1
    )
    select (select seq::text from broken) as seq_text, (select expected_seq::text from broken) as expected_text, (select id::text from broken) as id_text,
           (select reason from broken) as reason, (select count(*)::text from chain) as total`.execute(db);
  const row = res.rows[0];
  if (!row?.seqText) return { checked: Number(row?.total ?? 0), broken: null };
  // A missing entry is reported at the place that is missing, as the chain expects it.
  const seq = row.reason === 'missing-entry' ? Number(row.expectedText) : Number(row.seqText);
  return { checked: seq - start.seq - 1, broken: { seq, id: Number(row.idText), reason: row.reason } };
}

/**
 * The last entry a purge of entries written before `cutoff` removes: the chain can only be cut
 * at its start, so this ends the oldest run of sealed entries after `after` that are all older
 * than the cutoff (an older entry sealed behind a newer one waits for that one). Null: nothing to purge.
 */
export async function purgeEnd(
  db: Db,
  after: number,
  cutoff: Date,
): Promise<{ seq: number; hash: string } | null> {
  const res = await sql<{ seq: number; hash: string }>`
    select seq, hash from access_log
    where seq > ${after} and seq < coalesce(
      (select seq from access_log where seq > ${after} and at >= ${cutoff.toISOString()}::timestamptz
        order by access_log.seq limit 1),
      (select max(seq) + 1 from access_log))
    order by access_log.seq desc limit 1`.execute(db);
  const row = res.rows[0];
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

/**
 * Removes the chain's entries up to `end` and makes `end` the anchor that verification and
 * sealing continue from. The guard (migration 0006) lets the purge flag remove only entries up
 * to the anchor, so the anchor moves first. Call it in a transaction.
 */
export async function purgeThrough(trx: Db, end: { seq: number; hash: string }): Promise<number> {
  await sql`select set_config('saumaton.purge', 'on', true)`.execute(trx);
  await sql`insert into access_log_anchor (id, seq, hash, purged_at) values (1, ${end.seq}, ${end.hash}, now())
    on conflict (id) do update set seq = excluded.seq, hash = excluded.hash, purged_at = excluded.purged_at`.execute(
    trx,
  );
  const r = await trx.deleteFrom('accessLog').where('seq', '<=', end.seq).executeTakeFirst();
  // The flag is transaction-local; clear it anyway, should the caller's transaction go on.
  await sql`select set_config('saumaton.purge', 'off', true)`.execute(trx);
  return Number(r.numDeletedRows);
}

export async function countUnsealed(db: Db): Promise<number> {
  const r = await sql<{ n: string }>`select count(*)::text as n from access_log where seq is null`.execute(
    db,
  );
  return Number(r.rows[0]?.n ?? 0);
}

export interface LogQuery {
  clientId?: string | undefined;
  actorId?: string | undefined;
  outcome?: string | undefined;
  basis?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

/** Entries with the actor's name and organisation, newest first. */
export async function searchEntries(db: Db, q: LogQuery) {
  let query = db
    .selectFrom('accessLog as l')
    .leftJoin('userAccount as u', 'u.id', 'l.actorId')
    .leftJoin('unit as un', 'un.id', 'l.actorOrg')
    .leftJoin('producer as p', 'p.id', 'un.producerId');
  if (q.clientId) query = query.where('l.clientId', '=', q.clientId);
  if (q.actorId) query = query.where('l.actorId', '=', q.actorId);
  if (q.outcome) query = query.where('l.outcome', '=', q.outcome);
  if (q.basis) query = query.where('l.basis', '=', q.basis);
  if (q.from) query = query.where('l.at', '>=', new Date(q.from));
  if (q.to) query = query.where('l.at', '<', new Date(q.to));
  const [rows, total] = await Promise.all([
    query
      .select([
        'l.id',
        'l.at',
        'l.actorId',
        'u.displayName as actorName',
        'l.actorRole',
        'un.name as unitName',
        'p.name as producerName',
        'l.clientId',
        'l.action',
        'l.resource',
        'l.purpose',
        'l.basis',
        'l.outcome',
        'l.channel',
        'l.requestId',
      ])
      .orderBy('l.at', 'desc')
      .orderBy('l.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at).toISOString() })),
    total: Number(total.n),
  };
}
