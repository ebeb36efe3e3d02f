import type { FastifyInstance } from 'fastify';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../../../test/db.js';
import { createTestApp } from '../../../test/http.js';
import { allowedScopes } from '../auth/model.js';
import { DEMO_ISSUER, issueToken } from '../auth/tokens.js';

let app: FastifyInstance;
let tdb: TestDb;
let close: () => Promise<void>;
const tokens: Record<string, string> = {};

async function user(id: string, row: Record<string, unknown>) {
  await tdb.db
    .insertInto('userAccount')
    .values({ id, displayName: id, registers: '[]', issuer: DEMO_ISSUER, subject: id, ...row } as never)
    .execute();
}

const body = (over: Record<string, unknown> = {}) => ({
  identity: { system: 'pic', value: '020516C903K' },
  familyName: 'Testinen',
  givenNames: 'Onni',
  phone: null,
  email: null,
  streetAddress: 'Raatihuoneenkatu 1',
  postalCode: '13100',
  language: 'fi',
  nonDisclosure: false,
  soteCentre: null,
  dentalClinic: null,
  ...over,
});

const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
const entries = async () =>
  (
    await tdb.db
      .selectFrom('accessLog')
      .select(['actorId', 'action', 'outcome', 'basis', 'channel'])
      .where('actorId', '!=', 'system:seed')
      .orderBy('id')
      .execute()
  ).map((e) => `${e.actorId} ${e.action} ${e.outcome} ${e.basis} ${e.channel}`);

beforeAll(async () => {
  ({ app, tdb, close } = await createTestApp({ demo: true }));
  const [a, b] = (await tdb.db
    .selectFrom('unit')
    .select(['id', 'producerId'])
    .orderBy('id')
    .limit(2)
    .execute()) as [{ id: string; producerId: string }, { id: string; producerId: string }];
  await user('nurse', { kind: 'professional', profession: 'nurse', unitId: a.id, producerId: a.producerId });
  await user('nurse-b', {
    kind: 'professional',
    profession: 'nurse',
    unitId: b.id,
    producerId: b.producerId,
  });
  await user('analyst', { kind: 'organizer', organizerRole: 'analyst' });
  for (const [who, kind, role] of [
    ['nurse', 'professional', null],
    ['nurse-b', 'professional', null],
    ['analyst', 'organizer', 'analyst'],
  ] as const)
    tokens[who] = (await issueToken(tdb.db, who, allowedScopes(kind, role))).accessToken;
  tokens.readOnly = (await issueToken(tdb.db, 'nurse', ['client.read'])).accessToken;
  // Even a token that claims client.read does not let an analyst see identities: scopes are capped at the role's.
  tokens.analystClaimingRead = (await issueToken(tdb.db, 'analyst', ['client.read'])).accessToken;
});
afterAll(async () => close());

describe('tokens', () => {
  it('no token, a forged one, an expired one, one for another audience or an unknown user: 401 with a reason', async () => {
    const none = await app.inject('/api/clients?familyName=Te');
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(none.json().code).toBe('token-missing');

    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ scope: 'client.read' })
      .setProtectedHeader({ alg: 'ES256', kid: 'x' })
      .setIssuer(DEMO_ISSUER)
      .setSubject('nurse')
      .setAudience('saumaton-api')
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(
      (
        await app.inject({
          url: '/api/clients?familyName=Te',
          headers: { authorization: `Bearer ${forged}` },
        })
      ).json().code,
    ).toBe('token-invalid');
    const tampered = `${tokens.nurse?.slice(0, -4)}AAAA`;
    expect(
      (
        await app.inject({
          url: '/api/clients?familyName=Te',
          headers: { authorization: `Bearer ${tampered}` },
        })
      ).statusCode,
    ).toBe(401);

    const expired = (await issueToken(tdb.db, 'nurse', ['client.read'], { ttlSeconds: -60 })).accessToken;
    const exp = await app.inject({
      url: '/api/clients?familyName=Te',
      headers: { authorization: `Bearer ${expired}` },
    });
    expect([exp.statusCode, exp.json().code]).toEqual([401, 'token-expired']);

    const other = (await issueToken(tdb.db, 'nurse', ['client.read'], { audience: 'another-api' }))
      .accessToken;
    const aud = await app.inject({
      url: '/api/clients?familyName=Te',
      headers: { authorization: `Bearer ${other}` },
    });
    expect([aud.statusCode, aud.json().code]).toEqual([401, 'token-audience']);

    const stranger = (await issueToken(tdb.db, 'nobody', ['client.read'])).accessToken;
    const who = await app.inject({
      url: '/api/clients?familyName=Te',
      headers: { authorization: `Bearer ${stranger}` },
    });
    expect([who.statusCode, who.json().code]).toEqual([401, 'unknown-user']);
    expect(await entries()).toEqual([]);
  });

  it('a token without the scope a route needs gets 403 and writes nothing', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/clients',
      payload: body(),
      headers: as('readOnly'),
    });
    expect([res.statusCode, res.json().code]).toEqual([403, 'insufficient-scope']);
    expect(res.json().detail).toMatch(/client\.write/);
    expect(
      await tdb.db.selectFrom('client').select('id').where('familyName', '=', 'Testinen').execute(),
    ).toEqual([]);
  });

  it('publishes the public keys', async () => {
    const jwks = (await app.inject('/.well-known/jwks.json')).json();
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(jwks.keys[0].d).toBeUndefined();
  });
});

describe('/api/clients', () => {
  let id = '';
  it('registers a client; a bad identity code gets 422 and neither writes nor logs', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/clients',
      payload: body({ identity: { system: 'pic', value: '020516C903L' } }),
      headers: { ...as('nurse'), 'accept-language': 'fi' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0]).toMatchObject({
      field: '/identity/value',
      code: 'client.identity.checksum',
    });
    expect(bad.json().errors[0].message).toMatch(/tarkistusmerkki/);
    expect(await entries()).toEqual([]);
    const res = await app.inject({
      method: 'POST',
      url: '/api/clients',
      payload: body(),
      headers: as('nurse'),
    });
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({ birthDate: '2016-05-02', municipalityCode: '109', version: 1 });
    expect(await entries()).toEqual(['nurse create allow first_contact rest']);
  });

  it('the contacted unit reads it; another unit and an analyst get 403, and each denial is logged', async () => {
    const ok = await app.inject({ url: `/api/clients/${id}`, headers: as('nurse') });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"1"');
    expect((await app.inject({ url: `/api/clients/${id}`, headers: as('nurse-b') })).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/clients/${id}`, headers: as('analyst') })).json().code).toBe(
      'insufficient-scope',
    );
    expect(
      (await app.inject({ url: `/api/clients/${id}`, headers: as('analystClaimingRead') })).statusCode,
    ).toBe(403);
    expect((await entries()).slice(1)).toEqual([
      'nurse read allow first_contact rest',
      'nurse-b read deny none rest',
      'analyst read deny none rest',
      'analyst read deny none rest',
    ]);
  });

  it('a search reveals only clients one may see, and a missing client looks the same as a forbidden one', async () => {
    expect(
      (await app.inject({ url: '/api/clients?identityCode=020516C903K', headers: as('nurse') })).json().items,
    ).toHaveLength(1);
    expect(
      (await app.inject({ url: '/api/clients?identityCode=020516C903K', headers: as('nurse-b') })).json()
        .items,
    ).toEqual([]);
    const missing = await app.inject({ url: '/api/clients/no-such-client', headers: as('nurse-b') });
    const forbidden = await app.inject({ url: `/api/clients/${id}`, headers: as('nurse-b') });
    expect([missing.statusCode, missing.json().detail]).toEqual([
      forbidden.statusCode,
      forbidden.json().detail,
    ]);
  });

  it('updates with If-Match; a stale version is 412', async () => {
    const ok = await app.inject({
      method: 'PUT',
      url: `/api/clients/${id}`,
      payload: body({ phone: '+358401112222' }),
      headers: { ...as('nurse'), 'if-match': '"1"' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().phone).toBe('+358401112222');
    const stale = await app.inject({
      method: 'PUT',
      url: `/api/clients/${id}`,
      payload: body({ version: 1 }),
      headers: as('nurse'),
    });
    expect(stale.statusCode).toBe(412);
    const noVersion = await app.inject({
      method: 'PUT',
      url: `/api/clients/${id}`,
      payload: body(),
      headers: as('nurse'),
    });
    expect(noVersion.statusCode).toBe(428);
  });

  it('script- and SQL-looking text is stored as text and returned as it was', async () => {
    const nasty = `Robert'); DROP TABLE client;-- <script>alert(1)</script>`;
    const res = await app.inject({
      method: 'POST',
      url: '/api/clients',
      payload: body({
        identity: { system: 'temporary', value: '1.2.246.10.2606155.22.2026.1' },
        birthDate: '1990-01-01',
        familyName: nasty,
      }),
      headers: as('nurse'),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().familyName).toBe(nasty);
    expect(
      (await tdb.db.selectFrom('client').select('id').where('identitySystem', '=', 'temporary').execute())
        .length,
    ).toBe(1);
  });
});
