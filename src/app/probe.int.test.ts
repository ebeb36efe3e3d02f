/**
 * What a probe from outside found at the HTTP edge (issue §7 "Hardening"), one describe block a
 * finding: each test failed before its fix. The answers are Problem Details that say what to fix.
 * The generated bad input over every route of the OpenAPI document is in fuzz.int.test.ts.
 */
import type { FastifyInstance, LightMyRequestResponse as Res } from 'fastify';
import { importJWK, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Actors, CATALOGUE_KINDS, CatalogueRecords, type World } from '../../test/actors.js';
import { Browser, formAction } from '../../test/browser-jar.js';
import type { TestDb } from '../../test/db.js';
import { createTestApp } from '../../test/http.js';
import { API_AUDIENCE, DEMO_ISSUER, signingJwk } from '../modules/auth/tokens.js';
import { DEMO_PASSWORD } from '../seed/people.js';

const ORIGIN = 'http://saumaton.test';
let app: FastifyInstance;
let tdb: TestDb;
let close: () => Promise<void>;
let actors: Actors;
let admin: World;
let records: CatalogueRecords;

beforeAll(async () => {
  ({ app, tdb, close } = await createTestApp({ demo: true }));
  actors = await Actors.on(tdb.db);
  admin = await actors.world('administrator');
  records = new CatalogueRecords(tdb.db);
});

interface Operation {
  method: string;
  path: string;
  parameters: { in: string; name: string; schema: { type?: string; maximum?: number } }[];
  body: boolean;
  bodySchema: { properties?: Record<string, unknown> } | undefined;
}
/** The operations of the OpenAPI document, with paths as Fastify writes them (:id). */
function operations(): Operation[] {
  const doc = app.swagger() as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: Operation['parameters'];
          requestBody?: { content: Record<string, { schema: Operation['bodySchema'] }> };
        }
      >
    >;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path: path.replace(/\{(\w+)\}/g, ':$1'),
      parameters: op.parameters ?? [],
      body: op.requestBody !== undefined,
      bodySchema: op.requestBody?.content['application/json']?.schema,
    })),
  );
}
const withParams = (path: string, value = 'x') => path.replace(/:(\w+)/g, value);
afterAll(async () => close());

function expectProblem(res: Res, status: number, code?: string) {
  const ctx = `${res.statusCode} ${res.body.slice(0, 300)}`;
  expect(res.statusCode, ctx).toBe(status);
  expect(res.headers['content-type'], ctx).toMatch(/^application\/problem\+json/);
  const problem = res.json();
  expect(problem.detail, ctx).toBeTruthy();
  if (code) expect(problem.code, ctx).toBe(code);
  return problem;
}

/** The same user name as the sign-in lookup sees it, written as a guesser would pad it. */
const VARIANTS = (user: string) => [
  ` ${user}`,
  `${user} `,
  `  ${user}  `,
  `\t${user}\n`,
  `\u00a0${user}`,
  `${user}\u3000`,
  `${' '.repeat(150)}${user}`,
];

describe('1. the sign-in rate limit holds for padded user names', () => {
  it("at the built-in provider's sign-in page: after the limit, padded names get 429 and a padded right password does not sign in", async () => {
    const user = 'demo-analyst';
    const browser = new Browser(app, ORIGIN);
    const start = await browser.go('GET', '/auth/login?returnTo=/me');
    const action = formAction(start.final.body);
    const post = (username: string, password: string) =>
      browser.request('POST', action, { form: { username, password } });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await post(user, `guess-${i}`)).status);
    expect(statuses).toEqual(Array(10).fill(401));
    for (const [i, padded] of VARIANTS(user).entries())
      expect((await post(padded, `guess-padded-${i}`)).status, JSON.stringify(padded)).toBe(429);
    const right = await post(`  ${user} `, DEMO_PASSWORD);
    expect(right.status).toBe(429);
    expect(right.location).toBeUndefined();
    expect(browser.cookies.has('saumaton_session')).toBe(false);
  });

  it('at POST /api/auth/token: after the limit, padded names get 429, and a padded right password gets no token', async () => {
    const user = 'demo-planner';
    const token = (username: string, password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/token', payload: { username, password } });
    for (let i = 0; i < 10; i++) expect((await token(user, `guess-${i}`)).statusCode).toBe(401);
    for (const [i, padded] of VARIANTS(user).entries())
      expectProblem(await token(padded, `guess-padded-${i}`), 429, 'too-many');
    const right = await token(` ${user}`, DEMO_PASSWORD);
    expectProblem(right, 429, 'too-many');
  });

  it('keys on the client address too: another address still signs in (a padded name included)', async () => {
    const user = 'demo-planner';
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/token',
      remoteAddress: '10.9.9.9',
      payload: { username: ` ${user} `, password: DEMO_PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('2. numbers in query strings are bounded: a huge offset is a 400, not a 500', () => {
  const HUGE = ['99999999999999999999', '9223372036854775808', '1e20'];

  it('on every list route of the API, for every integer parameter', async () => {
    const numeric = operations().flatMap((op) =>
      op.parameters
        .filter((p) => p.in === 'query' && (p.schema.type === 'integer' || p.schema.type === 'number'))
        .map((p) => ({ op, name: p.name })),
    );
    const withOffset = new Set(numeric.filter((n) => n.name === 'offset').map((n) => n.op.path));
    expect(withOffset.size).toBeGreaterThanOrEqual(12);
    for (const { op, name } of numeric)
      for (const value of HUGE) {
        const url = `${withParams(op.path)}?${name}=${value}`;
        const res = await app.inject({ method: 'GET', url, headers: admin.headers });
        expect.soft(res.statusCode, `${url} → ${res.body.slice(0, 200)}`).toBe(400);
        const errors = (res.json().errors ?? []) as { field: string; code: string; message: string }[];
        expect
          .soft(
            errors.find((e) => e.field === `querystring:/${name}`),
            `${url}: names the parameter`,
          )
          .toMatchObject({ code: 'schema.maximum' });
      }
  });

  it('says the largest offset allowed, in the language asked for', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/producers?offset=99999999999999999999',
      headers: { 'accept-language': 'fi' },
    });
    const problem = expectProblem(res, 400, 'validation');
    expect(problem.errors[0].message).toMatch(/^Arvo saa olla enintään \d+\.$/);
  });

  it('still pages with a large offset inside the bound (an empty page)', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/producers?offset=1000000000' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([]);
  });
});

describe('3. bodies nested deeper than 64 levels are refused before they are parsed', () => {
  const arrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const objects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const post = (method: string, url: string, payload: string, headers: Record<string, string> = {}) =>
    app.inject({
      method: method as 'POST',
      url,
      payload,
      headers: { 'content-type': 'application/json', ...headers },
    });

  it('on every route with a body, signed in or not: 400 saying how deep a body may be', async () => {
    const withBody = operations().filter((op) => op.body);
    expect(withBody.length).toBeGreaterThanOrEqual(27);
    for (const op of withBody)
      for (const [label, payload] of [
        ['100 000 nested arrays', arrays(100_000)],
        ['5 000 nested objects', objects(5_000)],
        ['65 nested arrays', arrays(65)],
      ] as const)
        for (const headers of [admin.headers, {}]) {
          const url = withParams(op.path);
          const res = await post(op.method, url, payload, headers);
          const ctx = `${op.method} ${url} ${label}${headers.authorization ? ' (administrator)' : ''} → ${res.body.slice(0, 200)}`;
          expect.soft(res.statusCode, ctx).toBeLessThan(500);
          if (headers.authorization || op.path === '/api/auth/token') {
            expect.soft(res.statusCode, ctx).toBe(400);
            expect.soft(res.json().code, ctx).toBe('json-too-deep');
          }
        }
  });

  it('answers in the language asked for, naming the limit', async () => {
    const res = await post('POST', '/api/auth/token', arrays(100_000), { 'accept-language': 'sv' });
    const problem = expectProblem(res, 400, 'json-too-deep');
    expect(res.headers['content-language']).toBe('sv');
    expect(problem.detail).toContain('64');
  });

  it('lets 64 levels through to the schema, and counts no bracket inside a string', async () => {
    const deep = await post('POST', '/api/auth/token', arrays(64));
    expect(expectProblem(deep, 400, 'validation').errors[0].field).toBe('/');
    const brackets = '[{'.repeat(500);
    const inText = await post(
      'POST',
      '/api/auth/token',
      JSON.stringify({ username: `x\\"${brackets.slice(0, 150)}`, password: `"]}${brackets.slice(0, 150)}` }),
    );
    expectProblem(inText, 401, 'bad-credentials');
  });

  it("keeps Fastify's answers to empty, malformed, prototype-poisoning, too large and mis-sized bodies", async () => {
    const url = '/api/producers';
    const as = admin.headers;
    expectProblem(await post('POST', url, '', as), 400, 'fst_err_ctp_empty_json_body');
    expectProblem(await post('POST', url, '{"name":', as), 400, 'fst_err_ctp_invalid_json_body');
    expectProblem(await post('POST', url, '{"__proto__":{"x":1}}', as), 400, 'fst_err_ctp_invalid_json_body');
    expectProblem(
      await post('POST', url, '{"constructor":{"prototype":{"x":1}}}', as),
      400,
      'fst_err_ctp_invalid_json_body',
    );
    expectProblem(
      await post('POST', url, `"${'x'.repeat(1_100_000)}"`, as),
      413,
      'fst_err_ctp_body_too_large',
    );
    expectProblem(
      await post('POST', url, '{"name":"x"}', { ...as, 'content-length': '5' }),
      400,
      'fst_err_ctp_invalid_content_length',
    );
  });
});

/**
 * The versioned PUTs (a body with "version"): an unused record to replace, a valid body for it,
 * and who may replace it.
 */
async function versionedPut(kind: (typeof CATALOGUE_KINDS)[number] | 'clients') {
  if (kind === 'clients') {
    const nurse = await actors.freshWorld('nurse:care-team');
    const { version: _v, ...body } = await actors.clientBody(nurse.clientId);
    return { url: `/api/clients/${nurse.clientId}`, body, headers: nurse.headers };
  }
  const id = await records.create(kind);
  const body = await records.input(kind);
  return { url: `/api/${kind}/${id}`, body, headers: admin.headers };
}
const VERSIONED = [...CATALOGUE_KINDS, 'clients'] as const;

describe('4. versions beyond what a record can have are a 400, not a 500', () => {
  it('covers every PUT whose body has a version', () => {
    const puts = operations().filter((op) => op.method === 'PUT' && op.bodySchema?.properties?.version);
    expect(puts.map((op) => op.path).sort()).toEqual(VERSIONED.map((k) => `/api/${k}/:id`).sort());
  });

  it.each(VERSIONED)('PUT /api/%s/:id with a huge If-Match: 400 naming the header', async (kind) => {
    const put = await versionedPut(kind);
    for (const etag of [
      '"99999999999999999999"',
      '"2147483648"',
      'W/"99999999999999999999"',
      '99999999999999999999',
    ]) {
      const res = await app.inject({
        method: 'PUT',
        url: put.url,
        headers: { ...put.headers, 'if-match': etag },
        payload: put.body,
      });
      const problem = expectProblem(res, 400, 'bad-if-match');
      expect(problem.errors?.[0], etag).toMatchObject({
        field: 'headers:/if-match',
        code: 'version.ifMatch',
      });
    }
  });

  it.each(VERSIONED)('PUT /api/%s/:id with a huge "version": 400 naming the field', async (kind) => {
    const put = await versionedPut(kind);
    for (const version of [2147483648, 1e20]) {
      const res = await app.inject({
        method: 'PUT',
        url: put.url,
        headers: put.headers,
        payload: { ...put.body, version },
      });
      const problem = expectProblem(res, 400, 'validation');
      expect(problem.errors, String(version)).toContainEqual(
        expect.objectContaining({ field: '/version', code: 'schema.maximum' }),
      );
    }
  });

  it('says what to send, in the language asked for', async () => {
    const put = await versionedPut('producers');
    const res = await app.inject({
      method: 'PUT',
      url: put.url,
      headers: { ...put.headers, 'if-match': '"99999999999999999999"', 'accept-language': 'fi' },
      payload: put.body,
    });
    const problem = expectProblem(res, 400, 'bad-if-match');
    expect(res.headers['content-language']).toBe('fi');
    expect(problem.errors[0].message).toContain('2147483647');
  });
});

/**
 * The code did this already; no test said so, so a change that let the body win went unnoticed
 * (a mutant of expectedVersion that reads the body first passed every test). Now one fails.
 */
describe('7. a stale If-Match wins over a current "version" in the body: 412, nothing changed', () => {
  it.each(VERSIONED)('PUT /api/%s/:id', async (kind) => {
    const put = await versionedPut(kind);
    const first = await app.inject({
      method: 'PUT',
      url: put.url,
      headers: { ...put.headers, 'if-match': '"1"' },
      payload: put.body,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    for (const stale of ['"1"', 'W/"1"', ' "1" ', '1']) {
      const res = await app.inject({
        method: 'PUT',
        url: put.url,
        headers: { ...put.headers, 'if-match': stale },
        payload: { ...put.body, version: 2 },
      });
      expectProblem(res, 412, 'stale-version');
    }
    const read = await app.inject({ method: 'GET', url: put.url, headers: put.headers });
    expect(read.json().version).toBe(2);
  });
});

describe('5. an Idempotency-Key reused with another body is a 422, not the first answer replayed', () => {
  const create = (key: string, payload: unknown, lang = 'en') =>
    app.inject({
      method: 'POST',
      url: '/api/producers',
      headers: { ...admin.headers, 'idempotency-key': key, 'accept-language': lang },
      payload: payload as object,
    });
  const count = async () =>
    Number(
      (
        await tdb.db
          .selectFrom('producer')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('replays the same body (keys in any order), refuses another body and creates nothing for it', async () => {
    const body = { name: 'Avainsana Oy', kind: 'ngo', businessId: null, oid: null, description: 'Sama' };
    const first = await create('probe-key-1', body);
    expect(first.statusCode, first.body).toBe(201);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await create('probe-key-1', reordered);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    const before = await count();
    for (const other of [
      { ...body, description: 'Toinen' },
      { ...body, name: 'Toinen Oy' },
      { name: 'Avainsana Oy', kind: 'ngo', businessId: null, oid: null },
    ]) {
      const res = await create('probe-key-1', other);
      expectProblem(res, 422, 'idempotency-key-reused');
      expect(res.headers['idempotent-replayed']).toBeUndefined();
    }
    expect(await count()).toBe(before);
  });

  it('says what to do, in the language asked for', async () => {
    const body = { name: 'Kieliavain Oy', kind: 'ngo', businessId: null, oid: null, description: '' };
    expect((await create('probe-key-2', body)).statusCode).toBe(201);
    const res = await create('probe-key-2', { ...body, description: 'muutettu' }, 'sv');
    const problem = expectProblem(res, 422, 'idempotency-key-reused');
    expect(res.headers['content-language']).toBe('sv');
    expect(problem.detail).toContain('Idempotency-Key');
  });
});

describe('6. tokens signed with the real key but issued in the future or living too long are refused', () => {
  const now = () => Math.floor(Date.now() / 1000);
  /** A token of the built-in provider for the administrator, signed with the server's own key. */
  async function signed(times: { iat?: number; exp: number }) {
    const jwk = (await signingJwk(tdb.db)) as JWK & { kid: string };
    const jwt = new SignJWT({ scope: 'catalogue.read audit.read' })
      .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
      .setIssuer(DEMO_ISSUER)
      .setSubject(admin.userId as string)
      .setAudience(API_AUDIENCE)
      .setExpirationTime(times.exp);
    if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
    return jwt.sign(await importJWK(jwk, 'ES256'));
  }
  const session = async (token: string) =>
    app.inject({ method: 'GET', url: '/api/auth/session', headers: { authorization: `Bearer ${token}` } });

  it('accepts a token as the server issues it, and one issued a little ahead of its clock', async () => {
    expect((await session(await signed({ iat: now() - 10, exp: now() + 890 }))).statusCode).toBe(200);
    expect((await session(await signed({ iat: now() + 30, exp: now() + 930 }))).statusCode).toBe(200);
  });

  it('refuses a token issued more than a minute in the future', async () => {
    for (const ahead of [120, 3600, 10 * 365 * 86400]) {
      const res = await session(await signed({ iat: now() + ahead, exp: now() + ahead + 900 }));
      expectProblem(res, 401, 'token-issued-in-future');
      expect(res.headers['www-authenticate']).toMatch(/invalid_token/);
    }
  });

  it('refuses a token that lives longer than the server issues them (15 minutes)', async () => {
    const tenYears = 10 * 365 * 86400;
    for (const times of [
      { iat: now(), exp: now() + tenYears },
      { iat: now() - tenYears, exp: now() + 600 },
      { iat: now(), exp: now() + 901 },
    ]) {
      const problem = expectProblem(await session(await signed(times)), 401, 'token-lifetime');
      expect(problem.detail).toContain('15');
    }
  });

  it('refuses a token without an issue time: its lifetime cannot be told', async () => {
    expectProblem(await session(await signed({ exp: now() + 600 })), 401, 'token-invalid');
  });
});
