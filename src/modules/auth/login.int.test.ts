/**
 * Signing in for real: the web app's authorization code flow (PKCE) against the built-in
 * identity provider, the session cookie and its CSRF token, signing out, and bearer tokens for
 * demo users over HTTP.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, formAction } from '../../../test/browser-jar.js';
import type { TestDb } from '../../../test/db.js';
import { createTestApp } from '../../../test/http.js';
import { DEMO_PASSWORD } from '../../seed/people.js';
import { saveAccounts } from './accounts.js';
import { safeReturnTo } from './login.js';

const ORIGIN = 'http://saumaton.test';
let app: FastifyInstance;
let tdb: TestDb;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ app, tdb, close } = await createTestApp({ demo: true }));
});
afterAll(async () => close());

/** Signs in through the login page as a browser would; returns the browser and the last page. */
async function signIn(user: string, password = DEMO_PASSWORD, returnTo = '/me') {
  const browser = new Browser(app, ORIGIN);
  const start = await browser.go('GET', `/auth/login?returnTo=${encodeURIComponent(returnTo)}&lang=fi`);
  expect(start.final.status).toBe(200);
  expect(start.final.url).toMatch(/\/idp\/interaction\/[\w-]+$/);
  const done = await browser.go('POST', formAction(start.final.body), { form: { username: user, password } });
  return { browser, start, done };
}

/** The web app's first call: who am I, and the CSRF token (its secret arrives as a cookie). */
const session = async (browser: Browser) => {
  const hop = await browser.request('GET', '/api/auth/session');
  return { statusCode: hop.status, json: () => JSON.parse(hop.body) };
};

describe('signing in to the web app through the built-in identity provider', () => {
  it('shows a sign-in page in the language asked for, escaped, with the demo users', async () => {
    const { start } = await (async () => {
      const browser = new Browser(app, ORIGIN);
      return { start: await browser.go('GET', '/auth/login?lang=sv') };
    })();
    expect(start.hops[0]?.status).toBe(302);
    expect(start.hops[0]?.location).toMatch(/^http:\/\/saumaton\.test\/idp\/auth\?/);
    const first = new URL(start.hops[0]?.location ?? '');
    expect(first.searchParams.get('code_challenge_method')).toBe('S256');
    expect(first.searchParams.get('prompt')).toBe('login');
    expect(start.final.body).toContain('<html lang="sv">');
    expect(start.final.body).toContain('Logga in i Saumaton');
    expect(start.final.body).toContain('<label for="password">Lösenord</label>');
    expect(start.final.body).toContain('demo-nurse');
  });

  it.each([
    ['fi', 'Esittelykäyttäjät (salasana: demo)', 'sairaanhoitaja sote-keskuksessa'],
    ['sv', 'Demoanvändare (lösenord: demo)', 'sjukskötare vid en social- och hälsocentral'],
    ['en', 'Demo users (password: demo)', 'nurse at a sote-centre'],
  ])(
    'lists the demo users in the page language (%s), not in English on a Finnish or Swedish page',
    async (lang, heading, nurse) => {
      const page = await new Browser(app, ORIGIN).go('GET', `/auth/login?lang=${lang}`);
      expect(page.final.body).toContain(heading);
      expect(page.final.body).toContain(nurse);
      if (lang !== 'en') expect(page.final.body).not.toContain('care team of the first demo clients');
    },
  );

  it('lists only training accounts: an account without a sign-in hint is not shown', async () => {
    await saveAccounts(tdb.db, [
      {
        subject: 'hidden-test-user',
        kind: 'organizer',
        organizerRole: 'analyst',
        displayName: 'X',
        password: 'pw',
      },
    ]);
    const page = await new Browser(app, ORIGIN).go('GET', '/auth/login?lang=en');
    expect(page.final.body).toContain('demo-admin');
    expect(page.final.body).not.toContain('hidden-test-user');
  });

  it('signs a demo user in and back to where they were, with an httpOnly SameSite session cookie', async () => {
    const { browser, done } = await signIn('demo-client', DEMO_PASSWORD, '/me/consents');
    const callback = done.hops.find((h) => h.url.includes('/auth/callback'));
    expect(callback?.status).toBe(303);
    expect(callback?.location).toBe('/me/consents');
    const setCookie = [callback?.headers['set-cookie'] ?? []].flat().join('\n');
    expect(setCookie).toMatch(/saumaton_session=[\w-]{43}; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax/);
    const res = await session(browser);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ id: 'demo-client', kind: 'client' });
    expect(body.user.clientId).toBeTruthy();
    expect(body.via).toBe('session');
    expect(body.csrfToken).toMatch(/\S{20,}/);
    expect(body.scopes).toContain('audit.read');
    // the database keeps only a hash of the cookie's value
    const token = browser.cookies.get('saumaton_session') ?? '';
    const rows = await tdb.db.selectFrom('webSession').select('idHash').execute();
    expect(rows.some((r) => r.idHash === token)).toBe(false);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('refuses a wrong password on the page, in the page language, and signs nobody in', async () => {
    const { browser, done } = await signIn('demo-nurse', 'wrong');
    expect(done.final.status).toBe(401);
    expect(done.final.body).toContain('Käyttäjätunnus tai salasana on väärin.');
    expect(done.final.body).toContain('value="demo-nurse"');
    expect(browser.cookies.has('saumaton_session')).toBe(false);
  });

  it('renders a script-looking username as text', async () => {
    const { done } = await signIn('<script>alert(1)</script>', 'x');
    expect(done.final.body).not.toContain('<script>alert(1)</script>');
    expect(done.final.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('needs the CSRF token for every unsafe request made with the session cookie', async () => {
    const { browser } = await signIn('demo-client');
    const { csrfToken, user } = (await session(browser)).json();
    const give = (headers: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: `/api/clients/${user.clientId}/consents`,
        headers: { cookie: browser.cookieHeader(), host: 'saumaton.test', ...headers },
        payload: { register: 'social', scope: 'Sosiaalihuolto saa nähdä terveystietoni', validUntil: null },
      });
    const before = await tdb.db
      .selectFrom('consent')
      .select(({ fn }) => fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const missing = await give({});
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ code: 'csrf' });
    const forged = await give({ 'x-csrf-token': 'forged-token' });
    expect(forged.statusCode).toBe(403);
    // a token of another session does not do either
    const other = await signIn('demo-client');
    const otherToken = (await session(other.browser)).json().csrfToken;
    expect((await give({ 'x-csrf-token': otherToken })).statusCode).toBe(403);
    const after = await tdb.db
      .selectFrom('consent')
      .select(({ fn }) => fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const ok = await give({ 'x-csrf-token': csrfToken });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('signs out: the session ends on the server and its cookie no longer works', async () => {
    const { browser } = await signIn('demo-nurse');
    const { csrfToken } = (await session(browser)).json();
    const cookie = browser.cookieHeader();
    const noCsrf = await app.inject({ method: 'POST', url: '/auth/logout', headers: { cookie } });
    expect(noCsrf.statusCode).toBe(403);
    const out = await app.inject({
      method: 'POST',
      url: '/auth/logout',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.statusCode).toBe(204);
    const again = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    expect(again.statusCode).toBe(401);
    const client = await app.inject({ method: 'GET', url: '/api/clients?q=a', headers: { cookie } });
    expect(client.statusCode).toBe(401);
    expect(client.json().code).toBe('session-ended');
  });

  it('treats a made-up session cookie as no session', async () => {
    const cookie = `saumaton_session=${'A'.repeat(43)}`;
    expect(
      (await app.inject({ method: 'GET', url: '/api/clients?q=a', headers: { cookie } })).statusCode,
    ).toBe(401);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } })).statusCode,
    ).toBe(401);
    // public reads stay public
    expect(
      (await app.inject({ method: 'GET', url: '/api/services?limit=1', headers: { cookie } })).statusCode,
    ).toBe(200);
  });

  it('refuses a callback that did not start here (no login cookie, or a forged state)', async () => {
    const res = await app.inject({ method: 'GET', url: '/auth/callback?code=abc&state=xyz' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('Signing in did not complete');
    const browser = new Browser(app, ORIGIN);
    await browser.request('GET', '/auth/login');
    const forged = await browser.request('GET', '/auth/callback?code=abc&state=not-the-state');
    expect(forged.status).toBe(400);
    expect(browser.cookies.has('saumaton_session')).toBe(false);
  });

  it('only returns to paths of this site', () => {
    expect(safeReturnTo('/clients/1?x=2')).toBe('/clients/1?x=2');
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil', 'javascript:alert(1)', '', 7])
      expect(safeReturnTo(bad)).toBe('/');
  });
});

describe('bearer tokens for demo users over HTTP (POST /api/auth/token)', () => {
  const token = (payload: object) => app.inject({ method: 'POST', url: '/api/auth/token', payload });

  it("gives a short-lived token with the user's scopes, which the API accepts", async () => {
    const res = await token({ username: 'demo-nurse', password: DEMO_PASSWORD });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      scope: 'catalogue.read client.read client.write',
    });
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { authorization: `Bearer ${body.accessToken}` },
    });
    expect(me.json()).toMatchObject({
      via: 'bearer',
      csrfToken: null,
      user: { id: 'demo-nurse', kind: 'professional' },
    });
  });

  it('narrows to the scopes asked for, and refuses scopes the role cannot have', async () => {
    const narrow = await token({ username: 'demo-nurse', password: DEMO_PASSWORD, scope: 'client.read' });
    expect(narrow.json().scope).toBe('client.read');
    const wide = await token({
      username: 'demo-nurse',
      password: DEMO_PASSWORD,
      scope: 'client.read audit.read',
    });
    expect(wide.statusCode).toBe(400);
    expect(wide.json().errors[0]).toMatchObject({ field: '/scope', code: 'auth.scopeNotAllowed' });
    const unknown = await token({ username: 'demo-nurse', password: DEMO_PASSWORD, scope: 'root' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].code).toBe('auth.scopeUnknown');
  });

  it('refuses wrong passwords and unknown users alike, and bad bodies with a field message', async () => {
    const wrong = await token({ username: 'demo-nurse', password: 'nope' });
    const nobody = await token({ username: 'no-such-user', password: 'nope' });
    expect([wrong.statusCode, nobody.statusCode]).toEqual([401, 401]);
    expect(wrong.json().code).toBe(nobody.json().code);
    const bad = await token({ username: 'demo-nurse', password: 'x', admin: true });
    expect(bad.statusCode).toBe(400);
    const huge = await app.inject({
      method: 'POST',
      url: '/api/auth/token',
      payload: { username: 'x'.repeat(2_000_000), password: 'x' },
    });
    expect(huge.statusCode).toBe(413);
  });

  it('slows down guessing: after 10 tries a minute for one user, 429', async () => {
    let last = 0;
    for (let i = 0; i < 12; i++)
      last = (await token({ username: 'demo-analyst', password: `guess-${i}` })).statusCode;
    expect(last).toBe(429);
  });
});

describe("the built-in provider's state", () => {
  it('lives in the database, so another server process on it continues a sign-in begun here', async () => {
    const { buildApp } = await import('../../app/app.js');
    const other = await buildApp({ db: tdb.db, logger: false });
    try {
      const browser = new Browser(app, ORIGIN);
      const start = await browser.go('GET', '/auth/login?returnTo=/me');
      // the rest of the sign-in goes to the other process
      const second = new Browser(other, ORIGIN);
      for (const [k, v] of browser.cookies) second.cookies.set(k, v);
      const done = await second.go('POST', formAction(start.final.body), {
        form: { username: 'demo-client', password: DEMO_PASSWORD },
      });
      expect(done.final.url).toBe(`${ORIGIN}/me`);
      expect(second.cookies.has('saumaton_session')).toBe(true);
      const rows = await tdb.db.selectFrom('idpStore').select('model').execute();
      expect(new Set(rows.map((r) => r.model))).toContain('Session');
    } finally {
      await other.close();
    }
  });
});
