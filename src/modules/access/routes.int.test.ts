import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../../../test/db.js';
import { createTestApp } from '../../../test/http.js';
import { allowedScopes, type UserKind } from '../auth/model.js';
import { DEMO_ISSUER, issueToken } from '../auth/tokens.js';

let app: FastifyInstance;
let tdb: TestDb;
let close: () => Promise<void>;
const tokens: Record<string, string> = {};
let clientId = '';

const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });

async function user(id: string, kind: UserKind, row: Record<string, unknown>, role: string | null = null) {
  await tdb.db
    .insertInto('userAccount')
    .values({
      id,
      kind,
      displayName: `Demo ${id}`,
      registers: '[]',
      issuer: DEMO_ISSUER,
      subject: id,
      organizerRole: role,
      ...row,
    } as never)
    .execute();
  tokens[id] = (await issueToken(tdb.db, id, allowedScopes(kind, role))).accessToken;
}

beforeAll(async () => {
  ({ app, tdb, close } = await createTestApp({ demo: true }));
  const [a, b] = (await tdb.db
    .selectFrom('unit')
    .select(['id', 'producerId'])
    .orderBy('id')
    .limit(2)
    .execute()) as [{ id: string; producerId: string }, { id: string; producerId: string }];
  await user('nurse', 'professional', { profession: 'nurse', unitId: a.id, producerId: a.producerId });
  await user('doctor-b', 'professional', { profession: 'doctor', unitId: b.id, producerId: b.producerId });
  await user('sw-b', 'professional', { profession: 'social_worker', unitId: b.id, producerId: b.producerId });
  await user('admin', 'organizer', {}, 'administrator');
  await user('planner', 'organizer', {}, 'planner');
  const created = await app.inject({
    method: 'POST',
    url: '/api/clients',
    headers: as('nurse'),
    payload: {
      identity: { system: 'pic', value: '131052-308T' },
      familyName: 'Korhonen',
      givenNames: 'Eino',
      phone: null,
      email: null,
      streetAddress: null,
      postalCode: null,
      language: 'fi',
      nonDisclosure: false,
      soteCentre: null,
      dentalClinic: null,
    },
  });
  clientId = created.json().id;
  await user('client', 'client', { clientId });
});
afterAll(async () => close());

describe('break-the-glass', () => {
  let declared = '';
  it('a professional without a relationship is refused, declares an emergency with a reason, and may then open the data', async () => {
    expect((await app.inject({ url: `/api/clients/${clientId}`, headers: as('doctor-b') })).statusCode).toBe(
      403,
    );
    const short = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/break-glass`,
      headers: as('doctor-b'),
      payload: { reasonCode: 'emergency_care', reasonText: 'urgent' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('/reasonText');
    const res = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/break-glass`,
      headers: as('doctor-b'),
      payload: {
        reasonCode: 'emergency_care',
        reasonText: 'Unconscious on arrival, no relatives reachable.',
      },
    });
    expect(res.statusCode).toBe(201);
    declared = res.json().id;
    expect(Date.parse(res.json().validUntil) - Date.parse(res.json().validFrom)).toBe(4 * 3_600_000);
    const read = await app.inject({ url: `/api/clients/${clientId}`, headers: as('doctor-b') });
    expect(read.statusCode).toBe(200);
    const last = await tdb.db
      .selectFrom('accessLog')
      .select(['actorId', 'action', 'basis', 'outcome'])
      .orderBy('id', 'desc')
      .limit(3)
      .execute();
    expect(last.reverse()).toEqual([
      { actorId: 'doctor-b', action: 'read', basis: 'none', outcome: 'deny' },
      { actorId: 'doctor-b', action: 'break-the-glass', basis: 'break_the_glass', outcome: 'allow' },
      { actorId: 'doctor-b', action: 'read', basis: 'break_the_glass', outcome: 'allow' },
    ]);
  });

  it('the organizer’s administrator sees it for review and flags it; a planner may not', async () => {
    const pending = (
      await app.inject({ url: '/api/break-glass?status=pending', headers: as('admin') })
    ).json();
    expect(pending.items.map((b: { id: string }) => b.id)).toEqual([declared]);
    expect(pending.items[0]).toMatchObject({
      userId: 'doctor-b',
      userName: 'Demo doctor-b',
      reasonCode: 'emergency_care',
      reviewStatus: 'pending',
    });
    expect(pending.items[0].unitName).toEqual(expect.any(String));
    // the declaring professional sees their own emergency access in force
    const mine = await app.inject({ url: '/api/me/break-glass', headers: as('doctor-b') });
    expect(mine.json().items).toEqual([
      expect.objectContaining({ id: declared, clientId, reasonCode: 'emergency_care' }),
    ]);
    expect((await app.inject({ url: '/api/me/break-glass', headers: as('nurse') })).json().items).toEqual([]);
    expect((await app.inject({ url: '/api/break-glass', headers: as('planner') })).statusCode).toBe(403);
    const flagged = await app.inject({
      method: 'PUT',
      url: `/api/break-glass/${declared}/review`,
      headers: as('admin'),
      payload: { status: 'flagged', note: 'No emergency recorded in the patient record.' },
    });
    expect(flagged.json()).toMatchObject({ reviewStatus: 'flagged', reviewedBy: 'admin' });
    expect(
      (await app.inject({ url: '/api/break-glass?status=pending', headers: as('admin') })).json().total,
    ).toBe(0);
    expect(
      (
        await app.inject({
          method: 'PUT',
          url: '/api/break-glass/none/review',
          headers: as('admin'),
          payload: { status: 'reviewed', note: '' },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('the access log', () => {
  it('the client sees who opened their data, from which organisation and on what basis', async () => {
    const log = (await app.inject({ url: '/api/me/access-log', headers: as('client') })).json();
    expect(
      log.items.map(
        (e: { actorName: string; action: string; basis: string; outcome: string }) =>
          `${e.actorName} ${e.action} ${e.basis} ${e.outcome}`,
      ),
    ).toEqual([
      // the administrator's review of the emergency access is an access too
      'Demo admin review oversight allow',
      'Demo admin read oversight allow',
      'Demo doctor-b read break_the_glass allow',
      'Demo doctor-b break-the-glass break_the_glass allow',
      'Demo doctor-b read none deny',
      'Demo nurse create first_contact allow',
    ]);
    expect(log.items[3].unitName).toBeTruthy();
    expect((await app.inject({ url: '/api/me/access-log', headers: as('nurse') })).statusCode).toBe(403);
  });

  it('the organizer’s administrator searches it; other organizer staff may not', async () => {
    const denied = (
      await app.inject({ url: `/api/access-log?clientId=${clientId}&outcome=deny`, headers: as('admin') })
    ).json();
    expect(denied.items.map((e: { actorId: string }) => e.actorId)).toEqual(['doctor-b']);
    expect((await app.inject({ url: '/api/access-log', headers: as('planner') })).statusCode).toBe(403);
    expect(
      (await app.inject({ url: '/api/access-log?from=yesterday', headers: as('admin') })).statusCode,
    ).toBe(400);
  });
});

describe('consents and refusals of disclosure', () => {
  it('the client gives and withdraws a consent; it stays in the history and cannot be withdrawn twice', async () => {
    const given = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/consents`,
      headers: as('client'),
      payload: { register: 'health', scope: 'Home care may see my health care records', validUntil: null },
    });
    expect(given.statusCode).toBe(201);
    const id = given.json().id;
    const list = (
      await app.inject({ url: `/api/clients/${clientId}/consents`, headers: as('client') })
    ).json().items;
    expect(list).toEqual([
      expect.objectContaining({
        id,
        kind: 'consent',
        register: 'health',
        withdrawnAt: null,
        recordedBy: 'client',
      }),
    ]);
    const w = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/consents/${id}/withdraw`,
      headers: as('client'),
    });
    expect(w.statusCode).toBe(204);
    const again = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/consents/${id}/withdraw`,
      headers: { ...as('client'), 'accept-language': 'sv' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/redan återkallats/);
    expect(
      (await app.inject({ url: `/api/clients/${clientId}/consents`, headers: as('client') })).json().items[0]
        .withdrawnAt,
    ).not.toBeNull();
    const past = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/consents`,
      headers: as('client'),
      payload: { register: 'health', scope: '', validUntil: '2020-01-01T00:00:00Z' },
    });
    expect(past.json().errors[0].field).toBe('/validUntil');
  });

  it('a refusal of disclosure to the nurse’s producer shuts the nurse out until the client withdraws it', async () => {
    const nurse = await tdb.db
      .selectFrom('userAccount')
      .select('producerId')
      .where('id', '=', 'nurse')
      .executeTakeFirstOrThrow();
    const refused = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/refusals`,
      headers: as('client'),
      payload: { producerId: nurse.producerId },
    });
    expect(refused.statusCode).toBe(201);
    expect((await app.inject({ url: `/api/clients/${clientId}`, headers: as('nurse') })).statusCode).toBe(
      403,
    );
    await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/consents/${refused.json().id}/withdraw`,
      headers: as('client'),
    });
    expect((await app.inject({ url: `/api/clients/${clientId}`, headers: as('nurse') })).statusCode).toBe(
      200,
    );
  });

  it('no one without access records or reads them', async () => {
    expect(
      (await app.inject({ url: `/api/clients/${clientId}/consents`, headers: as('planner') })).statusCode,
    ).toBe(403);
    const other = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/refusals`,
      headers: as('planner'),
      payload: { producerId: 'x' },
    });
    expect(other.statusCode).toBe(403);
    const unknownProducer = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/refusals`,
      headers: as('client'),
      payload: { producerId: 'nope' },
    });
    expect(unknownProducer.statusCode).toBe(422);
  });
});

describe('break-the-glass by identity code', () => {
  it('a professional declares an emergency by identity code, without learning first whether the person is a client', async () => {
    const byCode = (identityCode: string) =>
      app.inject({
        method: 'POST',
        url: '/api/break-glass',
        headers: as('doctor-b'),
        payload: {
          identityCode,
          reasonCode: 'urgent_protection',
          reasonText: 'Child found alone at night, police present.',
        },
      });
    const nobody = await byCode('010101-123N');
    expect(nobody.statusCode).toBe(404);
    expect(nobody.json().detail).toMatch(/No client has this identity code/);
    const last = await tdb.db
      .selectFrom('accessLog')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({
      actorId: 'doctor-b',
      clientId: null,
      action: 'break-the-glass',
      outcome: 'deny',
    });
    const bad = await byCode('131052-308U');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0]).toMatchObject({ field: '/identityCode', code: 'client.identity.checksum' });
    const found = await byCode('131052-308t');
    expect(found.statusCode).toBe(201);
    expect(found.json()).toMatchObject({ clientId, userId: 'doctor-b', reasonCode: 'urgent_protection' });
  });
});

describe('openings to review: emergency accesses and first contacts for clients already registered', () => {
  const registration = (firstContact?: { reasonCode: string; reasonText: string }) => ({
    identity: { system: 'pic', value: '131052-308T' },
    familyName: 'Korhonen',
    givenNames: 'Eino',
    phone: null,
    email: null,
    streetAddress: null,
    postalCode: null,
    language: 'fi',
    nonDisclosure: false,
    soteCentre: null,
    dentalClinic: null,
    ...(firstContact ? { firstContact } : {}),
  });
  const REASON = {
    reasonCode: 'client_contact',
    reasonText: 'Came to the social services office asking for home help.',
  };
  let contact = '';

  it('a professional who knows the identity code of a client elsewhere must say why the client is at their unit', async () => {
    const bare = await app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: { ...as('sw-b'), 'accept-language': 'fi' },
      payload: registration(),
    });
    expect(bare.statusCode).toBe(422);
    expect(bare.json()).toMatchObject({ code: 'first-contact-reason-required' });
    expect(bare.json().detail).toMatch(/on jo asiakas/);
    expect(bare.json().errors.map((e: { field: string }) => e.field)).toEqual([
      '/firstContact/reasonCode',
      '/firstContact/reasonText',
    ]);
    expect((await app.inject({ url: `/api/clients/${clientId}`, headers: as('sw-b') })).statusCode).toBe(403);
    const short = await app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: as('sw-b'),
      payload: registration({ reasonCode: 'client_contact', reasonText: 'visit' }),
    });
    expect([short.statusCode, short.json().errors[0].field]).toEqual([400, '/firstContact/reasonText']);
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: as('sw-b'),
      payload: registration({ ...REASON, reasonCode: 'curiosity' }),
    });
    expect([unknown.statusCode, unknown.json().errors[0].field]).toEqual([400, '/firstContact/reasonCode']);
    const blank = await app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: as('sw-b'),
      payload: registration({ reasonCode: 'other', reasonText: ' '.repeat(12) }),
    });
    expect([blank.statusCode, blank.json().errors[0].field]).toEqual([422, '/firstContact/reasonText']);
    const stated = await app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: as('sw-b'),
      payload: registration(REASON),
    });
    expect(stated.statusCode).toBe(200);
    expect(stated.json().id).toBe(clientId);
    expect((await app.inject({ url: `/api/clients/${clientId}`, headers: as('sw-b') })).statusCode).toBe(200);
  });

  it('the administrator finds it beside the emergency access, with the reason, and reviews it', async () => {
    const all = (await app.inject({ url: '/api/openings', headers: as('admin') })).json();
    // Newest first. The nurse's registration of the new client is not there: it opened nothing
    // that existed before.
    expect(
      all.items.map(
        (o: { kind: string; userId: string; reviewStatus: string }) =>
          `${o.kind} ${o.userId} ${o.reviewStatus}`,
      ),
    ).toEqual(['first_contact sw-b pending', 'break_glass doctor-b pending', 'break_glass doctor-b flagged']);
    expect(all.total).toBe(3);
    const [first, pendingGlass, glass] = all.items;
    expect(first).toMatchObject({
      kind: 'first_contact',
      clientId,
      userName: 'Demo sw-b',
      ...REASON,
      reviewStatus: 'pending',
      reviewedBy: null,
    });
    expect(first.unitName).toEqual(expect.any(String));
    expect(Date.parse(first.validUntil) - Date.parse(first.validFrom)).toBe(30 * 86_400_000);
    expect(glass).toMatchObject({
      kind: 'break_glass',
      reasonCode: 'emergency_care',
      reviewStatus: 'flagged',
    });
    contact = first.id;
    const pending = (await app.inject({ url: '/api/openings?status=pending', headers: as('admin') })).json();
    expect(pending.items.map((o: { id: string }) => o.id)).toEqual([contact, pendingGlass.id]);
    const glassOnly = (
      await app.inject({ url: '/api/openings?kind=break_glass', headers: as('admin') })
    ).json();
    expect(glassOnly.items.map((o: { id: string }) => o.id)).toEqual([pendingGlass.id, glass.id]);
    const paged = (await app.inject({ url: '/api/openings?limit=1&offset=1', headers: as('admin') })).json();
    expect([paged.total, paged.items.map((o: { id: string }) => o.id)]).toEqual([3, [pendingGlass.id]]);
    // The emergency accesses' own list stays as it was.
    const declarations = (await app.inject({ url: '/api/break-glass', headers: as('admin') })).json();
    expect(declarations.items.map((o: { id: string }) => o.id)).toEqual([pendingGlass.id, glass.id]);
    expect((await app.inject({ url: '/api/openings', headers: as('planner') })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/openings', headers: as('sw-b') })).statusCode).toBe(403);

    const reviewed = await app.inject({
      method: 'PUT',
      url: `/api/openings/${contact}/review`,
      headers: as('admin'),
      payload: { status: 'reviewed', note: 'Client confirmed the visit by phone.' },
    });
    expect(reviewed.statusCode).toBe(200);
    expect(reviewed.json()).toMatchObject({
      id: contact,
      kind: 'first_contact',
      reviewStatus: 'reviewed',
      reviewedBy: 'admin',
      reviewNote: 'Client confirmed the visit by phone.',
    });
    // An emergency access is reviewed through the same route.
    const glassReviewed = await app.inject({
      method: 'PUT',
      url: `/api/openings/${glass.id}/review`,
      headers: as('admin'),
      payload: { status: 'reviewed', note: 'Confirmed after all.' },
    });
    expect(glassReviewed.json()).toMatchObject({ kind: 'break_glass', reviewStatus: 'reviewed' });
    expect(
      (await app.inject({ url: '/api/break-glass?status=reviewed', headers: as('admin') })).json().total,
    ).toBe(1);
    const left = (await app.inject({ url: '/api/openings?status=pending', headers: as('admin') })).json();
    expect(left.items.map((o: { id: string }) => o.id)).toEqual([pendingGlass.id]);
    const missing = await app.inject({
      method: 'PUT',
      url: '/api/openings/none/review',
      headers: as('admin'),
      payload: { status: 'reviewed', note: '' },
    });
    expect(missing.statusCode).toBe(404);
    const byPlanner = await app.inject({
      method: 'PUT',
      url: `/api/openings/${contact}/review`,
      headers: as('planner'),
      payload: { status: 'flagged', note: '' },
    });
    expect(byPlanner.statusCode).toBe(403);
  });
});
