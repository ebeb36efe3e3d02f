/**
 * A county's own identity provider, configured as it would be from OIDC_* variables: the web
 * app signs in against it over the network (discovery, code + PKCE, ID token check), and the
 * API accepts its access tokens by issuer, audience and JWKS.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, formAction } from '../../../test/browser-jar.js';
import { createTestDb, type TestDb } from '../../../test/db.js';
import { createTestApp } from '../../../test/http.js';
import { buildApp } from '../../app/app.js';
import { loadSignIn } from '../../app/config.js';
import { hashPassword } from './passwords.js';
import { serverSecret } from './secrets.js';
import { DEMO_ISSUER } from './tokens.js';

// The county's provider: another Saumaton's built-in provider, listening on a real port.
let countyDb: TestDb;
let county: FastifyInstance;
let countyOrigin = '';
// A county's token service with its own keys, for API bearer tokens.
let jwksServer: Server;
let jwksUrl = '';
let signingKey: CryptoKey;
const TOKEN_ISSUER = 'https://sso.county.example';

let app: FastifyInstance;
let mainDb: TestDb;
let close: () => Promise<void>;

beforeAll(async () => {
  countyDb = await createTestDb();
  county = await buildApp({ db: countyDb.db, logger: false });
  countyOrigin = (await county.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
  await countyDb.db
    .insertInto('userAccount')
    .values({
      id: 'county-nurse',
      kind: 'organizer',
      displayName: 'County Identity',
      registers: '[]',
      organizerRole: 'analyst',
      issuer: DEMO_ISSUER,
      subject: 'county-nurse',
      passwordHash: await hashPassword('county-secret'),
    })
    .execute();

  const keys = await generateKeyPair('ES256', { extractable: true });
  signingKey = keys.privateKey;
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'county-1', alg: 'ES256', use: 'sig' };
  jwksServer = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => jwksServer.listen(0, '127.0.0.1', r));
  jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;

  const signIn = loadSignIn({
    OIDC_ISSUER: `${countyOrigin}/idp`,
    OIDC_CLIENT_ID: 'saumaton-web',
    OIDC_CLIENT_SECRET: await serverSecret(countyDb.db, 'idp-client'),
  });
  ({ app, tdb: mainDb, close } = await createTestApp({ app: { signIn } }));
});

afterAll(async () => {
  await close?.();
  await county?.close();
  await countyDb?.close();
  await new Promise((r) => jwksServer?.close(r));
});

describe('signing in through a county identity provider (OIDC_ISSUER)', () => {
  it('is configured from the environment: the built-in provider is off unless asked for', () => {
    const cfg = loadSignIn({ OIDC_ISSUER: 'https://sso.example/realms/hame', OIDC_CLIENT_ID: 'saumaton' });
    expect(cfg.builtinIdp).toBe(false);
    expect(cfg.external).toMatchObject({
      issuer: 'https://sso.example/realms/hame',
      scope: 'openid profile',
    });
    expect(
      loadSignIn({ OIDC_ISSUER: 'https://sso.example', OIDC_CLIENT_ID: 'x', BUILTIN_IDP: 'true' }).builtinIdp,
    ).toBe(true);
    expect(() => loadSignIn({ OIDC_ISSUER: 'https://sso.example' })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => loadSignIn({ OIDC_ISSUER: 'sso.example', OIDC_CLIENT_ID: 'x' })).toThrow(/http\(s\) URL/);
    expect(() => loadSignIn({ COOKIE_SECURE: 'yes' })).toThrow(/"true" or "false"/);
    expect(loadSignIn({ PUBLIC_URL: 'https://saumaton.hame.fi' }).secureCookies).toBe(true);
  });

  it("sends the browser to the county's provider and starts a session for the user it names", async () => {
    // Saumaton's account for the subject the county's provider names.
    await insertUser(mainDb, `${countyOrigin}/idp`, 'county-nurse');
    const browser = new Browser(app, countyOrigin, (u) => u.pathname.startsWith('/idp'));
    const start = await browser.go('GET', '/auth/login?returnTo=/clients&lang=en');
    expect(start.hops[0]?.location?.startsWith(`${countyOrigin}/idp/auth?`)).toBe(true);
    // no prompt=login forced on a county's provider: its own single sign-on decides
    expect(new URL(start.hops[0]?.location ?? '').searchParams.get('prompt')).toBeNull();
    expect(start.final.body).toContain('Sign in to Saumaton');
    const done = await browser.go('POST', formAction(start.final.body), {
      form: { username: 'county-nurse', password: 'county-secret' },
    });
    expect(done.final.url).toBe(`${countyOrigin}/clients`);
    const me = await browser.request('GET', '/api/auth/session');
    expect(me.status).toBe(200);
    expect(JSON.parse(me.body).user).toMatchObject({ id: 'main-county-nurse', kind: 'organizer' });
  });

  it('refuses someone the county knows but Saumaton does not, with a page saying so', async () => {
    await countyDb.db
      .insertInto('userAccount')
      .values({
        id: 'stranger',
        kind: 'organizer',
        displayName: 'Stranger',
        registers: '[]',
        organizerRole: 'analyst',
        issuer: DEMO_ISSUER,
        subject: 'stranger',
        passwordHash: await hashPassword('stranger-secret'),
      })
      .execute();
    const browser = new Browser(app, countyOrigin, (u) => u.pathname.startsWith('/idp'));
    const start = await browser.go('GET', '/auth/login');
    const done = await browser.go('POST', formAction(start.final.body), {
      form: { username: 'stranger', password: 'stranger-secret' },
    });
    expect(done.final.status).toBe(403);
    expect(done.final.body).toContain('you are not a user of Saumaton');
    expect(browser.cookies.has('saumaton_session')).toBe(false);
  });

  it('turns off the built-in provider: no /idp, no demo tokens', async () => {
    expect(
      (await app.inject({ method: 'GET', url: '/idp/.well-known/openid-configuration' })).statusCode,
    ).toBe(404);
    const token = await app.inject({
      method: 'POST',
      url: '/api/auth/token',
      payload: { username: 'demo-nurse', password: 'demo' },
    });
    expect(token.statusCode).toBe(404);
    expect(token.json().code).toBe('builtin-idp-off');
  });
});

describe("the county's access tokens at the API (issuer, audience, JWKS)", () => {
  let apiApp: FastifyInstance;
  let apiDb: TestDb;
  let closeApi: () => Promise<void>;
  beforeAll(async () => {
    ({
      app: apiApp,
      tdb: apiDb,
      close: closeApi,
    } = await createTestApp({
      app: {
        signIn: loadSignIn({
          OIDC_ISSUER: TOKEN_ISSUER,
          OIDC_CLIENT_ID: 'saumaton',
          OIDC_JWKS_URL: jwksUrl,
          OIDC_AUDIENCE: 'saumaton-api',
        }),
      },
    }));
    await insertUser(apiDb, TOKEN_ISSUER, 'analyst-7');
  });
  afterAll(async () => closeApi?.());

  const sign = (claims: Record<string, unknown>, key: CryptoKey = signingKey, audience = 'saumaton-api') =>
    new SignJWT({ scope: 'analytics.read catalogue.write', ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: 'county-1' })
      .setIssuer(TOKEN_ISSUER)
      .setSubject('analyst-7')
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);
  const me = async (token: string) =>
    apiApp.inject({ method: 'GET', url: '/api/auth/session', headers: { authorization: `Bearer ${token}` } });

  it('accepts a token signed with a key of its JWKS, capping its scopes at what the role may have', async () => {
    const res = await me(await sign({}));
    expect(res.statusCode).toBe(200);
    // catalogue.write is not an analyst's, whatever the county's token says
    expect(res.json().scopes).toEqual(['analytics.read']);
  });

  it('refuses a wrong audience, another key, and an expired token', async () => {
    expect((await me(await sign({}, signingKey, 'someone-else'))).json().code).toBe('token-audience');
    const other = await generateKeyPair('ES256');
    expect((await me(await sign({}, other.privateKey))).json().code).toBe('token-invalid');
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: 'county-1' })
      .setIssuer(TOKEN_ISSUER)
      .setSubject('analyst-7')
      .setAudience('saumaton-api')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(signingKey);
    expect((await me(expired)).json().code).toBe('token-expired');
  });

  /** A token of the county's provider signed with its real key, issued at `iat` and valid until `exp`. */
  const timed = (iat: number, exp: number) =>
    new SignJWT({ scope: 'analytics.read' })
      .setProtectedHeader({ alg: 'ES256', kid: 'county-1' })
      .setIssuer(TOKEN_ISSUER)
      .setSubject('analyst-7')
      .setAudience('saumaton-api')
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(signingKey);
  const now = () => Math.floor(Date.now() / 1000);
  const HOUR = 3600;

  it('refuses a token issued more than a minute ahead of the server clock', async () => {
    expect((await me(await timed(now() + 30, now() + HOUR))).statusCode).toBe(200);
    for (const ahead of [120, HOUR, 10 * 365 * 24 * HOUR])
      expect((await me(await timed(now() + ahead, now() + ahead + HOUR))).json().code).toBe(
        'token-issued-in-future',
      );
  });

  it('refuses a token that lives longer than 24 hours (exp − iat), whoever signed it', async () => {
    expect((await me(await timed(now() - HOUR, now() + 23 * HOUR))).statusCode).toBe(200);
    for (const [iat, exp] of [
      [now(), now() + 10 * 365 * 24 * HOUR],
      [now() - 10 * 365 * 24 * HOUR, now() + HOUR],
      [now() - HOUR, now() + 24 * HOUR],
    ] as const)
      expect((await me(await timed(iat, exp))).json().code).toBe('token-lifetime');
  });
});

async function insertUser(tdb: TestDb, issuer: string, subject: string) {
  await tdb.db
    .insertInto('userAccount')
    .values({
      id: `main-${subject}`,
      kind: 'organizer',
      displayName: 'Main Analyst',
      registers: '[]',
      organizerRole: 'analyst',
      issuer,
      subject,
    })
    .execute();
}
