import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.js';
import { activeBreakGlass, declareBreakGlass } from './break-glass.js';
import type { Actor } from './model.js';
import { readWithAccess, withAccess } from './service.js';

/**
 * A declared emergency lasts 4 hours, through the whole access layer: the declaration as the
 * service records it, the facts as the store reads them and the decision withAccess makes, with
 * the access layer's clock set a second before and a second after the end.
 */
let tdb: TestDb;
const HOUR = 3_600_000;
const ctx = { purpose: 'emergency', channel: 'rest' as const, requestId: null };
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
      profession: 'nurse',
      producerId: 'p-1',
      unitId: 'unit-1',
      registers: '["health"]',
      issuer: 'test',
      subject: 'u-nurse',
    })
    .execute();
  await db
    .insertInto('client')
    .values({
      id: 'c-1',
      identitySystem: 'temporary',
      identityValue: 'c-1',
      familyName: 'Testilä',
      givenNames: 'Aino',
      birthDate: '1952-10-13',
      language: 'fi',
    })
    .execute();
});
afterAll(async () => tdb.close());

describe('break-the-glass expiry through the access layer', () => {
  it('is open at 4 h − 1 s and closed at 4 h + 1 s after the declaration', async () => {
    const declared = await declareBreakGlass(
      tdb.db,
      nurse,
      'c-1',
      { reasonCode: 'emergency_care', reasonText: 'Unconscious on arrival, no relatives reachable.' },
      ctx,
    );
    const from = Date.parse(declared.validFrom);
    expect(Date.parse(declared.validUntil) - from).toBe(4 * HOUR);
    const clock = (ms: number) => () => new Date(from + ms).toISOString();
    const target = { clientId: 'c-1', register: 'health' as const };
    const open = (ms: number) =>
      withAccess(
        tdb.db,
        nurse,
        target,
        { ...ctx, action: 'read', resource: 'client/c-1' },
        async (_trx, d) => d.basis,
        clock(ms),
      );
    expect(await open(4 * HOUR - 1000)).toBe('break_the_glass');
    await expect(open(4 * HOUR + 1000)).rejects.toMatchObject({ status: 403 });
    // The read-only path decides the same way.
    const read = (ms: number) =>
      readWithAccess(
        tdb.db,
        nurse,
        { clientId: 'c-1', register: null },
        { ...ctx, action: 'read', resource: 'client/c-1' },
        async (_db, d) => d.basis,
        clock(ms),
      );
    expect(await read(4 * HOUR - 1000)).toBe('break_the_glass');
    await expect(read(4 * HOUR + 1000)).rejects.toMatchObject({ status: 403 });
    // The professional's banner list ends with it.
    const at = (ms: number) => new Date(from + ms);
    expect((await activeBreakGlass(tdb.db, nurse, at(4 * HOUR - 1000))).map((g) => g.id)).toEqual([
      declared.id,
    ]);
    expect(await activeBreakGlass(tdb.db, nurse, at(4 * HOUR + 1000))).toEqual([]);

    // Each decision left its entry: two allowed on the emergency, two refusals after it ended.
    const log = await tdb.db
      .selectFrom('accessLog')
      .select(['action', 'basis', 'outcome'])
      .where('clientId', '=', 'c-1')
      .orderBy('id')
      .execute();
    expect(log.map((e) => `${e.action} ${e.basis} ${e.outcome}`)).toEqual([
      'break-the-glass break_the_glass allow',
      'read break_the_glass allow',
      'read none deny',
      'read break_the_glass allow',
      'read none deny',
    ]);
  });
});
