/**
 * SQL for the organizer's analysis: read-only counts over other areas' tables (the client
 * registry, care relationships, consents, the access log), like the indicators. Never writes,
 * and never selects a name, identity code, birth date, address or contact detail.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { ClientCounts } from './model.js';

// A literal, not a parameter: grouping by a day must repeat the very same expression.
const HELSINKI = sql.lit('Europe/Helsinki');

/** The first instant of a date in Finland (timestamptz). */
const dayStart = (date: string) => sql<Date>`(cast(${date} as date))::timestamp at time zone ${HELSINKI}`;
/** The first instant of the next day in Finland. */
const dayEnd = (date: string) => sql<Date>`(cast(${date} as date) + 1)::timestamp at time zone ${HELSINKI}`;

const count = sql<number>`count(*)::int`;

/** A fact (relationship, consent) in force at some moment of the day `on` in Finland. */
function inForceOn(on: string, table: string, withdrawable: boolean): Expression<SqlBool> {
  const t = sql.table(table);
  return withdrawable
    ? sql<SqlBool>`${t}.valid_from < ${dayEnd(on)} and (${t}.valid_until is null or ${t}.valid_until > ${dayStart(on)})
        and (${t}.withdrawn_at is null or ${t}.withdrawn_at > ${dayStart(on)})`
    : sql<SqlBool>`${t}.valid_from < ${dayEnd(on)} and ${t}.valid_until > ${dayStart(on)}`;
}

/** Counts of the client registry as on a date: clients born by then, by each dimension. */
export async function clientCounts(
  db: Db,
  on: string,
): Promise<
  Omit<ClientCounts, 'byMunicipality'> & {
    byMunicipality: { code: string | null; n: number }[];
  }
> {
  const clients = db.selectFrom('client').where('client.birthDate', '<=', on);
  // Under non-disclosure (turvakielto) the municipality is not disclosed, not even in a count.
  const municipality = sql<
    string | null
  >`case when client.non_disclosure then null else client.municipality_code end`;
  const [total, byMunicipality, byBirthDate, byLanguage, bySoteCentre] = await Promise.all([
    clients.select(count.as('n')).executeTakeFirstOrThrow(),
    clients
      .select([municipality.as('code'), count.as('n')])
      .groupBy(municipality)
      .orderBy(municipality)
      .execute(),
    clients
      .select(['client.birthDate', count.as('n')])
      .groupBy('client.birthDate')
      .execute(),
    clients
      .select(['client.language', count.as('n')])
      .groupBy('client.language')
      .orderBy('client.language')
      .execute(),
    clients
      .leftJoin('unit', 'unit.id', 'client.soteCentreUnitId')
      .select(['client.soteCentreUnitId as unitId', 'unit.name as unitName', count.as('n')])
      .groupBy(['client.soteCentreUnitId', 'unit.name'])
      .orderBy('unit.name')
      .orderBy('client.soteCentreUnitId')
      .execute(),
  ]);
  const relationships = clients
    .innerJoin('careRelationship', 'careRelationship.clientId', 'client.id')
    .where(inForceOn(on, 'care_relationship', false));
  const distinctClients = sql<number>`count(distinct client.id)::int`;
  const [withRelationship, byRelationshipKind] = await Promise.all([
    relationships.select(distinctClients.as('n')).executeTakeFirstOrThrow(),
    relationships
      .select(['careRelationship.kind', distinctClients.as('n')])
      .groupBy('careRelationship.kind')
      .execute(),
  ]);
  return {
    total: total.n,
    byMunicipality,
    byBirthDate,
    byLanguage,
    bySoteCentre,
    withRelationship: withRelationship.n,
    byRelationshipKind,
  };
}

/** Counts of access log entries in [from, to] (Finnish dates, both included). */
export async function accessCounts(db: Db, from: string, to: string) {
  const entries = db
    .selectFrom('accessLog')
    .where('accessLog.at', '>=', dayStart(from))
    .where('accessLog.at', '<', dayEnd(to));
  const day = sql<string>`to_char(access_log.at at time zone ${HELSINKI}, 'YYYY-MM-DD')`;
  const by = (column: 'basis' | 'outcome' | 'channel') =>
    entries
      .select([`accessLog.${column} as key`, count.as('n')])
      .groupBy(`accessLog.${column}`)
      .execute();
  const [total, byDay, byBasis, byOutcome, byChannel, breakGlassByStatus] = await Promise.all([
    entries.select(count.as('n')).executeTakeFirstOrThrow(),
    entries
      .select([day.as('key'), count.as('n')])
      .groupBy(day)
      .execute(),
    by('basis'),
    by('outcome'),
    by('channel'),
    // Emergency accesses declared in the period, by where their review stands now.
    db
      .selectFrom('breakGlass')
      .where('breakGlass.recordedAt', '>=', dayStart(from))
      .where('breakGlass.recordedAt', '<', dayEnd(to))
      .select(['breakGlass.reviewStatus as key', count.as('n')])
      .groupBy('breakGlass.reviewStatus')
      .execute(),
  ]);
  return { total: total.n, byDay, byBasis, byOutcome, byChannel, breakGlassByStatus };
}

/** One page of clients, in a fixed order, with only the columns a pseudonymised row is made of. */
export async function pseudonymousPage(db: Db, page: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('client')
      .select([
        'client.id',
        sql<number>`extract(year from client.birth_date)::int`.as('birthYear'),
        'client.municipalityCode',
        'client.nonDisclosure',
        'client.language',
        'client.soteCentreUnitId',
      ])
      .orderBy('client.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db.selectFrom('client').select(count.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

/** Relationships in force on a date by kind, and consents in force by register, for some clients. */
export async function factsOf(db: Db, clientIds: string[], on: string) {
  if (clientIds.length === 0) return { relationships: [], consents: [] };
  const [relationships, consents] = await Promise.all([
    db
      .selectFrom('careRelationship')
      .where('careRelationship.clientId', 'in', clientIds)
      .where(inForceOn(on, 'care_relationship', false))
      .select(['careRelationship.clientId', 'careRelationship.kind', count.as('n')])
      .groupBy(['careRelationship.clientId', 'careRelationship.kind'])
      .execute(),
    db
      .selectFrom('consent')
      .where('consent.clientId', 'in', clientIds)
      .where(inForceOn(on, 'consent', true))
      .select(['consent.clientId', 'consent.register'])
      .distinct()
      .execute(),
  ]);
  return { relationships, consents };
}
