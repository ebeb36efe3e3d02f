import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.js';
import { DomainError } from '../../http/errors.js';
import type { Actor } from '../access/model.js';
import type { ClientInput } from './model.js';
import { findClients, readClient, registerClient, updateClient } from './service.js';

let tdb: TestDb;
let nurse: Actor;
let otherNurse: Actor;
let socialWorker: Actor;
const analyst: Actor = { kind: 'organizer', userId: 'u-analyst', role: 'analyst' };
const ctx = { purpose: 'care', channel: 'rest' as const, requestId: 'test' };

async function user(
  id: string,
  kind: 'professional' | 'organizer',
  unitId: string | null,
  producerId: string | null,
) {
  await tdb.db
    .insertInto('userAccount')
    .values({ id, kind, displayName: id, unitId, producerId, registers: '[]', issuer: 'test', subject: id })
    .execute();
}

const input = (over: Partial<ClientInput> = {}): ClientInput => ({
  identity: { system: 'pic', value: '131052-308T' },
  familyName: 'Testilä',
  givenNames: 'Aino Maria',
  phone: '+358401234567',
  email: null,
  streetAddress: 'Koulukatu 5',
  postalCode: '13100',
  language: 'fi',
  nonDisclosure: false,
  soteCentre: null,
  dentalClinic: null,
  ...over,
});

const log = async () =>
  (
    await tdb.db
      .selectFrom('accessLog')
      .select(['actorId', 'clientId', 'action', 'basis', 'outcome'])
      .where('actorId', '!=', 'system:seed')
      .orderBy('id')
      .execute()
  ).map((e) => `${e.actorId} ${e.action} ${e.clientId === null ? '-' : 'client'} ${e.basis} ${e.outcome}`);

beforeAll(async () => {
  tdb = await createTestDb({ demo: true });
  const units = await tdb.db.selectFrom('unit').select(['id', 'producerId']).orderBy('id').limit(3).execute();
  const [a, b, c] = units as [
    { id: string; producerId: string },
    { id: string; producerId: string },
    { id: string; producerId: string },
  ];
  await user('u-nurse', 'professional', a.id, a.producerId);
  await user('u-nurse-2', 'professional', b.id, b.producerId);
  await user('u-sw', 'professional', c.id, c.producerId);
  await user('u-analyst', 'organizer', null, null);
  nurse = {
    kind: 'professional',
    userId: 'u-nurse',
    profession: 'nurse',
    producerId: a.producerId,
    unitId: a.id,
    registers: ['health'],
  };
  otherNurse = {
    kind: 'professional',
    userId: 'u-nurse-2',
    profession: 'nurse',
    producerId: b.producerId,
    unitId: b.id,
    registers: ['health'],
  };
  socialWorker = {
    kind: 'professional',
    userId: 'u-sw',
    profession: 'social_worker',
    producerId: c.producerId,
    unitId: c.id,
    registers: ['social'],
  };
});
afterAll(async () => tdb.close());

describe('the client registry behind the access layer', () => {
  let clientId = '';

  it('refuses invalid identity codes with the field to fix, and writes nothing', async () => {
    for (const [value, code] of [
      ['131052-308U', 'client.identity.checksum'],
      ['310252-308T', 'client.identity.date'],
      ['<script>', 'client.identity.format'],
    ]) {
      const e = (await registerClient(
        tdb.db,
        nurse,
        input({ identity: { system: 'pic', value: value as string } }),
        ctx,
      ).catch((x) => x)) as DomainError;
      expect(e).toBeInstanceOf(DomainError);
      expect(e.errors[0]).toMatchObject({ field: '/identity/value', code });
    }
    expect(
      await tdb.db
        .selectFrom('client')
        .select('id')
        .where('familyName', '=', 'Testilä')
        .where('givenNames', '=', 'Aino Maria')
        .execute(),
    ).toEqual([]);
    expect(await log()).toEqual([]);
  });

  it('a professional registers a client at a first contact, which opens the data to their unit', async () => {
    const { client: c, created } = await registerClient(tdb.db, nurse, input(), ctx);
    expect(created).toBe(true);
    clientId = c.id;
    expect(c).toMatchObject({
      birthDate: '1952-10-13',
      municipalityCode: '109',
      identity: { system: 'pic', value: '131052-308T' },
    });
    expect(await log()).toEqual(['u-nurse create client first_contact allow']);
  });

  it('the contacted unit reads the client; another unit is refused and the refusal is logged', async () => {
    expect((await readClient(tdb.db, nurse, clientId, ctx)).familyName).toBe('Testilä');
    await expect(readClient(tdb.db, otherNurse, clientId, ctx)).rejects.toMatchObject({ status: 403 });
    await expect(readClient(tdb.db, analyst, clientId, ctx)).rejects.toMatchObject({ status: 403 });
    expect((await log()).slice(1)).toEqual([
      'u-nurse read client first_contact allow',
      'u-nurse-2 read client none deny',
      'u-analyst read client none deny',
    ]);
  });

  it('a search shows only clients the professional may see, and logs every candidate', async () => {
    expect((await findClients(tdb.db, nurse, { identityCode: '131052-308t' }, ctx)).map((c) => c.id)).toEqual(
      [clientId],
    );
    expect(await findClients(tdb.db, otherNurse, { familyName: 'Testi' }, ctx)).toEqual([]);
    expect(await findClients(tdb.db, otherNurse, { familyName: 'Nobody' }, ctx)).toEqual([]);
    expect((await log()).slice(4)).toEqual([
      'u-nurse search client first_contact allow',
      'u-nurse-2 search client none deny',
      'u-nurse-2 search - none allow',
    ]);
    await expect(findClients(tdb.db, nurse, { familyName: 'V' }, ctx)).rejects.toMatchObject({ status: 422 });
  });

  it('registering a client already in the registry asks why the client is at the unit: without a reason it is refused, and the refusal is logged', async () => {
    const before = (await log()).length;
    const e = (await registerClient(tdb.db, otherNurse, input({ familyName: 'Toinen' }), ctx).catch(
      (x) => x,
    )) as DomainError;
    expect(e).toBeInstanceOf(DomainError);
    expect([e.status, e.code]).toEqual([422, 'first-contact-reason-required']);
    expect(e.errors.map((f) => [f.field, f.code])).toEqual([
      ['/firstContact/reasonCode', 'client.firstContact.reasonCode'],
      ['/firstContact/reasonText', 'client.firstContact.reasonText'],
    ]);
    // Nothing opened: the other unit is still refused.
    await expect(readClient(tdb.db, otherNurse, clientId, ctx)).rejects.toMatchObject({ status: 403 });
    expect((await log()).slice(before)).toEqual([
      'u-nurse-2 first_contact client none deny',
      'u-nurse-2 read client none deny',
    ]);
  });

  it('with a reason, the contact is recorded against the existing client, opens the data to the unit and waits for review', async () => {
    const before = (await log()).length;
    const reason = {
      reasonCode: 'client_contact' as const,
      reasonText: 'Came to the reception asking for home care.',
    };
    const again = await registerClient(tdb.db, otherNurse, input({ familyName: 'Toinen' }), ctx, reason);
    expect(again).toMatchObject({ created: false, client: { id: clientId, familyName: 'Testilä' } });
    expect((await log()).slice(before)).toEqual(['u-nurse-2 first_contact client first_contact allow']);
    expect((await readClient(tdb.db, otherNurse, clientId, ctx)).id).toBe(clientId);
    expect(
      await tdb.db.selectFrom('client').select('id').where('identityValue', '=', '131052-308T').execute(),
    ).toHaveLength(1);
    // The registration of the new client opened nothing that existed before: no review. The
    // contact with the existing client opened their data to another unit: it waits for review.
    expect(
      await tdb.db
        .selectFrom('careRelationship')
        .select(['kind', 'unitId', 'reasonCode', 'reasonText', 'reviewStatus'])
        .where('clientId', '=', clientId)
        .orderBy('recordedAt')
        .execute(),
    ).toEqual([
      {
        kind: 'first_contact',
        unitId: nurse.kind === 'professional' ? nurse.unitId : '',
        reasonCode: null,
        reasonText: null,
        reviewStatus: null,
      },
      {
        kind: 'first_contact',
        unitId: otherNurse.kind === 'professional' ? otherNurse.unitId : '',
        ...reason,
        reviewStatus: 'pending',
      },
    ]);
  });

  it('an update carries the version; a stale or refused update changes nothing and a failed one leaves no entry', async () => {
    const before = (await log()).length;
    const updated = await updateClient(tdb.db, nurse, clientId, 1, input({ phone: '+358409999999' }), ctx);
    expect(updated).toMatchObject({ version: 2, phone: '+358409999999' });
    await expect(
      updateClient(tdb.db, nurse, clientId, 1, input({ phone: '+358400000000' }), ctx),
    ).rejects.toMatchObject({ status: 412 });
    await expect(
      updateClient(tdb.db, socialWorker, clientId, 2, input({ phone: '+358400000000' }), ctx),
    ).rejects.toMatchObject({
      status: 403,
    });
    expect((await readClient(tdb.db, nurse, clientId, ctx)).phone).toBe('+358409999999');
    expect((await log()).slice(before)).toEqual([
      'u-nurse update client first_contact allow',
      'u-sw update client none deny',
      'u-nurse read client first_contact allow',
    ]);
  });

  it('the client’s refusal of disclosure to a producer is honoured, and non-disclosure hides the address', async () => {
    await tdb.db
      .insertInto('disclosureRefusal')
      .values({
        id: 'r1',
        clientId,
        recordedBy: 'u-nurse',
        validFrom: new Date(Date.now() - 1000).toISOString(),
        producerId: nurse.kind === 'professional' ? nurse.producerId : '',
      })
      .execute();
    await expect(readClient(tdb.db, nurse, clientId, ctx)).rejects.toMatchObject({ status: 403 });
    await tdb.db
      .updateTable('disclosureRefusal')
      .set({ withdrawnAt: new Date().toISOString() })
      .where('id', '=', 'r1')
      .execute();
    await tdb.db.updateTable('client').set({ nonDisclosure: true }).where('id', '=', clientId).execute();
    expect(await readClient(tdb.db, nurse, clientId, ctx)).toMatchObject({
      streetAddress: null,
      postalCode: null,
      municipalityCode: null,
    });
  });

  it('concurrent reads share statements, yet each is decided on its own facts and leaves its own entry', async () => {
    const other = await tdb.db
      .selectFrom('client')
      .select('id')
      .where('id', '!=', clientId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const before = (await log()).length;
    const reads: [Actor, string][] = [
      [nurse, clientId],
      [otherNurse, clientId],
      [socialWorker, clientId],
      [nurse, other.id],
      [nurse, clientId],
      [analyst, other.id],
    ];
    const results = await Promise.allSettled(reads.map(([a, id]) => readClient(tdb.db, a, id, ctx)));
    expect(
      results.map((r) => (r.status === 'fulfilled' ? r.value.id : (r.reason as DomainError).status)),
    ).toEqual([clientId, clientId, 403, 403, clientId, 403]);
    expect((await log()).slice(before).sort()).toEqual(
      [
        'u-nurse read client first_contact allow',
        'u-nurse-2 read client first_contact allow',
        'u-sw read client none deny',
        'u-nurse read client none deny',
        'u-nurse read client first_contact allow',
        'u-analyst read client none deny',
      ].sort(),
    );
  });
});
