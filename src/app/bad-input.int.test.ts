/**
 * Bad input at every write route of the trust layer (issue 3, "Bad input"). SQL- and
 * script-looking text, a NUL byte, a lone surrogate, a right-to-left override and 10 000
 * characters in every text field and path parameter; a 2 MB body; unknown fields, wrong types,
 * impossible dates and values outside a list; forged, unsigned, expired and strangers' tokens,
 * session cookies of another format and cookies without the CSRF token. Each is either stored
 * as sent (and read back byte for byte, as JSON) or refused with a 4xx Problem that names what
 * to fix, never a 500, and a refusal writes nothing.
 *
 * The routes come from the router: a write route under /api/clients, /api/break-glass or
 * /api/auth without a case in ROUTES fails the first test, so a new one cannot escape.
 */
import type { FastifyInstance, LightMyRequestResponse as Res } from 'fastify';
import { decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Actors, type World } from '../../test/actors.js';
import type { TestDb } from '../../test/db.js';
import { createTestApp } from '../../test/http.js';
import { allowedScopes, type Scope } from '../modules/auth/model.js';
import { createSession } from '../modules/auth/sessions.js';
import { API_AUDIENCE, DEMO_ISSUER, issueToken } from '../modules/auth/tokens.js';
import { DEMO_PASSWORD } from '../seed/people.js';

const TRUST_LAYER = /^\/api\/(clients|break-glass|auth)(\/|$)/;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Text no field may choke on; each is at least 10 characters (a break-the-glass reason needs 10). */
const NASTY: Record<string, string> = {
  SQL: "'); DROP TABLE client; --",
  'SQL or': "' OR '1'='1",
  script: '<script>alert(1)</script>',
  'img onerror': '<img src=x onerror=alert(1)>',
  template: "{{constructor.constructor('alert(1)')()}}",
  'NUL byte': 'before\u0000after',
  'lone surrogate': 'broken \ud800 half',
  'RTL override': 'Nimi \u202etxt.exe',
  '10 000 characters': `<'"&`.repeat(2_500),
};
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const wellFormed = (s: string) => s.search(LONE_SURROGATE) < 0;
/** PostgreSQL text cannot hold a NUL, UTF-8 cannot encode a lone surrogate: such text is refused, never altered. */
const unstorable = (s: string) => s.includes('\u0000') || !wellFormed(s);

/**
 * What any text in a field must give. `stored`: kept as sent (up to `max` characters) and read
 * back byte for byte. `refused`: not a valid value, so a 4xx naming the field with this code.
 * `answer`: stored nowhere and no field to blame (a wrong password): this status and code.
 */
type Field =
  | { stored: true; max: number }
  | { refused: string; max?: number }
  | { answer: [number, string]; max: number };

interface Req {
  params: Record<string, string>;
  body?: Record<string, unknown>;
  /** Who sends it (null: no credentials). */
  as: World | null;
}
interface Refusal {
  label: string;
  /** JSON pointer → value, applied to the valid body. */
  set: [string, unknown][];
  status: number | number[];
  field: string;
  code?: string;
}
interface RouteCase {
  /** A request that succeeds, made anew for each use: a success may use its target up. */
  valid(): Promise<Req>;
  /** Every text field of the body, by JSON pointer. */
  texts: Record<string, Field>;
  /** The stored record as a later GET returns it (in the body's field names). */
  readBack?(req: Req, res: Res): Promise<[Res, unknown]>;
  refused: Refusal[];
  /** Needs no credentials (signing in). */
  public?: true;
}

let app: FastifyInstance;
let tdb: TestDb;
let close: () => Promise<void>;
let actors: Actors;
/** A nurse in the care team of a client; the organizer's administrator reviews emergency accesses. */
let nurse: World;
let admin: World;
let soteUnit = '';
let dentalUnit = '';

let requests = 0;
function send(method: string, url: string, headers: Record<string, string>, body?: unknown) {
  // A new address each time: POST /api/auth/token allows 10 requests a minute from one address.
  requests += 1;
  return app.inject({
    method: method as 'POST',
    url,
    headers,
    remoteAddress: `10.0.${(requests >> 8) & 255}.${requests & 255}`,
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

/** A path segment; a lone surrogate has no UTF-8, so it is sent as the bytes it would have had (%ED%A0%80). */
const segment = (s: string) =>
  s
    .split(LONE_SURROGATE)
    .map((part) => encodeURIComponent(part))
    .join('%ED%A0%80');
const urlOf = (template: string, params: Record<string, string>) =>
  template.replace(/:(\w+)/g, (_, name: string) => segment(params[name] ?? ''));
const at = (value: unknown, pointer: string): unknown =>
  pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], value);
function withValues(body: Record<string, unknown> | undefined, set: [string, unknown][]) {
  const copy = structuredClone(body ?? {});
  for (const [pointer, value] of set) {
    const keys = pointer.split('/').slice(1);
    const last = keys.pop() as string;
    (at(copy, `/${keys.join('/')}`.replace(/\/$/, '')) as Record<string, unknown>)[last] = value;
  }
  return copy;
}

/** What the trust layer has written: rows of its tables, client versions, reviews, withdrawals, allowed accesses. */
async function written() {
  const { rows } = await sql<Record<string, unknown>>`select
      (select count(*) from client) as clients,
      (select coalesce(sum(version), 0) from client) as versions,
      (select count(*) from consent) as consents,
      (select count(*) from disclosure_refusal) as refusals,
      (select count(*) from consent where withdrawn_at is not null) as withdrawnconsents,
      (select count(*) from disclosure_refusal where withdrawn_at is not null) as withdrawnrefusals,
      (select count(*) from break_glass) as breakglass,
      (select max(reviewed_at)::text from break_glass) as lastreview,
      (select count(*) from care_relationship) as relationships,
      (select count(*) from care_relationship where valid_until <= now()) as ended,
      (select count(*) from legal_basis) as legalbases,
      (select count(*) from client_entry) as entries,
      (select count(*) from access_log where outcome = 'allow') as allowed`.execute(tdb.db);
  return rows[0];
}

/** Sends a request that must be refused, and checks that nothing was written. */
async function refusedRequest(context: string, send: () => Promise<Res>): Promise<Res> {
  const before = await written();
  const res = await send();
  expect.soft(await written(), `${context}: nothing written`).toEqual(before);
  return res;
}

function expectProblem(res: Res, status: number | number[], context: string, field?: string, code?: string) {
  const ctx = `${context} → ${res.statusCode} ${res.body.slice(0, 300)}`;
  expect.soft([status].flat(), ctx).toContain(res.statusCode);
  expect.soft(res.headers['content-type'], ctx).toMatch(/^application\/problem\+json/);
  if (!String(res.headers['content-type']).startsWith('application/problem+json')) return;
  const problem = res.json();
  expect.soft(problem.title, ctx).toBeTruthy();
  expect.soft(problem.detail, ctx).toBeTruthy();
  if (field === undefined) return;
  const errors = (problem.errors ?? []) as { field: string; code: string; message: string }[];
  const named = errors.find((e) => e.field === field && (code === undefined || e.code === code));
  expect.soft(named?.message, `${ctx}: an error at ${field}${code ? ` (${code})` : ''}`).toBeTruthy();
}

/** A body with `value` at `field` (and `also`) that must get `status` and an error at `field`. */
const bad = (
  label: string,
  field: string,
  value: unknown,
  status: number | number[],
  code?: string,
  also: [string, unknown][] = [],
): Refusal => ({ label, set: [...also, [field, value]], status, field, ...(code ? { code } : {}) });

const birthDateOf = (code: string) => `20${code.slice(4, 6)}-${code.slice(2, 4)}-${code.slice(0, 2)}`;
const clientBody = (identityCode: string): Record<string, unknown> => ({
  identity: { system: 'pic', value: identityCode },
  familyName: 'Testinen',
  givenNames: 'Onni Ilmari',
  phone: '+358 40 123 4567',
  email: 'onni.testinen@example.fi',
  streetAddress: 'Raatihuoneenkatu 1',
  postalCode: '13100',
  municipalityCode: '109',
  birthDate: birthDateOf(identityCode),
  language: 'fi',
  nonDisclosure: false,
  soteCentre: { unitId: soteUnit, chosenOn: '2026-01-15' },
  dentalClinic: { unitId: dentalUnit, chosenOn: '2026-01-15' },
});
const readClient = async (id: string): Promise<[Res, unknown]> => {
  const res = await send('GET', `/api/clients/${id}`, nurse.headers);
  return [res, res.json()];
};
const CLIENT_TEXTS: Record<string, Field> = {
  '/identity/system': { refused: 'schema.enum' },
  // An identity code is checked, not stored as sent: SQL in it is a malformed code.
  '/identity/value': { refused: 'client.identity.format', max: 64 },
  '/familyName': { stored: true, max: 100 },
  '/givenNames': { stored: true, max: 200 },
  // Free text ("040 123 4567 iltaisin"), like the address.
  '/phone': { stored: true, max: 40 },
  '/email': { refused: 'schema.format', max: 200 },
  '/streetAddress': { stored: true, max: 200 },
  '/postalCode': { refused: 'schema.pattern' },
  '/municipalityCode': { refused: 'schema.pattern' },
  '/birthDate': { refused: 'schema.pattern' },
  '/language': { refused: 'schema.enum' },
  '/soteCentre/unitId': { refused: 'schema.pattern', max: 64 },
  '/soteCentre/chosenOn': { refused: 'schema.pattern' },
  '/dentalClinic/unitId': { refused: 'schema.pattern', max: 64 },
  '/dentalClinic/chosenOn': { refused: 'schema.pattern' },
};
const temporary = { system: 'temporary', value: 'TMP-2026-0001' };
const CLIENT_REFUSED: Refusal[] = [
  bad('an unknown field', '/isAdmin', true, 400, 'schema.unknownField'),
  bad('an unknown nested field', '/identity/verified', true, 400),
  bad('a string for a boolean', '/nonDisclosure', 'false', 400, 'schema.type'),
  bad('a number for a name', '/familyName', 42, 400, 'schema.type'),
  bad('an identity code born on 30 February', '/identity/value', '300226A900X', 422, 'client.identity.date'),
  bad('a temporary id born on 30 February', '/birthDate', '2026-02-30', [400, 422], undefined, [
    ['/identity', temporary],
  ]),
  bad('a temporary id born in month 13', '/birthDate', '2026-13-01', [400, 422], undefined, [
    ['/identity', temporary],
  ]),
  bad('a sote-centre chosen on 30 February', '/soteCentre/chosenOn', '2026-02-30', [400, 422]),
  bad('a dental clinic chosen in month 13', '/dentalClinic/chosenOn', '2026-13-01', [400, 422]),
  bad('a language not in the list', '/language', 'klingon', 400, 'schema.enum'),
  bad('an identity system not in the list', '/identity/system', 'ssn', 400, 'schema.enum'),
];
const unknownField = (name: string, value: unknown) =>
  bad(`an unknown field ${name}`, `/${name}`, value, 400, 'schema.unknownField');
const pendingOrReviewed = async (status: string, id: string): Promise<[Res, unknown]> => {
  const res = await send('GET', `/api/break-glass?status=${status}&limit=10`, admin.headers);
  const row = res.json().items?.find((b: { id: string }) => b.id === id);
  return [res, row && { ...row, note: row.reviewNote, status: row.reviewStatus }];
};

const ROUTES: Record<string, RouteCase> = {
  'POST /api/clients': {
    valid: async () => ({ params: {}, body: clientBody(actors.identityCode()), as: nurse }),
    texts: CLIENT_TEXTS,
    readBack: (_req, res) => readClient(res.json().id),
    refused: CLIENT_REFUSED,
  },
  'PUT /api/clients/:id': {
    valid: async () => {
      const { version } = await tdb.db
        .selectFrom('client')
        .select('version')
        .where('id', '=', nurse.clientId)
        .executeTakeFirstOrThrow();
      return {
        params: { id: nurse.clientId },
        body: { ...clientBody(nurse.identityCode), version },
        as: nurse,
      };
    },
    texts: CLIENT_TEXTS,
    readBack: (req) => readClient(req.params.id as string),
    refused: CLIENT_REFUSED,
  },
  'POST /api/clients/:id/break-glass': {
    valid: async () => ({
      params: { id: nurse.clientId },
      body: { reasonCode: 'emergency_care', reasonText: 'Unconscious on arrival, no relatives reachable.' },
      as: nurse,
    }),
    texts: { '/reasonCode': { refused: 'schema.enum' }, '/reasonText': { stored: true, max: 1000 } },
    readBack: (_req, res) => pendingOrReviewed('pending', res.json().id),
    refused: [
      bad('a reason not in the list', '/reasonCode', 'curiosity', 400, 'schema.enum'),
      unknownField('validUntil', '2099-01-01T00:00:00Z'),
      bad('a number for the reason', '/reasonText', 1234567890, 400, 'schema.type'),
    ],
  },
  'POST /api/clients/:id/consents': {
    valid: async () => ({
      params: { id: nurse.clientId },
      body: { register: 'health', scope: 'Home care may see my health care records', validUntil: null },
      as: nurse,
    }),
    texts: {
      '/register': { refused: 'schema.enum' },
      '/scope': { stored: true, max: 500 },
      '/validUntil': { refused: 'schema.format' },
    },
    readBack: async (req, res) => {
      const list = await send('GET', `/api/clients/${req.params.id}/consents`, nurse.headers);
      return [list, list.json().items?.find((c: { id: string }) => c.id === res.json().id)];
    },
    refused: [
      bad('a register not in the list', '/register', 'finance', 400, 'schema.enum'),
      bad('valid until 30 February', '/validUntil', '2026-02-30T00:00:00Z', 400, 'schema.format'),
      bad('valid until month 13', '/validUntil', '2026-13-01T00:00:00Z', 400, 'schema.format'),
      bad('ending before it starts', '/validUntil', '2020-01-01T00:00:00Z', 422, 'consent.untilBeforeNow'),
      unknownField('validFrom', '2030-01-01T00:00:00Z'),
      bad('a list for the scope', '/scope', ['everything'], 400, 'schema.type'),
    ],
  },
  'POST /api/clients/:id/refusals': {
    valid: async () => ({
      params: { id: nurse.clientId },
      body: { producerId: actors.places.neutralProducerId },
      as: nurse,
    }),
    texts: { '/producerId': { refused: 'schema.pattern', max: 64 } },
    refused: [
      bad('a producer that does not exist', '/producerId', 'no-such-producer', 422, 'notFound.producer'),
      unknownField('validUntil', '2099-01-01T00:00:00Z'),
      bad('a number for the producer', '/producerId', 42, 400, 'schema.type'),
    ],
  },
  'POST /api/clients/:id/consents/:consentId/withdraw': {
    valid: async () => ({
      params: {
        id: nurse.clientId,
        consentId: await actors.consent(nurse.clientId, nurse.userId as string, 'health'),
      },
      as: nurse,
    }),
    texts: {},
    // Withdrawing takes no body; one sent is a mistake to point out, not to ignore.
    refused: [unknownField('reason', 'changed my mind')],
  },
  'PUT /api/break-glass/:id/review': {
    valid: async () => ({
      params: { id: await actors.breakGlass(nurse.clientId, nurse.userId as string) },
      body: { status: 'reviewed', note: 'Checked against the patient record.' },
      as: admin,
    }),
    texts: { '/status': { refused: 'schema.enum' }, '/note': { stored: true, max: 2000 } },
    readBack: (req) => pendingOrReviewed('reviewed', req.params.id as string),
    refused: [
      bad('a status not in the list', '/status', 'approved', 400, 'schema.enum'),
      unknownField('reviewedBy', 'someone-else'),
      bad('null for the note', '/note', null, 400, 'schema.type'),
    ],
  },
  'POST /api/break-glass': {
    valid: async () => ({
      params: {},
      body: {
        identityCode: nurse.identityCode,
        reasonCode: 'emergency_care',
        reasonText: 'Unconscious on arrival, no relatives reachable.',
      },
      as: nurse,
    }),
    texts: {
      '/identityCode': { refused: 'client.identity.format', max: 20 },
      '/reasonCode': { refused: 'schema.enum' },
      '/reasonText': { stored: true, max: 1000 },
    },
    readBack: (_req, res) => pendingOrReviewed('pending', res.json().id),
    refused: [
      bad(
        'an identity code born on 30 February',
        '/identityCode',
        '300226A900X',
        422,
        'client.identity.date',
      ),
      bad('a reason not in the list', '/reasonCode', 'curiosity', 400, 'schema.enum'),
      unknownField('clientId', 'someone'),
    ],
  },
  'POST /api/clients/:id/entries': {
    valid: async () => ({
      params: { id: nurse.clientId },
      body: { kind: 'note', text: 'Seen at home; managing with help.' },
      as: nurse,
    }),
    texts: {
      '/kind': { refused: 'schema.enum' },
      '/text': { stored: true, max: 10_000 },
    },
    readBack: async (req, res) => {
      const list = await send('GET', `/api/clients/${req.params.id}/entries?limit=200`, nurse.headers);
      return [list, list.json().items?.find((e: { id: string }) => e.id === res.json().id)];
    },
    refused: [
      bad('a register not in the list', '/register', 'finance', 400, 'schema.enum'),
      bad('the other register', '/register', 'social', 422, 'entry.notYourRegister'),
      bad('a kind not in the list', '/kind', 'diagnosis', 400, 'schema.enum'),
      bad('an empty text', '/text', '', 400, 'schema.notEmpty'),
      unknownField('createdAt', '2020-01-01T00:00:00Z'),
    ],
  },
  'POST /api/clients/:id/relationships': {
    valid: async () => ({
      params: { id: nurse.clientId },
      body: {
        kind: 'care_team',
        userId: nurse.userId,
        validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        note: 'Hip fracture follow-up',
      },
      as: nurse,
    }),
    texts: {
      '/kind': { refused: 'schema.enum' },
      '/userId': { refused: 'schema.pattern', max: 64 },
      '/validUntil': { refused: 'schema.format' },
      '/note': { stored: true, max: 500 },
    },
    readBack: async (req, res) => {
      const list = await send('GET', `/api/clients/${req.params.id}/relationships`, nurse.headers);
      return [list, list.json().relationships?.find((r: { id: string }) => r.id === res.json().id)];
    },
    refused: [
      bad('a kind recorded by its own process', '/kind', 'referral', 400, 'schema.enum'),
      bad('an end on 30 February', '/validUntil', '2026-02-30T00:00:00Z', 400, 'schema.format'),
      bad('an end in the past', '/validUntil', '2020-01-01T00:00:00Z', 422, 'relationship.untilPast'),
      bad(
        'someone who is not a professional',
        '/userId',
        'no-such-user',
        422,
        'relationship.notProfessional',
      ),
      unknownField('unitId', 'somewhere'),
    ],
  },
  'POST /api/clients/:id/relationships/:relationshipId/end': {
    valid: async () => ({
      params: {
        id: nurse.clientId,
        relationshipId: await actors.membership(nurse.clientId, nurse.userId as string),
      },
      as: nurse,
    }),
    texts: {},
    refused: [unknownField('reason', 'treatment over')],
  },
  'POST /api/clients/:id/legal-bases': {
    valid: async () => ({
      params: { id: nurse.clientId },
      body: { register: 'social', statute: 'Laki 703/2023, 17 §', validUntil: null },
      as: nurse,
    }),
    texts: {
      '/register': { refused: 'schema.enum' },
      '/statute': { stored: true, max: 300 },
      '/validUntil': { refused: 'schema.format' },
    },
    readBack: async (req, res) => {
      const list = await send('GET', `/api/clients/${req.params.id}/relationships`, nurse.headers);
      return [list, list.json().legalBases?.find((l: { id: string }) => l.id === res.json().id)];
    },
    refused: [
      bad('a register not in the list', '/register', 'finance', 400, 'schema.enum'),
      bad('a statute too short to name one', '/statute', 'x', 400, 'schema.minLength'),
      unknownField('validFrom', '2020-01-01T00:00:00Z'),
    ],
  },
  'POST /api/auth/token': {
    public: true,
    valid: async () => ({ params: {}, body: { username: 'demo-nurse', password: DEMO_PASSWORD }, as: null }),
    texts: {
      '/username': { answer: [401, 'bad-credentials'], max: 200 },
      '/password': { answer: [401, 'bad-credentials'], max: 200 },
      '/scope': { refused: 'auth.scopeUnknown', max: 500 },
    },
    refused: [
      bad('a scope not in the list', '/scope', 'root', 400, 'auth.scopeUnknown'),
      unknownField('grant_type', 'password'),
      bad('a number for the password', '/password', 12345, 400, 'schema.type'),
    ],
  },
};

/** Tokens that must not get in: [what, token, problem code]. */
const badTokens: [string, string, string][] = [];

beforeAll(async () => {
  ({ app, tdb, close } = await createTestApp({ demo: true }));
  actors = await Actors.on(tdb.db);
  nurse = await actors.freshWorld('nurse:care-team');
  admin = await actors.freshWorld('administrator');
  const unitOf = async (kinds: string[]) =>
    (
      await tdb.db
        .selectFrom('unit')
        .innerJoin('producer', 'producer.id', 'unit.producerId')
        .select('unit.id')
        .where('producer.kind', 'in', kinds as never)
        .orderBy('unit.id')
        .executeTakeFirstOrThrow()
    ).id;
  soteUnit = await unitOf(['sote_centre', 'county_business_unit']);
  dentalUnit = await unitOf(['dental_clinic', 'county_business_unit']);

  const userId = nurse.userId as string;
  const real = (await issueToken(tdb.db, userId, allowedScopes('professional', null))).accessToken;
  const claims = { iss: DEMO_ISSUER, sub: userId, aud: API_AUDIENCE, scope: 'client.read client.write' };
  const { privateKey } = await generateKeyPair('ES256');
  const forged = await new SignJWT({ scope: claims.scope })
    .setProtectedHeader({ alg: 'ES256', kid: decodeProtectedHeader(real).kid as string })
    .setIssuer(DEMO_ISSUER)
    .setSubject(userId)
    .setAudience(API_AUDIENCE)
    .setExpirationTime('5m')
    .sign(privateKey);
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 300;
  badTokens.push(
    ['signed with another key', forged, 'token-invalid'],
    [
      'with its signature cut off and "alg": "none"',
      `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, exp })}.`,
      'token-invalid',
    ],
    [
      'expired',
      (await issueToken(tdb.db, userId, ['client.write'], { ttlSeconds: -60 })).accessToken,
      'token-expired',
    ],
    [
      'of an unknown user',
      (await issueToken(tdb.db, 'no-such-user', ['client.write'])).accessToken,
      'unknown-user',
    ],
  );
});
afterAll(async () => close());

it('has a case for every write route of the trust layer, and none for a route that is gone', () => {
  const routes = app.routeList
    .filter((r) => WRITES.has(r.method) && TRUST_LAYER.test(r.url))
    .map((r) => `${r.method} ${r.url}`);
  expect(routes.sort()).toEqual(Object.keys(ROUTES).sort());
});

for (const [key, route] of Object.entries(ROUTES)) {
  const [method, template] = key.split(' ') as [string, string];
  const request = async (
    req: Req,
    over: { body?: unknown; headers?: Record<string, string>; url?: string } = {},
  ) =>
    send(
      method,
      over.url ?? urlOf(template, req.params),
      over.headers ?? req.as?.headers ?? {},
      'body' in over ? over.body : req.body,
    );

  describe(key, () => {
    it('takes SQL- and script-looking text in every text field: kept as sent, or refused naming the field', async () => {
      const valid = await route.valid();
      const ok = await request(valid);
      expect(ok.statusCode, `${key}: the valid example succeeds: ${ok.body.slice(0, 300)}`).toBeLessThan(300);
      for (const [pointer, field] of Object.entries(route.texts))
        for (const [what, value] of Object.entries(NASTY)) {
          const req = await route.valid();
          const body = withValues(req.body, [[pointer, value]]);
          const context = `${key} ${pointer} = ${what}`;
          const tooLong = field.max !== undefined && value.length > field.max;
          if ('stored' in field && !tooLong && !unstorable(value)) {
            const res = await request(req, { body });
            expect.soft(res.statusCode, `${context}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
            expect.soft(res.headers['content-type'], context).toMatch(/^application\/json/);
            const [read, record] = await (route.readBack as NonNullable<RouteCase['readBack']>)(req, res);
            expect.soft(read.headers['content-type'], context).toMatch(/^application\/json/);
            expect.soft(read.headers['x-content-type-options'], context).toBe('nosniff');
            expect.soft(at(record, pointer) === value, `${context}: read back byte for byte`).toBe(true);
            continue;
          }
          const res = await refusedRequest(context, () => request(req, { body }));
          if (unstorable(value)) expectProblem(res, [400, 422], context, pointer);
          else if (tooLong) expectProblem(res, 400, context, pointer, 'schema.maxLength');
          else if ('answer' in field) expectProblem(res, field.answer[0], context);
          else if ('refused' in field) expectProblem(res, [400, 422], context, pointer, field.refused);
          if ('answer' in field && !tooLong && !unstorable(value))
            expect.soft(res.json().code, context).toBe(field.answer[1]);
        }
    });

    it('refuses SQL- and script-looking path parameters with a Problem, writing nothing', async () => {
      for (const name of template.match(/(?<=:)\w+/g) ?? [])
        for (const [what, value] of Object.entries(NASTY)) {
          const req = await route.valid();
          const url = urlOf(template, { ...req.params, [name]: value });
          const context = `${key} :${name} = ${what}`;
          const res = await refusedRequest(context, () => request(req, { url }));
          // Past 100 characters the router refuses the path (414), a lone surrogate is no URL (400).
          if (value.length > 100 || !wellFormed(value)) expectProblem(res, [400, 414], context);
          else if (unstorable(value)) expectProblem(res, 400, context, `params:/${name}`);
          else expectProblem(res, 400, context, `params:/${name}`, 'schema.pattern');
        }
    });

    it('refuses unknown fields, wrong types, impossible dates and values outside a list, writing nothing', async () => {
      for (const r of route.refused) {
        const req = await route.valid();
        const context = `${key} with ${r.label}`;
        const res = await refusedRequest(context, () => request(req, { body: withValues(req.body, r.set) }));
        expectProblem(res, r.status, context, r.field, r.code);
      }
    });

    it('refuses a 2 MB body with 413 and says why, writing nothing', async () => {
      const req = await route.valid();
      const body = { ...req.body, padding: 'x'.repeat(2 * 1024 * 1024) };
      const res = await refusedRequest(key, () => request(req, { body }));
      expectProblem(res, 413, `${key} 2 MB`);
      expect(res.json().detail).toMatch(/too large/);
    });

    if (route.public) return;

    it("refuses forged, unsigned, expired and strangers' tokens with 401, a reason and WWW-Authenticate", async () => {
      for (const [what, token, code] of badTokens) {
        const req = await route.valid();
        const context = `${key} with a token ${what}`;
        const headers = { authorization: `Bearer ${token}` };
        const res = await refusedRequest(context, () => request(req, { headers }));
        expectProblem(res, 401, context);
        expect.soft(res.json().code, context).toBe(code);
        expect
          .soft(res.headers['www-authenticate'], context)
          .toBe('Bearer realm="saumaton", error="invalid_token"');
      }
      // A token may claim a scope that does not exist; it gives nothing.
      const req = await route.valid();
      const root = (await issueToken(tdb.db, req.as?.userId as string, ['root' as Scope])).accessToken;
      const res = await refusedRequest(`${key} root`, () =>
        request(req, { headers: { authorization: `Bearer ${root}` } }),
      );
      expectProblem(res, 403, `${key} with scope root`);
      expect(res.json().code).toBe('insufficient-scope');
    });

    it('refuses session cookies of another format, and a session without its CSRF token', async () => {
      const req = await route.valid();
      const foreign = [badTokens[0]?.[1] ?? '', 's:forged.c2lnbmF0dXJl', 'A'.repeat(43), "' OR '1'='1"];
      for (const value of foreign) {
        const headers = { cookie: `saumaton_session=${encodeURIComponent(value)}` };
        const context = `${key} with the cookie ${value.slice(0, 20)}`;
        const res = await refusedRequest(context, () => request(req, { headers }));
        expectProblem(res, 401, context);
        expect.soft(res.json().code, context).toBe('session-ended');
      }
      const { token } = await createSession(tdb.db, req.as?.userId as string, DEMO_ISSUER);
      for (const csrf of [undefined, 'forged-csrf-token']) {
        const headers = { cookie: `saumaton_session=${token}`, ...(csrf ? { 'x-csrf-token': csrf } : {}) };
        const context = `${key} with a session and CSRF token ${csrf}`;
        const res = await refusedRequest(context, () => request(req, { headers }));
        expectProblem(res, 403, context);
        expect.soft(res.json().code, context).toBe('csrf');
      }
    });
  });
}

it('searches for any text without a 500: a NUL byte in a search term is refused naming the term', async () => {
  for (const name of ['identityCode', 'familyName', 'givenNames']) {
    const url = `/api/clients?${name}=ab%00cd${name === 'givenNames' ? '&familyName=Te' : ''}`;
    const res = await refusedRequest(`search ${name}`, () => send('GET', url, nurse.headers));
    expectProblem(res, 400, `search by ${name} with a NUL byte`, `querystring:/${name}`);
  }
});
