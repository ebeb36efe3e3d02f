/** SQL for the facts that open a client's data. Only this folder touches these tables. */
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { Facts, Register, RelationshipKind } from './model.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Facts that ended this long before the moment asked about are left out; the margin absorbs clock skew. */
const ENDED_MARGIN_MS = 86_400_000;

/** One row of any of the five fact tables: `fact` names the table, `ref` its kind, register, producer or user. */
interface FactRow {
  fact: 'relationship' | 'consent' | 'legal_basis' | 'refusal' | 'break_glass';
  clientId: string;
  ref: string;
  userId: string | null;
  unitId: string | null;
  validFrom: Date | string;
  validUntil: Date | string | null;
  withdrawnAt: Date | string | null;
}

const noFacts = (): Facts => ({
  relationships: [],
  consents: [],
  legalBases: [],
  refusals: [],
  breakGlass: [],
});

/**
 * The facts about one client, in one round trip (every client read waits for it). With `at`,
 * facts that had ended a day before it are left out: the decision at `at` would not use them.
 * Without it, every recorded fact.
 */
export async function factsFor(db: Db, clientId: string, at?: string): Promise<Facts> {
  return (await factsForMany(db, [clientId], at)).get(clientId) ?? noFacts();
}

/** `factsFor` for several clients in one statement (concurrent reads share it: access/service.ts). */
export async function factsForMany(
  db: Db,
  clientIds: readonly string[],
  at?: string,
): Promise<Map<string, Facts>> {
  const ids = [...new Set(clientIds)];
  const since = at === undefined ? null : new Date(Date.parse(at) - ENDED_MARGIN_MS).toISOString();
  // An open-ended fact (null) has not ended.
  const live = (column: string) =>
    since === null
      ? sql`true`
      : sql`(${sql.ref(column)} is null or ${sql.ref(column)} > ${since}::timestamptz)`;
  const one = ids.length === 1;
  const of = one ? sql`client_id = ${ids[0]}` : sql`client_id = any(${ids}::text[])`;
  const res = await sql<FactRow>`
    select 'relationship' as fact, client_id, kind as ref, user_id, unit_id, valid_from, valid_until, null::timestamptz as withdrawn_at
      from care_relationship where ${of} and ${live('valid_until')}
    union all
    select 'consent', client_id, register, null, null, valid_from, valid_until, withdrawn_at
      from consent where ${of} and ${live('valid_until')} and ${live('withdrawn_at')}
    union all
    select 'legal_basis', client_id, register, null, null, valid_from, valid_until, null
      from legal_basis where ${of} and ${live('valid_until')}
    union all
    select 'refusal', client_id, producer_id, null, null, valid_from, null, withdrawn_at
      from disclosure_refusal where ${of} and ${live('withdrawn_at')}
    union all
    select 'break_glass', client_id, recorded_by, null, null, valid_from, valid_until, null
      from break_glass where ${of} and ${live('valid_until')}`.execute(db);

  const all = new Map<string, Facts>(ids.map((id) => [id, noFacts()]));
  for (const r of res.rows) {
    const clientId = r.clientId;
    const facts = all.get(clientId);
    if (!facts) continue;
    const validFrom = iso(r.validFrom) as string;
    switch (r.fact) {
      case 'relationship':
        facts.relationships.push({
          kind: r.ref as RelationshipKind,
          clientId,
          userId: r.userId,
          unitId: r.unitId,
          validFrom,
          validUntil: iso(r.validUntil) as string,
        });
        break;
      case 'consent':
        facts.consents.push({
          clientId,
          register: r.ref as Register,
          validFrom,
          validUntil: iso(r.validUntil),
          withdrawnAt: iso(r.withdrawnAt),
        });
        break;
      case 'legal_basis':
        facts.legalBases.push({
          clientId,
          register: r.ref as Register,
          validFrom,
          validUntil: iso(r.validUntil),
        });
        break;
      case 'refusal':
        facts.refusals.push({ clientId, producerId: r.ref, validFrom, withdrawnAt: iso(r.withdrawnAt) });
        break;
      case 'break_glass':
        facts.breakGlass.push({
          userId: r.ref,
          clientId,
          validFrom,
          validUntil: iso(r.validUntil) as string,
        });
        break;
    }
  }
  return all;
}

/** What an opening of a client's data to review is: an emergency access, or a first contact for a client already registered. */
export type OpeningKind = 'break_glass' | 'first_contact';

/** An opening as the review list reads it, with who opened it (name, unit and producer). */
export interface OpeningRow {
  id: string;
  kind: OpeningKind;
  clientId: string;
  userId: string;
  reasonCode: string;
  reasonText: string;
  validFrom: Date | string;
  validUntil: Date | string;
  reviewStatus: 'pending' | 'reviewed' | 'flagged';
  reviewedBy: string | null;
  reviewedAt: Date | string | null;
  reviewNote: string | null;
  userName: string | null;
  unitName: string | null;
  producerName: string | null;
}

/**
 * Both kinds of opening in one list. An emergency access names the declarer's unit and producer
 * (as the break-the-glass list does); a first contact the unit it opened the data to.
 */
const openings = sql`(
  select b.id, 'break_glass' as kind, b.client_id, b.recorded_by as user_id, b.reason_code, b.reason_text,
         b.valid_from, b.valid_until, b.review_status, b.reviewed_by, b.reviewed_at, b.review_note,
         u.display_name as user_name, unit.name as unit_name, producer.name as producer_name
    from break_glass b
    left join user_account u on u.id = b.recorded_by
    left join unit on unit.id = u.unit_id
    left join producer on producer.id = u.producer_id
  union all
  select r.id, 'first_contact', r.client_id, r.recorded_by, r.reason_code, r.reason_text,
         r.valid_from, r.valid_until, r.review_status, r.reviewed_by, r.reviewed_at, r.review_note,
         u.display_name, unit.name, producer.name
    from care_relationship r
    left join user_account u on u.id = r.recorded_by
    left join unit on unit.id = r.unit_id
    left join producer on producer.id = unit.producer_id
   where r.review_status is not null
) as o`;

/** A page of openings, newest first, with the filter's total. */
export async function openingsPage(
  db: Db,
  filter: { status?: string | undefined; kind?: OpeningKind | undefined },
  page: { limit: number; offset: number },
): Promise<{ rows: OpeningRow[]; total: number }> {
  const where = sql`where (${filter.status ?? null}::text is null or o.review_status = ${filter.status ?? null})
      and (${filter.kind ?? null}::text is null or o.kind = ${filter.kind ?? null})`;
  const [rows, total] = await Promise.all([
    sql<OpeningRow>`select o.* from ${openings} ${where}
      order by o.valid_from desc, o.id limit ${page.limit} offset ${page.offset}`.execute(db),
    sql<{ n: string }>`select count(*) as n from ${openings} ${where}`.execute(db),
  ]);
  return { rows: rows.rows, total: Number(total.rows[0]?.n ?? 0) };
}

export async function openingById(db: Db, id: string): Promise<OpeningRow | undefined> {
  const res = await sql<OpeningRow>`select o.* from ${openings} where o.id = ${id}`.execute(db);
  return res.rows[0];
}

/** Records the review of an opening of either kind; false when no opening has the id. */
export async function reviewOpening(
  db: Db,
  id: string,
  review: { status: 'reviewed' | 'flagged'; note: string; by: string; at: string },
): Promise<boolean> {
  const set = {
    reviewStatus: review.status,
    reviewNote: review.note,
    reviewedBy: review.by,
    reviewedAt: review.at,
  };
  const glass = await db
    .updateTable('breakGlass')
    .set(set)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (glass) return true;
  const contact = await db
    .updateTable('careRelationship')
    .set(set)
    .where('id', '=', id)
    .where('reviewStatus', 'is not', null)
    .returning('id')
    .executeTakeFirst();
  return contact !== undefined;
}
