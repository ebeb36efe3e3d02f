/** SQL for the client registry. Only this folder touches client and guardianship. */
import type { Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { ClientTable } from '../../db/schema.js';
import type { Client, ClientInput } from './model.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function clientFromRow(r: Selectable<ClientTable>): Client {
  return {
    id: r.id,
    version: r.version,
    identity: { system: r.identitySystem, value: r.identityValue },
    familyName: r.familyName,
    givenNames: r.givenNames,
    birthDate: r.birthDate,
    phone: r.phone,
    email: r.email,
    streetAddress: r.streetAddress,
    postalCode: r.postalCode,
    municipalityCode: r.municipalityCode,
    language: r.language as Client['language'],
    nonDisclosure: r.nonDisclosure,
    soteCentre:
      r.soteCentreUnitId && r.soteCentreChosenOn
        ? { unitId: r.soteCentreUnitId, chosenOn: r.soteCentreChosenOn }
        : null,
    dentalClinic:
      r.dentalUnitId && r.dentalChosenOn ? { unitId: r.dentalUnitId, chosenOn: r.dentalChosenOn } : null,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function clientColumns(input: ClientInput, birthDate: string, municipalityCode: string | null) {
  return {
    identitySystem: input.identity.system,
    identityValue: input.identity.value,
    familyName: input.familyName,
    givenNames: input.givenNames,
    birthDate,
    phone: input.phone,
    email: input.email,
    streetAddress: input.streetAddress,
    postalCode: input.postalCode,
    municipalityCode,
    language: input.language,
    nonDisclosure: input.nonDisclosure,
    soteCentreUnitId: input.soteCentre?.unitId ?? null,
    soteCentreChosenOn: input.soteCentre?.chosenOn ?? null,
    dentalUnitId: input.dentalClinic?.unitId ?? null,
    dentalChosenOn: input.dentalClinic?.chosenOn ?? null,
  };
}

export async function clientById(db: Db, id: string): Promise<Client | undefined> {
  const row = await db.selectFrom('client').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? clientFromRow(row) : undefined;
}

/** Several clients in one statement, by id. */
export async function clientsByIds(db: Db, ids: readonly string[]): Promise<Map<string, Client>> {
  const unique = [...new Set(ids)];
  const rows = await db.selectFrom('client').selectAll().where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, clientFromRow(r)]));
}

export async function clientIdByIdentity(db: Db, system: string, value: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('client')
    .select('id')
    .where('identitySystem', '=', system as 'pic')
    .where('identityValue', '=', value)
    .executeTakeFirst();
  return row?.id;
}

/** Candidate clients by name (family name prefix, optional given name prefix); access is decided per candidate. */
export async function clientIdsByName(
  db: Db,
  family: string,
  given: string | null,
  limit: number,
): Promise<string[]> {
  let q = db
    .selectFrom('client')
    .select('id')
    .where((eb) =>
      eb(
        eb.fn('lower', ['familyName']),
        'like',
        `${family.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      ),
    );
  if (given)
    q = q.where((eb) =>
      eb(
        eb.fn('lower', ['givenNames']),
        'like',
        `${given.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      ),
    );
  return (await q.orderBy('familyName').orderBy('givenNames').limit(limit).execute()).map((r) => r.id);
}

export async function guardedClientIds(db: Db, guardianId: string, day: string): Promise<string[]> {
  const rows = await db
    .selectFrom('guardianship')
    .select('clientId')
    .where('guardianId', '=', guardianId)
    .where('validFrom', '<=', day)
    .where((eb) => eb.or([eb('validUntil', 'is', null), eb('validUntil', '>', day)]))
    .execute();
  return rows.map((r) => r.clientId);
}
