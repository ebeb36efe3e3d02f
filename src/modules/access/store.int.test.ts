import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.js';
import { type Actor, decide } from './model.js';
import { factsFor, factsForMany } from './store.js';

let tdb: TestDb;
const NOW = '2025-06-15T12:00:00.000Z';
const DAY = 86_400_000;
const day = (n: number) => new Date(Date.parse(NOW) + n * DAY).toISOString();

const nurse: Actor = {
  kind: 'professional',
  userId: 'u-nurse',
  profession: 'nurse',
  producerId: 'p-1',
  unitId: 'unit-1',
  registers: ['health'],
};

beforeAll(async () => {
  tdb = await createTestDb();
  const db = tdb.db;
  await db
    .insertInto('producer')
    .values({ id: 'p-1', name: 'Tuottaja', kind: 'private', description: '' })
    .execute();
  await db
    .insertInto('unit')
    .values({
      id: 'unit-1',
      producerId: 'p-1',
      name: 'Yksikkö',
      streetAddress: 'Katu 1',
      postalCode: '13100',
      municipalityCode: '109',
      languages: '[]',
      openingHours: '[]',
    })
    .execute();
  await db
    .insertInto('userAccount')
    .values({
      id: 'u-nurse',
      kind: 'professional',
      displayName: 'Nurse',
      registers: '["health"]',
      issuer: 'test',
      subject: 'u-nurse',
    })
    .execute();
  for (const id of ['c-1', 'c-2'])
    await db
      .insertInto('client')
      .values({
        id,
        identitySystem: 'temporary',
        identityValue: id,
        familyName: 'Testilä',
        givenNames: 'Aino',
        birthDate: '1952-10-13',
        language: 'fi',
      })
      .execute();
  const common = { clientId: 'c-1', recordedBy: 'u-nurse' };
  await db
    .insertInto('careRelationship')
    .values([
      // ended long ago, ended an hour ago (kept: within the day's margin), two in force
      {
        ...common,
        id: randomUUID(),
        kind: 'first_contact',
        userId: null,
        unitId: 'unit-1',
        validFrom: day(-90),
        validUntil: day(-60),
        note: '',
      },
      {
        ...common,
        id: randomUUID(),
        kind: 'referral',
        userId: null,
        unitId: 'unit-1',
        validFrom: day(-30),
        validUntil: new Date(Date.parse(NOW) - 3_600_000).toISOString(),
        note: '',
      },
      {
        ...common,
        id: randomUUID(),
        kind: 'care_team',
        userId: 'u-nurse',
        unitId: null,
        validFrom: day(-10),
        validUntil: day(10),
        note: '',
      },
      {
        ...common,
        id: randomUUID(),
        kind: 'personal_worker',
        userId: 'u-nurse',
        unitId: null,
        validFrom: day(-10),
        validUntil: day(365),
        note: '',
      },
    ])
    .execute();
  await db
    .insertInto('consent')
    .values([
      { ...common, id: randomUUID(), register: 'social', validFrom: day(-10), validUntil: null },
      { ...common, id: randomUUID(), register: 'health', validFrom: day(-100), validUntil: day(-50) },
      {
        ...common,
        id: randomUUID(),
        register: 'health',
        validFrom: day(-100),
        validUntil: null,
        withdrawnAt: day(-40),
      },
    ])
    .execute();
  await db
    .insertInto('legalBasis')
    .values([
      {
        ...common,
        id: randomUUID(),
        register: 'social',
        validFrom: day(-5),
        validUntil: day(5),
        statute: 'x',
      },
      {
        ...common,
        id: randomUUID(),
        register: 'health',
        validFrom: day(-50),
        validUntil: day(-20),
        statute: 'y',
      },
    ])
    .execute();
  await db
    .insertInto('disclosureRefusal')
    .values([
      { ...common, id: randomUUID(), producerId: 'p-1', validFrom: day(-100), withdrawnAt: day(-30) },
      { ...common, id: randomUUID(), producerId: 'p-1', validFrom: day(-1), withdrawnAt: null },
    ])
    .execute();
  await db
    .insertInto('breakGlass')
    .values([
      {
        ...common,
        id: randomUUID(),
        validFrom: day(-20),
        validUntil: day(-19),
        reasonCode: 'emergency',
        reasonText: 'x',
      },
      {
        ...common,
        id: randomUUID(),
        validFrom: day(0),
        validUntil: day(1),
        reasonCode: 'emergency',
        reasonText: 'y',
      },
    ])
    .execute();
});
afterAll(async () => tdb.close());

const sorted = <T>(xs: T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('factsFor', () => {
  it('gathers every fact of the five kinds in one statement, timestamps as ISO strings', async () => {
    const f = await factsFor(tdb.db, 'c-1');
    expect(f.relationships).toHaveLength(4);
    expect(f.consents).toHaveLength(3);
    expect(f.legalBases).toHaveLength(2);
    expect(f.refusals).toHaveLength(2);
    expect(f.breakGlass).toHaveLength(2);
    expect(sorted(f.relationships)).toContainEqual({
      kind: 'care_team',
      clientId: 'c-1',
      userId: 'u-nurse',
      unitId: null,
      validFrom: day(-10),
      validUntil: day(10),
    });
    expect(f.consents).toContainEqual({
      clientId: 'c-1',
      register: 'health',
      validFrom: day(-100),
      validUntil: null,
      withdrawnAt: day(-40),
    });
    expect(f.refusals).toContainEqual({
      clientId: 'c-1',
      producerId: 'p-1',
      validFrom: day(-1),
      withdrawnAt: null,
    });
    expect(f.breakGlass).toContainEqual({
      userId: 'u-nurse',
      clientId: 'c-1',
      validFrom: day(0),
      validUntil: day(1),
    });
    expect(f.legalBases).toContainEqual({
      clientId: 'c-1',
      register: 'social',
      validFrom: day(-5),
      validUntil: day(5),
    });
    expect(await factsFor(tdb.db, 'c-2')).toEqual({
      relationships: [],
      consents: [],
      legalBases: [],
      refusals: [],
      breakGlass: [],
    });
  });

  it('at a moment, leaves out only facts that ended more than a day before it, and decides the same', async () => {
    const all = await factsFor(tdb.db, 'c-1');
    const live = await factsFor(tdb.db, 'c-1', NOW);
    expect(live.relationships.map((r) => r.kind).sort()).toEqual([
      'care_team',
      'personal_worker',
      'referral',
    ]);
    expect(live.consents).toEqual([
      { clientId: 'c-1', register: 'social', validFrom: day(-10), validUntil: null, withdrawnAt: null },
    ]);
    expect(live.legalBases.map((l) => l.register)).toEqual(['social']);
    expect(live.refusals.map((r) => r.withdrawnAt)).toEqual([null]);
    expect(live.breakGlass.map((g) => g.validFrom)).toEqual([day(0)]);
    for (const register of [null, 'social', 'health'] as const) {
      const target = { clientId: 'c-1', register };
      expect(decide(nurse, target, live, NOW)).toEqual(decide(nurse, target, all, NOW));
    }
  });

  it('for several clients at once, gives each client exactly its own facts', async () => {
    const many = await factsForMany(tdb.db, ['c-2', 'c-1', 'c-1', 'c-none'], NOW);
    expect([...many.keys()].sort()).toEqual(['c-1', 'c-2', 'c-none']);
    expect(many.get('c-1')).toEqual(await factsFor(tdb.db, 'c-1', NOW));
    expect(many.get('c-2')).toEqual(await factsFor(tdb.db, 'c-2', NOW));
    expect(many.get('c-none')).toEqual(await factsFor(tdb.db, 'c-none', NOW));
  });
});
