import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.js';
import { DomainError } from '../../http/errors.js';
import { localize } from '../../http/messages.js';
import { deleteProducer, deleteUnit } from './service.js';

/**
 * A producer or unit that client data, users or choices still refer to is refused by the
 * service's own check, with a 409 that names what uses it; the database's foreign key behind it
 * could only say that "another record" refers to it. Each kind of reference is tried on its own.
 */
let tdb: TestDb;

beforeAll(async () => {
  tdb = await createTestDb();
});
afterAll(async () => tdb.close());

let n = 0;
async function producer(): Promise<string> {
  const id = `p-${++n}`;
  await tdb.db
    .insertInto('producer')
    .values({ id, name: `Tuottaja ${n}`, kind: 'private', description: '' })
    .execute();
  return id;
}
async function unit(producerId?: string): Promise<string> {
  const id = `unit-${++n}`;
  await tdb.db
    .insertInto('unit')
    .values({
      id,
      producerId: producerId ?? (await producer()),
      name: `Yksikkö ${n}`,
      streetAddress: 'Katu 1',
      postalCode: '13100',
      municipalityCode: '109',
      languages: '[]',
      openingHours: '[]',
    })
    .execute();
  return id;
}
async function user(row: { producerId?: string; unitId?: string }): Promise<string> {
  const id = `u-${++n}`;
  await tdb.db
    .insertInto('userAccount')
    .values({
      id,
      kind: 'professional',
      displayName: `Ammattilainen ${n}`,
      profession: 'nurse',
      registers: '["health"]',
      issuer: 'test',
      subject: id,
      ...row,
    })
    .execute();
  return id;
}
async function client(row: Record<string, unknown> = {}): Promise<string> {
  const id = `c-${++n}`;
  await tdb.db
    .insertInto('client')
    .values({
      id,
      identitySystem: 'temporary',
      identityValue: id,
      familyName: 'Testilä',
      givenNames: 'Aino',
      birthDate: '1952-10-13',
      language: 'fi',
      ...row,
    })
    .execute();
  return id;
}
const now = () => new Date().toISOString();
const later = () => new Date(Date.now() + 86_400_000).toISOString();

/** The refusal, in English, if the deletion was refused by the service (a DomainError). */
async function refusal(deletion: Promise<void>): Promise<{ status: number; text: string }> {
  const e = await deletion.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e, 'refused by the service (a DomainError), not by the foreign key').toBeInstanceOf(DomainError);
  const d = e as DomainError;
  return { status: d.status, text: localize(d.detail, 'en') };
}

describe('deleting a unit that is still in use', () => {
  const cases: [string, (unitId: string) => Promise<unknown>, RegExp][] = [
    ['a user account at the unit', (u) => user({ unitId: u }), /1 user account\(s\)/],
    [
      "a client's choice of sote centre",
      (u) => client({ soteCentreUnitId: u, soteCentreChosenOn: '2026-01-01' }),
      /1 client choice\(s\) of sote centre or dental clinic/,
    ],
    [
      "a client's choice of dental clinic",
      (u) => client({ dentalUnitId: u, dentalChosenOn: '2026-01-01' }),
      /1 client choice\(s\) of sote centre or dental clinic/,
    ],
    [
      'a first contact at the unit',
      async (u) =>
        tdb.db
          .insertInto('careRelationship')
          .values({
            id: randomUUID(),
            clientId: await client(),
            recordedBy: await user({}),
            kind: 'first_contact',
            userId: null,
            unitId: u,
            validFrom: now(),
            validUntil: later(),
            note: '',
          })
          .execute(),
      /1 care or client relationship\(s\)/,
    ],
    [
      'a record entry written at the unit',
      async (u) =>
        tdb.db
          .insertInto('clientEntry')
          .values({
            id: randomUUID(),
            clientId: await client(),
            register: 'health',
            kind: 'note',
            text: 'Käynti.',
            corrects: null,
            authorId: await user({}),
            authorRole: 'nurse',
            unitId: u,
          })
          .execute(),
      /1 record entry\(ies\) written at the unit/,
    ],
  ];
  it.each(cases)('is refused with 409 naming %s', async (_what, use, named) => {
    const u = await unit();
    await use(u);
    const r = await refusal(deleteUnit(tdb.db, u));
    expect(r.status).toBe(409);
    expect(r.text).toMatch(
      new RegExp(`^Unit "Yksikkö \\d+" is used by ${named.source}; it cannot be deleted\\.`),
    );
    expect(await tdb.db.selectFrom('unit').select('id').where('id', '=', u).execute()).toHaveLength(1);
  });

  it('names every use at once, and a unit no one uses is deleted', async () => {
    const u = await unit();
    await user({ unitId: u });
    await user({ unitId: u });
    await client({ soteCentreUnitId: u, soteCentreChosenOn: '2026-01-01' });
    const r = await refusal(deleteUnit(tdb.db, u));
    expect(r.text).toMatch(
      /is used by 2 user account\(s\), 1 client choice\(s\) of sote centre or dental clinic;/,
    );
    const unused = await unit();
    await deleteUnit(tdb.db, unused);
    expect(await tdb.db.selectFrom('unit').select('id').where('id', '=', unused).execute()).toEqual([]);
  });
});

describe('deleting a producer that is still in use', () => {
  it('is refused with 409 naming the user accounts employed by it', async () => {
    const p = await producer();
    await user({ producerId: p });
    const r = await refusal(deleteProducer(tdb.db, p));
    expect(r.status).toBe(409);
    expect(r.text).toMatch(/^Producer "Tuottaja \d+" is used by 1 user account\(s\); it cannot be deleted\./);
  });

  it("is refused with 409 naming clients' refusals of disclosure to it", async () => {
    const p = await producer();
    await tdb.db
      .insertInto('disclosureRefusal')
      .values({
        id: randomUUID(),
        clientId: await client(),
        recordedBy: await user({}),
        validFrom: now(),
        producerId: p,
      })
      .execute();
    const r = await refusal(deleteProducer(tdb.db, p));
    expect(r.status).toBe(409);
    expect(r.text).toMatch(/is used by 1 refusal\(s\) of disclosure by clients;/);
    expect(await tdb.db.selectFrom('producer').select('id').where('id', '=', p).execute()).toHaveLength(1);
  });

  it('still names its units, in the list with the rest', async () => {
    const p = await producer();
    await unit(p);
    await user({ producerId: p });
    const r = await refusal(deleteProducer(tdb.db, p));
    expect(r.text).toMatch(/is used by 1 unit\(s\), 1 user account\(s\);/);
  });
});
