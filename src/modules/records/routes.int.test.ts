/**
 * Registers over HTTP: a health care professional's entries are shown to a social worker with a
 * care relationship only while the client's consent to show the health register is in force,
 * and every read of each register is logged with how it opened.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../../../test/db.js';
import { actorsOn } from '../../../test/relationship-fixtures.js';
import { allowedScopes } from '../auth/model.js';
import { DEMO_ISSUER, issueToken } from '../auth/tokens.js';

let app: FastifyInstance;
let tdb: TestDb;
let close: () => Promise<void>;
let as: (who: string) => { authorization: string };
let clientId = '';
const headers: Record<string, { authorization: string }> = {};
const h = (who: string) => headers[who] ?? as(who);

beforeAll(async () => {
  ({ app, tdb, close, as, clientId } = await actorsOn());
  // A social worker in the client's care team (the social welfare register).
  const unit = await tdb.db
    .selectFrom('unit')
    .select(['id', 'producerId'])
    .orderBy('id')
    .offset(5)
    .executeTakeFirstOrThrow();
  await tdb.db
    .insertInto('userAccount')
    .values({
      id: 'social',
      kind: 'professional',
      displayName: 'Demo social',
      profession: 'social_worker',
      unitId: unit.id,
      producerId: unit.producerId,
      registers: '[]',
      issuer: DEMO_ISSUER,
      subject: 'social',
    })
    .execute();
  headers.social = {
    authorization: `Bearer ${(await issueToken(tdb.db, 'social', allowedScopes('professional', null))).accessToken}`,
  };
  const add = await app.inject({
    method: 'POST',
    url: `/api/clients/${clientId}/relationships`,
    headers: as('nurse'),
    payload: {
      kind: 'care_team',
      userId: 'social',
      validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    },
  });
  expect(add.statusCode).toBe(201);
});
afterAll(async () => close());

const write = (who: string, payload: object) =>
  app.inject({ method: 'POST', url: `/api/clients/${clientId}/entries`, headers: h(who), payload });
const read = (who: string, query = '') =>
  app.inject({ url: `/api/clients/${clientId}/entries${query}`, headers: h(who) });
const lastEntries = async (n: number) =>
  (
    await tdb.db
      .selectFrom('accessLog')
      .select(['actorId', 'action', 'basis', 'outcome', 'details'])
      .orderBy('id', 'desc')
      .limit(n)
      .execute()
  ).reverse();

describe('client record entries in two registers', () => {
  let healthEntry = '';
  it('each professional writes in their own register only', async () => {
    const nurse = await write('nurse', { kind: 'note', text: 'Hip wound healing well; pain 3/10.' });
    expect(nurse.statusCode, nurse.body).toBe(201);
    expect(nurse.json()).toMatchObject({ register: 'health', authorName: 'Demo nurse', authorRole: 'nurse' });
    healthEntry = nurse.json().id;
    const social = await write('social', {
      kind: 'contact',
      text: 'Home help needs assessed with the client.',
    });
    expect(social.json()).toMatchObject({ register: 'social' });
    const other = await write('social', {
      register: 'health',
      kind: 'note',
      text: 'Trying the other register.',
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().errors[0]).toMatchObject({ field: '/register', code: 'entry.notYourRegister' });
    expect((await write('client', { kind: 'note', text: 'My own note' })).statusCode).toBe(403);
    expect((await write('outsider', { kind: 'note', text: 'No relationship' })).statusCode).toBe(403);
  });

  it('without consent the social worker sees the social welfare register only, and is refused the health one', async () => {
    const both = await read('social');
    expect(both.json().registers).toEqual(['social']);
    expect(both.json().items.map((e: { register: string }) => e.register)).toEqual(['social']);
    const health = await read('social', '?register=health');
    expect(health.statusCode).toBe(403);
    const [allowed, denied] = await lastEntries(2);
    expect(allowed).toMatchObject({
      actorId: 'social',
      basis: 'care_team',
      outcome: 'allow',
      details: { register: 'social' },
    });
    expect(denied).toMatchObject({
      actorId: 'social',
      outcome: 'deny',
      details: { reason: 'other-register' },
    });
  });

  it("with the client's consent to show the health register, it opens too; withdrawn, it closes", async () => {
    const consent = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/consents`,
      headers: as('client'),
      payload: { register: 'health', scope: 'Social services may see my health records', validUntil: null },
    });
    expect(consent.statusCode).toBe(201);
    const both = await read('social');
    expect(both.json().registers).toEqual(['social', 'health']);
    expect(both.json().items.map((e: { id: string }) => e.id)).toContain(healthEntry);
    const logged = await lastEntries(2);
    expect(
      logged.map((e) => [e.basis, (e.details as { crossRegister: string | null }).crossRegister]),
    ).toEqual([
      ['care_team', null],
      ['care_team', 'consent'],
    ]);
    const withdrawn = await app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/consents/${consent.json().id}/withdraw`,
      headers: as('client'),
    });
    expect(withdrawn.statusCode).toBe(204);
    expect((await read('social')).json().registers).toEqual(['social']);
  });

  it('the client reads their own entries of both registers; organizer staff none', async () => {
    const own = await read('client');
    expect(own.json().registers).toEqual(['social', 'health']);
    expect(own.json().total).toBe(2);
    // One read, one entry: both registers opened on the same basis are named in it.
    const [entry, before] = [(await lastEntries(1))[0], (await lastEntries(2))[0]];
    expect(entry).toMatchObject({
      actorId: 'client',
      basis: 'own_data',
      details: { register: null, registers: ['social', 'health'], crossRegister: null },
    });
    expect(before?.actorId).not.toBe('client');
    expect((await read('planner')).statusCode).toBe(403);
  });

  it('an entry is corrected by a new one, never changed or removed', async () => {
    const missing = await write('nurse', { kind: 'correction', text: 'Pain was 4/10.' });
    expect(missing.json().errors[0]).toMatchObject({ field: '/corrects', code: 'entry.correctsMissing' });
    const unknown = await write('nurse', { kind: 'correction', text: 'Pain was 4/10.', corrects: 'no-such' });
    expect(unknown.json().errors[0]).toMatchObject({ field: '/corrects', code: 'entry.correctsUnknown' });
    const fixed = await write('nurse', { kind: 'correction', text: 'Pain was 4/10.', corrects: healthEntry });
    expect(fixed.json()).toMatchObject({ kind: 'correction', corrects: healthEntry, correctedBy: null });
    const listed = (await read('nurse')).json().items as { id: string; correctedBy: string | null }[];
    expect(listed.find((e) => e.id === healthEntry)?.correctedBy).toBe(fixed.json().id);
    await expect(sql`update client_entry set text = 'changed'`.execute(tdb.db)).rejects.toThrow(
      /never changed/,
    );
    await expect(sql`delete from client_entry`.execute(tdb.db)).rejects.toThrow(/never changed/);
  });
});
