import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsOn } from '../../../test/relationship-fixtures.js';

let app: FastifyInstance;
let close: () => Promise<void>;
let as: (who: string) => { authorization: string };
let clientId = '';
let tdb: Awaited<ReturnType<typeof actorsOn>>['tdb'];

beforeAll(async () => {
  ({ app, close, as, clientId, tdb } = await actorsOn());
});
afterAll(async () => close());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe("the client's care team and personal worker", () => {
  let membership = '';
  it('a professional with access adds a colleague to the care team, which opens the data to them', async () => {
    expect((await app.inject({ url: `/api/clients/${clientId}`, headers: as('doctor') })).statusCode).toBe(
      403,
    );
    const added = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/relationships`,
      headers: as('nurse'),
      payload: {
        kind: 'care_team',
        userId: 'doctor',
        validUntil: inDays(90),
        note: 'Hip fracture follow-up',
      },
    });
    expect(added.statusCode, added.body).toBe(201);
    membership = added.json().id;
    expect((await app.inject({ url: `/api/clients/${clientId}`, headers: as('doctor') })).statusCode).toBe(
      200,
    );
    const list = await app.inject({ url: `/api/clients/${clientId}/relationships`, headers: as('doctor') });
    expect(list.json().relationships).toContainEqual(
      expect.objectContaining({
        id: membership,
        kind: 'care_team',
        userId: 'doctor',
        userName: 'Demo doctor',
        inForce: true,
        note: 'Hip fracture follow-up',
        recordedByName: 'Demo nurse',
      }),
    );
    expect(list.json().relationships).toContainEqual(
      expect.objectContaining({ kind: 'first_contact', unitName: expect.any(String), inForce: true }),
    );
  });

  it('refuses a membership without an end, with one too far ahead, or for someone who is not a professional', async () => {
    const add = (payload: object) =>
      app.inject({
        method: 'POST',
        url: `/api/clients/${clientId}/relationships`,
        headers: as('nurse'),
        payload,
      });
    const past = await add({ kind: 'care_team', userId: 'doctor', validUntil: inDays(-1) });
    expect(past.statusCode).toBe(422);
    expect(past.json().errors[0]).toMatchObject({ field: '/validUntil', code: 'relationship.untilPast' });
    const far = await add({ kind: 'personal_worker', userId: 'doctor', validUntil: inDays(1000) });
    expect(far.json().errors[0]).toMatchObject({ field: '/validUntil', code: 'relationship.untilTooFar' });
    const notPro = await add({ kind: 'care_team', userId: 'planner', validUntil: inDays(10) });
    expect(notPro.json().errors[0]).toMatchObject({ field: '/userId', code: 'relationship.notProfessional' });
    const referral = await add({ kind: 'referral', userId: 'doctor', validUntil: inDays(10) });
    expect(referral.statusCode).toBe(400);
    expect((await add({ kind: 'care_team', userId: 'doctor' })).statusCode).toBe(400);
  });

  it('a professional without access cannot add themselves, and the attempt is logged', async () => {
    const self = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/relationships`,
      headers: as('outsider'),
      payload: { kind: 'personal_worker', userId: 'outsider', validUntil: inDays(30) },
    });
    expect(self.statusCode).toBe(403);
    expect((await app.inject({ url: `/api/clients/${clientId}`, headers: as('outsider') })).statusCode).toBe(
      403,
    );
  });

  it('ending a membership closes the data to them again; it stays in the history', async () => {
    const end = () =>
      app.inject({
        method: 'POST',
        url: `/api/clients/${clientId}/relationships/${membership}/end`,
        headers: as('nurse'),
      });
    expect((await end()).statusCode).toBe(204);
    expect((await end()).statusCode).toBe(409);
    expect((await app.inject({ url: `/api/clients/${clientId}`, headers: as('doctor') })).statusCode).toBe(
      403,
    );
    const list = await app.inject({ url: `/api/clients/${clientId}/relationships`, headers: as('nurse') });
    expect(list.json().relationships).toContainEqual(
      expect.objectContaining({ id: membership, inForce: false }),
    );
  });

  it('records a legal basis, and only professionals with access may', async () => {
    const record = (who: string) =>
      app.inject({
        method: 'POST',
        url: `/api/clients/${clientId}/legal-bases`,
        headers: as(who),
        payload: { register: 'social', statute: 'Laki 703/2023, 17 §', validUntil: inDays(30) },
      });
    expect((await record('nurse')).statusCode).toBe(201);
    expect((await record('outsider')).statusCode).toBe(403);
    expect((await record('client')).statusCode).toBe(403);
    const list = await app.inject({ url: `/api/clients/${clientId}/relationships`, headers: as('client') });
    expect(list.statusCode).toBe(200);
    expect(list.json().legalBases).toEqual([
      expect.objectContaining({
        register: 'social',
        statute: 'Laki 703/2023, 17 §',
        recordedByName: 'Demo nurse',
      }),
    ]);
  });
});

describe('what an emergency access cannot do, and one personal worker at a time', () => {
  it('an emergency access does not let a professional make themselves a lasting relationship', async () => {
    const glass = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/break-glass`,
      headers: as('outsider'),
      payload: { reasonCode: 'emergency_care', reasonText: 'Fell at home, brought in by ambulance.' },
    });
    expect(glass.statusCode).toBe(201);
    expect((await app.inject({ url: `/api/clients/${clientId}`, headers: as('outsider') })).statusCode).toBe(
      200,
    );
    const self = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/relationships`,
      headers: as('outsider'),
      payload: { kind: 'care_team', userId: 'outsider', validUntil: inDays(700) },
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().code).toBe('emergency-only');
    const legal = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/legal-bases`,
      headers: as('outsider'),
      payload: { register: 'health', statute: 'Laki 703/2023, 17 §', validUntil: null },
    });
    expect(legal.json().code).toBe('emergency-only');
  });

  it('naming a new personal worker ends the previous one', async () => {
    const name = (userId: string) =>
      app.inject({
        method: 'POST',
        url: `/api/clients/${clientId}/relationships`,
        headers: as('nurse'),
        payload: { kind: 'personal_worker', userId, validUntil: inDays(365) },
      });
    const first = (await name('doctor')).json().id;
    const second = (await name('nurse')).json().id;
    const list = (
      await app.inject({ url: `/api/clients/${clientId}/relationships`, headers: as('nurse') })
    ).json().relationships as { id: string; kind: string; inForce: boolean }[];
    const workers = list.filter((r) => r.kind === 'personal_worker' && r.inForce).map((r) => r.id);
    expect(workers).toEqual([second]);
    expect(list.find((r) => r.id === first)?.inForce).toBe(false);
  });
});

describe("the professionals' directory, for choosing a colleague", () => {
  const find = (query: string, who = 'nurse', lang = 'en') =>
    app.inject({ url: `/api/professionals?${query}`, headers: { ...as(who), 'accept-language': lang } });
  type Found = { id: string; displayName: string; profession: string | null; unitName: string | null };

  it('finds active professionals by a part of the name or the username, whatever the case', async () => {
    const res = await find('q=DOCTOR');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Found[];
    expect(items).toContainEqual(
      expect.objectContaining({ id: 'doctor', displayName: 'Demo doctor', profession: 'doctor' }),
    );
    expect(items.find((c) => c.id === 'doctor')?.unitName).toEqual(expect.any(String));
    for (const c of items) expect(`${c.id} ${c.displayName}`.toLowerCase()).toContain('doctor');
    const names = items.map((c) => c.displayName);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // By a part of the name only: "emo o" is in "Demo outsider", not in the username.
    expect(((await find('q=emo%20o')).json().items as Found[]).map((c) => c.id)).toContain('outsider');
  });

  it('lists neither clients, the organizer nor inactive professionals', async () => {
    await tdb.db.updateTable('userAccount').set({ active: false }).where('id', '=', 'outsider').execute();
    try {
      const items = (await find('q=demo&limit=50')).json().items as Found[];
      const ids = items.map((c) => c.id);
      expect(ids).toContain('nurse');
      expect(ids).not.toContain('outsider');
      expect(ids).not.toContain('planner');
      const kinds = await tdb.db
        .selectFrom('userAccount')
        .select('kind')
        .where('id', 'in', ids)
        .distinct()
        .execute();
      expect(kinds.map((k) => k.kind)).toEqual(['professional']);
    } finally {
      await tdb.db.updateTable('userAccount').set({ active: true }).where('id', '=', 'outsider').execute();
    }
  });

  it('pages with a limit, says there are more, and takes % and _ literally', async () => {
    const one = (await find('q=demo&limit=1')).json();
    expect(one.items).toHaveLength(1);
    expect(one.more).toBe(true);
    expect((await find('q=%25%25')).json()).toEqual({ items: [], more: false });
    expect((await find('q=__')).json()).toEqual({ items: [], more: false });
  });

  it('asks for two characters at least, at the field, in the language asked for', async () => {
    const res = await find('q=%20d%20', 'nurse', 'fi');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ field: '/q', code: 'colleague.queryTooShort' });
    expect(res.json().errors[0].message).toMatch(/vähintään 2 merkkiä/);
    expect((await find('')).statusCode).toBe(400);
    expect((await find(`q=${'x'.repeat(101)}`)).statusCode).toBe(400);
    expect((await find('q=de&limit=0')).statusCode).toBe(400);
  });

  it('is for professionals only', async () => {
    expect((await find('q=demo', 'planner')).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/professionals?q=demo' })).statusCode).toBe(401);
  });
});
