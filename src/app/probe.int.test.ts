/**
 * What a probe from outside found at the HTTP edge (issue §7 "Hardening"), one describe block a
 * finding: each test failed before its fix. The answers are Problem Details that say what to fix.
 * The generated bad input over every route of the OpenAPI document is in fuzz.int.test.ts.
 */
import type { FastifyInstance, LightMyRequestResponse as Res } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, formAction } from '../../test/browser-jar.js';
import type { TestDb } from '../../test/db.js';
import { createTestApp } from '../../test/http.js';
import { DEMO_PASSWORD } from '../seed/people.js';
import { seedDemo } from '../seed/seed.js';

const ORIGIN = 'http://saumaton.test';
let app: FastifyInstance;
let tdb: TestDb;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ app, tdb, close } = await createTestApp());
  await seedDemo(tdb.db, { seed: 1, region: 'Kanta-Häme' });
});
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
