import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.js';
import { buildApp } from '../../app/app.js';
import { allowedScopes, type Scope, type UserKind } from '../auth/model.js';
import { API_AUDIENCE, createVerifier, issueToken } from '../auth/tokens.js';
import { complementSafe, helsinkiToday, MIN_CELL, pseudonym } from './model.js';
import { analyticsRoutes } from './routes.js';
import * as svc from './service.js';

const KEY = 'test pseudonym key: 32 bytes or more of secret';
const ON = '2026-06-30';

let app: FastifyInstance;
let tdb: TestDb;
const tokens: Record<string, string> = {};
/** Every body any route answered, checked at the end for identities. */
const bodies: string[] = [];

async function get(url: string, who?: string, headers: Record<string, string> = {}) {
  const res = await app.inject({
    url,
    headers: { ...headers, ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}) },
  });
  if (url.startsWith(`${API}/analytics/`)) bodies.push(res.body);
  return res;
}

const logCount = async () =>
  Number(
    (
      await tdb.db
        .selectFrom('accessLog')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/**
 * The app as it runs (error mapping, languages, the client routes), with this module's routes
 * under a prefix of their own and the test's pseudonym key: app.ts registers them at /api with
 * the county's persisted key, which the test cannot know.
 */
const API = '/t/api';
async function analyticsApp(db: TestDb['db']) {
  const built = await buildApp({ db, logger: false });
  const verify = createVerifier(db, { audience: API_AUDIENCE });
  await built.register(analyticsRoutes(db, verify, { pseudonymKey: KEY }), { prefix: API });
  await built.ready();
  return built;
}

beforeAll(async () => {
  tdb = await createTestDb({ demo: true });
  app = await analyticsApp(tdb.db);
  const people: [string, UserKind, string | null][] = [
    ['demo-analyst', 'organizer', 'analyst'],
    ['demo-planner', 'organizer', 'planner'],
    ['demo-admin', 'organizer', 'administrator'],
    ['demo-nurse', 'professional', null],
    ['demo-client', 'client', null],
  ];
  for (const [who, kind, role] of people)
    tokens[who] = (await issueToken(tdb.db, who, allowedScopes(kind, role))).accessToken;
  // A token that claims the scope for a professional must still not open the aggregates.
  tokens.nurseClaimingAnalytics = (
    await issueToken(tdb.db, 'demo-nurse', ['analytics.read' as Scope])
  ).accessToken;
  const second = await tdb.db.selectFrom('client').select('id').orderBy('id').offset(1).limit(1).execute();
  await tdb.db
    .insertInto('consent')
    .values({
      id: randomUUID(),
      clientId: second[0]?.id ?? '',
      recordedBy: 'demo-nurse',
      register: 'health',
      validFrom: '2026-01-01T00:00:00Z',
      validUntil: null,
    })
    .execute();
  await tdb.db
    .insertInto('breakGlass')
    .values({
      id: randomUUID(),
      clientId: second[0]?.id ?? '',
      recordedBy: 'demo-nurse',
      validFrom: new Date().toISOString(),
      validUntil: new Date(Date.now() + 3_600_000).toISOString(),
      reasonCode: 'emergency_care',
      reasonText: 'Unconscious on arrival.',
    })
    .execute();
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

/** The entries written since `before`, oldest first. */
const entriesSince = (before: number) =>
  tdb.db.selectFrom('accessLog').selectAll().orderBy('id').offset(before).execute();

describe('GET /api/analytics/clients', () => {
  it('counts the registry by every dimension, never publishing a count of 1–4, and logs one entry', async () => {
    const before = await logCount();
    const res = await get(`${API}/analytics/clients?on=${ON}`, 'demo-analyst');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const clients = await tdb.db
      .selectFrom('client')
      .select(['municipalityCode', 'nonDisclosure', 'language', 'soteCentreUnitId', 'birthDate'])
      .execute();
    const born = clients.filter((c) => c.birthDate <= ON);
    expect(body.total).toEqual({ count: born.length, suppressed: false });
    expect(body.on).toBe(ON);
    expect(body.minCell).toBe(MIN_CELL);

    const counted = [...res.body.matchAll(/"count":(\d+)/g)].map((m) => Number(m[1]));
    expect(counted.every((n) => n === 0 || n >= MIN_CELL)).toBe(true);

    // Every published count is the true one, and what is hidden cannot be worked out from the total.
    const truth = (key: (c: (typeof born)[number]) => string | null) => {
      const m = new Map<string | null, number>();
      for (const c of born) m.set(key(c), (m.get(key(c)) ?? 0) + 1);
      return m;
    };
    const check = (
      dim: {
        withheld: boolean;
        items: ({ count: number | null; suppressed: boolean } & Record<string, unknown>)[];
      },
      field: string,
      expected: Map<string | null, number>,
    ) => {
      expect(dim.withheld).toBe(false);
      expect(dim.items.map((i) => i[field]).sort()).toEqual([...expected.keys()].sort());
      for (const i of dim.items) {
        const n = expected.get(i[field] as string | null) ?? 0;
        expect(i.suppressed ? i.count === null && n > 0 && n < 100 : i.count === n).toBe(true);
      }
      const counts = dim.items.map((i) => expected.get(i[field] as string | null) ?? 0);
      expect(
        complementSafe(
          counts,
          dim.items.map((i) => i.suppressed),
        ),
      ).toBe(true);
    };
    check(
      body.byMunicipality,
      'code',
      truth((c) => (c.nonDisclosure ? null : c.municipalityCode)),
    );
    check(
      body.byLanguage,
      'language',
      truth((c) => c.language),
    );
    check(
      body.bySoteCentre,
      'unitId',
      truth((c) => c.soteCentreUnitId),
    );
    expect(body.byAgeBand.items.map((i: { band: string }) => i.band)).toEqual([
      '0-17',
      '18-29',
      '30-49',
      '50-64',
      '65-74',
      '75-84',
      '85+',
    ]);
    // A client under non-disclosure is counted without a municipality; the others have their names.
    const hidden = body.byMunicipality.items.find((i: { code: string | null }) => i.code === null);
    expect(hidden).toMatchObject({ name: null, count: null, suppressed: true });
    const named = body.byMunicipality.items.find((i: { code: string | null }) => i.code !== null);
    expect(named.name.fi).toBeTruthy();
    expect(named.name.sv).toBeTruthy();

    // The demo nurse's care team of five; one personal worker: 1 is hidden, and so must 5 be.
    expect(body.relationships.inForce.items).toEqual([
      { inForce: true, count: 5, suppressed: false },
      { inForce: false, count: born.length - 5, suppressed: false },
    ]);
    expect(body.relationships.byKind.items).toEqual([
      { kind: 'care_team', count: null, suppressed: true },
      { kind: 'referral', count: 0, suppressed: false },
      { kind: 'first_contact', count: 0, suppressed: false },
      { kind: 'personal_worker', count: null, suppressed: true },
    ]);

    expect(
      (await entriesSince(before)).map((e) => ({
        actorId: e.actorId,
        actorRole: e.actorRole,
        clientId: e.clientId,
        action: e.action,
        resource: e.resource,
        purpose: e.purpose,
        basis: e.basis,
        outcome: e.outcome,
        channel: e.channel,
        requestId: e.requestId,
      })),
    ).toEqual([
      {
        actorId: 'demo-analyst',
        actorRole: 'analyst',
        clientId: null,
        action: 'aggregate',
        resource: 'analytics/clients',
        purpose: 'statistics',
        basis: 'aggregate',
        outcome: 'allow',
        channel: 'rest',
        requestId: expect.any(String),
      },
    ]);
  });

  it('counts on today in Finland by default; relationships are those in force on the day', async () => {
    const today = await get(`${API}/analytics/clients`, 'demo-planner');
    expect(today.json().on).toBe(helsinkiToday());
    const before = (await get(`${API}/analytics/clients?on=2025-06-30`, 'demo-planner')).json();
    expect(before.relationships.inForce.items[0]).toEqual({ inForce: true, count: 0, suppressed: false });
  });

  it('answers 400 for a date that is not one, and for a field it does not know', async () => {
    const bad = await get(`${API}/analytics/clients?on=2026-02-30`, 'demo-analyst');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      { field: 'querystring:/on', code: 'analytics.date', message: expect.stringContaining('2026-02-30') },
    ]);
    expect((await get(`${API}/analytics/clients?on=30.6.2026`, 'demo-analyst')).statusCode).toBe(400);
    const unknown = await get(`${API}/analytics/clients?municipality=109`, 'demo-analyst');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ field: '/municipality', code: 'schema.unknownField' });
  });
});

describe('GET /api/analytics/access', () => {
  const from = '2026-01-01';
  const to = helsinkiToday();

  it('counts the access log by day, basis, outcome and channel, and emergency accesses by review', async () => {
    const before = await logCount();
    // From yesterday, so that a run across midnight still sees every entry.
    const yesterday = helsinkiToday(new Date(Date.now() - 86_400_000));
    const res = await get(`${API}/analytics/access?from=${yesterday}&to=${to}`, 'demo-admin');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // Every entry so far (seed, earlier reads) and this read's own: it is written first.
    expect(body.total).toBe(before + 1);
    expect(body.byDay.map((d: { date: string }) => d.date)).toEqual([yesterday, to]);
    expect(body.byDay.reduce((s: number, d: { count: number }) => s + d.count, 0)).toBe(before + 1);
    const basis = Object.fromEntries(
      body.byBasis.map((b: { basis: string; count: number }) => [b.basis, b.count]),
    );
    const seeded = (await tdb.db.selectFrom('client').select('id').execute()).length;
    expect(basis.legal_basis).toBe(seeded); // the seed's writes of its clients
    expect(basis.aggregate).toBe(before + 1 - seeded);
    expect(basis.break_the_glass).toBe(0);
    expect(body.byOutcome).toEqual([
      { outcome: 'allow', count: before + 1 },
      { outcome: 'deny', count: 0 },
    ]);
    expect(body.byChannel.map((c: { channel: string }) => c.channel)).toEqual([
      'rest',
      'fhir',
      'export',
      'cli',
      'web',
    ]);
    expect(body.breakGlass).toEqual({
      total: 1,
      byReviewStatus: [
        { status: 'pending', count: 1 },
        { status: 'reviewed', count: 0 },
        { status: 'flagged', count: 0 },
      ],
    });
    const [entry] = await entriesSince(before);
    expect(entry).toMatchObject({ actorId: 'demo-admin', clientId: null, resource: 'analytics/access' });
    expect(entry?.details).toEqual({ from: yesterday, to });
  });

  it('lists every day of a period, and takes a whole leap year', async () => {
    const week = (await get(`${API}/analytics/access?from=2026-03-25&to=2026-03-31`, 'demo-analyst')).json();
    expect(week.byDay.map((d: { date: string }) => d.date)).toEqual([
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ]);
    expect(week.total).toBe(0);
    const leap = await get(`${API}/analytics/access?from=2028-01-01&to=2028-12-31`, 'demo-analyst');
    expect(leap.statusCode).toBe(200);
    expect(leap.json().byDay).toHaveLength(366);
  });

  it('answers 400 with a clear message for a period too long, reversed, or with bad dates', async () => {
    const long = await get(`${API}/analytics/access?from=2025-01-01&to=2026-01-02`, 'demo-analyst');
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({ code: 'bad-period' });
    expect(long.json().detail).toBe(
      'The period is 367 days long; at most 366 days can be asked for at a time. Split it into shorter periods.',
    );
    const fi = await get(`${API}/analytics/access?from=2025-01-01&to=2026-01-02`, 'demo-analyst', {
      'accept-language': 'fi',
    });
    expect(fi.json().detail).toContain('enintään 366 päivää');
    const reversed = await get(`${API}/analytics/access?from=${to}&to=${from}`, 'demo-analyst');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().detail).toContain('"to" must be on or after "from"');
    const bad = await get(`${API}/analytics/access?from=2026-02-29&to=2026-03-01`, 'demo-analyst');
    expect(bad.json().errors[0]).toMatchObject({ field: 'querystring:/from', code: 'analytics.date' });
    const missing = await get(`${API}/analytics/access?from=${from}`, 'demo-analyst');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({ field: '/to', code: 'schema.required' });
    const unknown = await get(
      `${API}/analytics/access?from=${from}&to=${to}&actorId=demo-nurse`,
      'demo-analyst',
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ field: '/actorId', code: 'schema.unknownField' });
  });
});

describe('GET /api/analytics/pseudonymised/clients', () => {
  it('gives one row per client with a stable pseudonym and nothing that identifies them', async () => {
    const clients = await tdb.db.selectFrom('client').selectAll().orderBy('id').execute();
    const before = await logCount();
    const res = await get(`${API}/analytics/pseudonymised/clients?on=${ON}&limit=500`, 'demo-analyst');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ on: ON, total: clients.length, limit: 500, offset: 0 });
    expect(body.items).toHaveLength(clients.length);
    const byPseudonym = new Map(body.items.map((r: { pseudonym: string }) => [r.pseudonym, r]));
    expect(byPseudonym.size).toBe(clients.length);
    for (const c of clients) {
      const row = byPseudonym.get(pseudonym(KEY, c.id)) as Record<string, unknown>;
      expect(Object.keys(row).sort()).toEqual([
        'birthYear5',
        'consent',
        'language',
        'municipalityCode',
        'pseudonym',
        'relationshipsInForce',
        'soteCentreUnitId',
      ]);
      expect(row.pseudonym).toMatch(/^[a-z2-7]{16}$/);
      const year = Number(c.birthDate.slice(0, 4));
      expect(row.birthYear5).toBe(year - (year % 5));
      expect(row.municipalityCode).toBe(c.nonDisclosure ? null : c.municipalityCode);
      expect(row.soteCentreUnitId).toBe(c.soteCentreUnitId);
    }
    expect(clients.filter((c) => c.nonDisclosure)).toHaveLength(1);

    const rels = await tdb.db.selectFrom('careRelationship').select(['clientId', 'kind']).execute();
    const first = { id: rels.find((r) => r.kind === 'personal_worker')?.clientId };
    const second = clients[1];
    const rowOf = (id: string | undefined) =>
      byPseudonym.get(pseudonym(KEY, id ?? '')) as Record<string, unknown>;
    expect(rowOf(first?.id).relationshipsInForce).toEqual({
      care_team: 1,
      referral: 0,
      first_contact: 0,
      personal_worker: 1,
    });
    expect(rowOf(second?.id).consent).toEqual({ social: false, health: true });
    const entries = await entriesSince(before);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: 'demo-analyst',
      clientId: null,
      action: 'export',
      resource: 'analytics/pseudonymised/clients',
      purpose: 'statistics',
      basis: 'aggregate',
    });
  });

  it('pages, and gives the same pseudonyms in another process with the same key', async () => {
    const page1 = (await get(`${API}/analytics/pseudonymised/clients?limit=10`, 'demo-planner')).json();
    const page2 = (
      await get(`${API}/analytics/pseudonymised/clients?limit=10&offset=10`, 'demo-planner')
    ).json();
    expect(page1.items).toHaveLength(10);
    expect(page2.items).toHaveLength(10);
    const p1 = page1.items.map((r: { pseudonym: string }) => r.pseudonym);
    const p2 = page2.items.map((r: { pseudonym: string }) => r.pseudonym);
    expect(p1.filter((p: string) => p2.includes(p))).toEqual([]);
    const other = await analyticsApp(tdb.db);
    try {
      const again = await other.inject({
        url: `${API}/analytics/pseudonymised/clients?limit=10`,
        headers: { authorization: `Bearer ${tokens['demo-planner']}` },
      });
      expect(again.json().items.map((r: { pseudonym: string }) => r.pseudonym)).toEqual(p1);
    } finally {
      await other.close();
    }
    expect((await get(`${API}/analytics/pseudonymised/clients?limit=0`, 'demo-planner')).statusCode).toBe(
      400,
    );
    expect((await get(`${API}/analytics/pseudonymised/clients?limit=501`, 'demo-planner')).statusCode).toBe(
      400,
    );
    expect((await get(`${API}/analytics/pseudonymised/clients?name=x`, 'demo-planner')).statusCode).toBe(400);
  });

  it('refuses a pseudonym key too short to be secret', () => {
    expect(() =>
      analyticsRoutes(tdb.db, createVerifier(tdb.db, { audience: API_AUDIENCE }), { pseudonymKey: 'short' }),
    ).toThrow(/at least 16 bytes/);
  });
});

describe('who may analyse', () => {
  const routes = [
    `${API}/analytics/clients?on=${ON}`,
    `${API}/analytics/access?from=2026-01-01&to=2026-01-31`,
    `${API}/analytics/pseudonymised/clients`,
  ];

  it('anonymous callers get 401; professionals and clients 403, and nothing is logged', async () => {
    const before = await logCount();
    for (const url of routes) {
      expect((await get(url)).statusCode, url).toBe(401);
      for (const who of ['demo-nurse', 'demo-client', 'nurseClaimingAnalytics']) {
        const res = await get(url, who);
        expect([url, who, res.statusCode]).toEqual([url, who, 403]);
      }
    }
    expect((await get(routes[0] ?? '', 'demo-nurse')).json().code).toBe('insufficient-scope');
    // The scope is capped by the user's kind when the token is verified; the service checks again.
    expect((await get(routes[0] ?? '', 'nurseClaimingAnalytics')).json().code).toBe('insufficient-scope');
    const nurse = {
      kind: 'professional' as const,
      userId: 'demo-nurse',
      profession: 'nurse' as const,
      producerId: 'p',
      unitId: 'u',
      registers: ['health' as const],
    };
    const ctx = { channel: 'rest' as const, requestId: null };
    await expect(svc.clientStatistics(tdb.db, nurse, {}, ctx)).rejects.toMatchObject({ status: 403 });
    await expect(
      svc.pseudonymisedClients(tdb.db, nurse, KEY, { limit: 1, offset: 0 }, ctx),
    ).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    expect(await logCount()).toBe(before);
  });

  it("an organizer's analyst may not open a client's identity", async () => {
    const [c] = await tdb.db.selectFrom('client').select('id').limit(1).execute();
    const res = await get(`/api/clients/${c?.id}`, 'demo-analyst');
    expect(res.statusCode).toBe(403);
    expect((await get('/api/clients?familyName=Korhonen', 'demo-analyst')).statusCode).toBe(403);
  });

  it('no answer holds any client’s name, identity code, birth date, phone, address or id', async () => {
    const clients = await tdb.db.selectFrom('client').selectAll().execute();
    const users = await tdb.db.selectFrom('userAccount').select(['id', 'displayName']).execute();
    const secrets = [
      ...clients.flatMap((c) => [
        c.id,
        c.identityValue,
        c.familyName,
        c.givenNames,
        c.birthDate,
        c.phone,
        c.streetAddress,
      ]),
      ...users.map((u) => u.displayName),
    ].filter((s): s is string => !!s);
    expect(bodies.length).toBeGreaterThan(30);
    const found = bodies.flatMap((b) => secrets.filter((s) => b.includes(s)));
    expect(found).toEqual([]);
  });
});
