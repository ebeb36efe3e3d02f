import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTORS,
  type ActorName,
  Actors,
  CATALOGUE_KINDS,
  CatalogueRecords,
  newClientBody,
  type World,
} from '../../test/actors.js';
import type { TestDb } from '../../test/db.js';
import { createTestApp } from '../../test/http.js';

/**
 * The access matrix: every registered route (read from the router, so a new route cannot escape
 * it) against every actor of test/actors.ts — each role, and a professional in each relationship
 * state towards a client. Every route needs an entry below: who must be allowed (everyone else
 * must be denied) and a realistic request. Adding a route is adding one entry.
 *
 * Allowed = 2xx or 3xx; denied = 401, 403, or 404 for a client the caller may not know of.
 * Anything else means the example request is wrong, and fails too.
 */

interface Example {
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
}

interface Entry {
  /** Who must be allowed; every other actor must be denied. */
  allow: readonly ActorName[];
  /** A realistic request for the actor's world (valid ids, a valid body). Default: the route's own url. */
  example?(w: World): Example | Promise<Example>;
  /**
   * Whether the answer opened the route (default: 2xx or 3xx opens; 401, 403 and 404 deny; any
   * other answer means the example is wrong). A 5xx is always wrong.
   */
  opened?(res: LightMyRequestResponse, w: World): boolean;
  /**
   * Whether the request may change what decides access (a consent, an emergency): then each
   * actor gets a world of its own for it. Default: every method but GET.
   */
  changesAccess?: boolean;
}

const EVERYONE = ACTORS;
/** The organizer's staff who edit the service catalogue (scope catalogue.write). */
const CATALOGUE_EDITORS: ActorName[] = ['planner', 'administrator'];
/** The organizer's staff who see aggregates (scope analytics.read): for /api/analytics/*. */
const ANALYSTS: ActorName[] = ['planner', 'analyst', 'administrator'];
const PROFESSIONALS = ACTORS.filter((a) => a.startsWith('nurse:') || a.startsWith('social-worker:'));
/**
 * Professionals whose relationship (or declared emergency) opens the target client's identity
 * and contact data and consents (routes outside any register). A route that opens one register's
 * records lists its own: e.g. the health register's opens to 'social-worker:consent' but not to
 * 'social-worker:no-consent'.
 */
const OPENS: ActorName[] = [
  'nurse:care-team',
  'nurse:referral',
  'nurse:first-contact',
  'nurse:personal-worker',
  'nurse:break-glass',
  'nurse:read-scope',
  'social-worker:no-consent',
  'social-worker:consent',
  'social-worker:consent-withdrawn',
];
/**
 * Professionals in the care team whose other register stays shut: no consent, or a consent the
 * client has withdrawn. Not 'nurse:other-unit' (the client's ties are to another unit and another
 * professional) nor 'nurse:break-glass-expired' (the emergency has run out): they are in no list.
 */
const OTHER_REGISTER_SHUT: ActorName[] = ['social-worker:no-consent', 'social-worker:consent-withdrawn'];
const OPENS_TO_WRITE = OPENS.filter((a) => a !== 'nurse:read-scope');
/** Who may record what lasts beyond an emergency: writers whose access is not break-the-glass. */
const LASTING = OPENS_TO_WRITE.filter((a) => a !== 'nurse:break-glass');
/** The client themselves and a guardian of a minor client. */
const OWN: ActorName[] = ['client:self', 'client:guardian'];
const CLIENTS: ActorName[] = ['client:self', 'client:other', 'client:guardian'];
const SIGNED_IN = ACTORS.filter((a) => a !== 'anonymous');
/**
 * Sign-in pages and the identity provider: the way in, open to everyone, with no client data
 * behind them. They ignore bearer tokens and answer what a browser would get (a redirect, a
 * login page, 400 for a callback without its state): any answer but a server error is "open".
 */
const SIGN_IN = (example?: Entry['example']): Entry => ({
  allow: EVERYONE,
  changesAccess: false,
  opened: (res) => res.statusCode < 500,
  ...(example ? { example } : {}),
});
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

let app: FastifyInstance;
let tdb: TestDb;
let close: () => Promise<void>;
let actors: Actors;
let records: CatalogueRecords;

const catalogueEntries = (): Record<string, Entry> => {
  const entries: Record<string, Entry> = {};
  for (const kind of CATALOGUE_KINDS) {
    const base = `/api/${kind}`;
    entries[`GET ${base}`] = { allow: EVERYONE };
    entries[`GET ${base}/:id`] = {
      allow: EVERYONE,
      example: async () => ({ url: `${base}/${await records.existing(kind)}` }),
    };
    entries[`POST ${base}`] = {
      allow: CATALOGUE_EDITORS,
      changesAccess: false,
      example: async () => ({ url: base, payload: await records.input(kind) }),
    };
    entries[`PUT ${base}/:id`] = {
      allow: CATALOGUE_EDITORS,
      changesAccess: false,
      example: async () => ({
        url: `${base}/${await records.create(kind)}`,
        payload: { ...(await records.input(kind)), version: 1 },
      }),
    };
    entries[`DELETE ${base}/:id`] = {
      allow: CATALOGUE_EDITORS,
      changesAccess: false,
      example: async () => ({ url: `${base}/${await records.create(kind)}` }),
    };
  }
  return entries;
};

const ROUTES: Record<string, Entry> = {
  // System and documentation: no personal data.
  'GET /healthz': { allow: EVERYONE },
  'GET /readyz': { allow: EVERYONE },
  'GET /.well-known/jwks.json': { allow: EVERYONE },
  'GET /docs': { allow: EVERYONE },
  'GET /docs/json': { allow: EVERYONE },
  'GET /docs/yaml': { allow: EVERYONE },
  'GET /docs/static/index.html': { allow: EVERYONE },
  'GET /docs/static/swagger-initializer.js': { allow: EVERYONE },
  'GET /docs/static/*': { allow: EVERYONE, example: () => ({ url: '/docs/static/swagger-ui.css' }) },

  // National code systems and municipalities: public register data.
  'GET /api/codesystems': { allow: EVERYONE },
  'GET /api/codesystems/:id': {
    allow: EVERYONE,
    example: async () => ({
      url: `/api/codesystems/${(await app.inject({ url: '/api/codesystems' })).json().items[0].id}`,
    }),
  },
  'GET /api/municipalities': { allow: EVERYONE },

  // The service catalogue and pathways: reads are public, writes are the organizer's.
  ...catalogueEntries(),
  'GET /api/services/:id/producers': {
    allow: EVERYONE,
    example: async () => ({ url: `/api/services/${await records.existing('services')}/producers` }),
  },

  // The client registry: a relationship in force (or a declared emergency), or the client's own.
  'POST /api/clients': {
    allow: PROFESSIONALS.filter((a) => a !== 'nurse:read-scope'),
    example: () => ({ url: '/api/clients', payload: newClientBody(actors.identityCode()) }),
  },
  'GET /api/clients': {
    allow: [...OPENS, ...OWN],
    example: (w) => ({ url: `/api/clients?identityCode=${w.identityCode}` }),
    // A search answers 200 to anyone who may search; it opens only the clients it returns.
    opened: (res, w) =>
      res.statusCode === 200 && res.json().items.some((c: { id: string }) => c.id === w.clientId),
  },
  'GET /api/clients/:id': {
    allow: [...OPENS, ...OWN],
    example: (w) => ({ url: `/api/clients/${w.clientId}` }),
  },
  'PUT /api/clients/:id': {
    allow: [...OPENS_TO_WRITE, ...OWN],
    example: async (w) => ({
      url: `/api/clients/${w.clientId}`,
      payload: await actors.clientBody(w.clientId),
    }),
  },

  // The professionals' directory, for choosing a colleague: professionals only, no client data.
  'GET /api/professionals': {
    allow: PROFESSIONALS,
    example: () => ({ url: '/api/professionals?q=de' }),
  },

  // Break-the-glass: any professional may declare one; the organizer's administrator reviews.
  // Declaring records a fact: a read-only token may not.
  'POST /api/clients/:id/break-glass': {
    allow: PROFESSIONALS.filter((a) => a !== 'nurse:read-scope'),
    example: (w) => ({
      url: `/api/clients/${w.clientId}/break-glass`,
      payload: {
        reasonCode: 'emergency_care',
        reasonText: 'Unconscious on arrival, no relatives reachable.',
      },
    }),
  },
  // By identity code: any professional whose token may write (the emergency is theirs to declare).
  'POST /api/break-glass': {
    allow: PROFESSIONALS.filter((a) => a !== 'nurse:read-scope'),
    example: (w) => ({
      url: '/api/break-glass',
      payload: {
        identityCode: w.identityCode,
        reasonCode: 'emergency_care',
        reasonText: 'Unconscious on arrival, no relatives reachable.',
      },
    }),
  },
  'GET /api/me/break-glass': { allow: PROFESSIONALS },
  'GET /api/break-glass': { allow: ['administrator'] },
  // One review list of openings of client data: emergency accesses and first contacts recorded
  // for clients already registered elsewhere.
  'GET /api/openings': { allow: ['administrator'] },
  'PUT /api/openings/:id/review': {
    allow: ['administrator'],
    example: async (w) => ({
      url: `/api/openings/${await actors.firstContactToReview(w.clientId, await actors.recorder())}/review`,
      payload: { status: 'reviewed', note: 'The client confirmed the visit.' },
    }),
  },
  'PUT /api/break-glass/:id/review': {
    allow: ['administrator'],
    example: async (w) => ({
      url: `/api/break-glass/${await actors.breakGlass(w.clientId, await actors.recorder())}/review`,
      payload: { status: 'reviewed', note: 'Emergency confirmed from the patient record.' },
    }),
  },

  // Consents and refusals: the client, a guardian, or a professional who may open the data.
  'GET /api/clients/:id/consents': {
    allow: [...OPENS, ...OWN],
    example: (w) => ({ url: `/api/clients/${w.clientId}/consents` }),
  },
  'POST /api/clients/:id/consents': {
    allow: [...OPENS_TO_WRITE, ...OWN],
    example: (w) => ({
      url: `/api/clients/${w.clientId}/consents`,
      payload: { register: 'health', scope: 'Home care may see my health care records', validUntil: null },
    }),
  },
  'POST /api/clients/:id/refusals': {
    allow: [...OPENS_TO_WRITE, ...OWN],
    example: (w) => ({
      url: `/api/clients/${w.clientId}/refusals`,
      payload: { producerId: actors.places.neutralProducerId },
    }),
  },
  'POST /api/clients/:id/consents/:consentId/withdraw': {
    allow: [...OPENS_TO_WRITE, ...OWN],
    example: async (w) => ({
      url: `/api/clients/${w.clientId}/consents/${await actors.consent(w.clientId, await actors.recorder(), 'social')}/withdraw`,
    }),
  },
  // One register's records: the health register opens to health professionals, and to a social
  // worker only with the client's consent (or a legal basis, or a declared emergency).
  'GET /api/clients/:id/entries': {
    allow: [...OPENS.filter((a) => !OTHER_REGISTER_SHUT.includes(a)), ...OWN],
    example: (w) => ({ url: `/api/clients/${w.clientId}/entries?register=health` }),
  },
  // Each professional writes in their own register (a social worker in the social one).
  'POST /api/clients/:id/entries': {
    allow: OPENS_TO_WRITE,
    example: (w) => ({
      url: `/api/clients/${w.clientId}/entries`,
      payload: { kind: 'note', text: 'Seen at home; managing with help.' },
    }),
  },
  'GET /api/clients/:id/relationships': {
    allow: [...OPENS, ...OWN],
    example: (w) => ({ url: `/api/clients/${w.clientId}/relationships` }),
  },
  // Relationships and legal bases are recorded by professionals with a lasting basis, never by the
  // client, nor on a declared emergency alone.
  'POST /api/clients/:id/relationships': {
    allow: LASTING,
    example: async (w) => ({
      url: `/api/clients/${w.clientId}/relationships`,
      payload: {
        kind: 'care_team',
        userId: await actors.recorder(),
        validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    }),
  },
  'POST /api/clients/:id/relationships/:relationshipId/end': {
    allow: LASTING,
    example: async (w) => ({
      url: `/api/clients/${w.clientId}/relationships/${await actors.membership(w.clientId, await actors.recorder())}/end`,
    }),
  },
  'POST /api/clients/:id/legal-bases': {
    allow: LASTING,
    example: (w) => ({
      url: `/api/clients/${w.clientId}/legal-bases`,
      payload: { register: 'social', statute: 'Laki 703/2023, 17 §', validUntil: null },
    }),
  },

  // The access log: the client's own view, and the administrator's search.
  'GET /api/me/access-log': { allow: CLIENTS },
  'GET /api/access-log': { allow: ['administrator'] },

  // The organizer's analysis: aggregates and pseudonymised rows, never identities.
  'GET /api/analytics/clients': { allow: ANALYSTS },
  'GET /api/analytics/access': {
    allow: ANALYSTS,
    example: () => ({ url: `/api/analytics/access?from=${daysAgo(30)}&to=${daysAgo(0)}` }),
  },
  'GET /api/analytics/pseudonymised/clients': { allow: ANALYSTS },

  // Signing in. "* url" stands for every method of a route registered with all().
  'GET /api/auth/session': { allow: SIGNED_IN },
  'POST /api/auth/token': SIGN_IN(() => ({
    url: '/api/auth/token',
    payload: { username: 'demo-nurse', password: 'not-the-password' },
  })),
  'GET /auth/login': SIGN_IN(),
  'GET /auth/callback': SIGN_IN(),
  'POST /auth/logout': SIGN_IN(),
  'GET /idp/interaction/:uid': SIGN_IN(() => ({ url: '/idp/interaction/unknown' })),
  'POST /idp/interaction/:uid/login': SIGN_IN(() => ({
    url: '/idp/interaction/unknown/login',
    payload: 'username=demo-nurse&password=x',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  })),
  '* /idp': SIGN_IN(),
  '* /idp/*': SIGN_IN(() => ({ url: '/idp/.well-known/openid-configuration' })),
};

beforeAll(async () => {
  ({ app, tdb, close } = await createTestApp({ demo: true }));
  actors = await Actors.on(tdb.db);
  records = new CatalogueRecords(tdb.db);
});
afterAll(async () => close());

const keyOf = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const entryOf = (r: { method: string; url: string }): Entry | undefined =>
  ROUTES[keyOf(r)] ?? ROUTES[`* ${r.url}`];
/** A route with path parameters cannot be called at its own url: it needs an example. */
const needsExample = (url: string, entry: Entry) => !entry.example && /[:*]/.test(url);

type Verdict = 'allow' | 'deny' | 'other';
interface Outcome {
  route: string;
  actor: ActorName;
  status: number;
  verdict: Verdict;
  expected: 'allow' | 'deny';
}

async function runMatrix(): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const r of app.routeList) {
    const key = keyOf(r);
    const entry = entryOf(r);
    if (!entry || needsExample(r.url, entry)) continue;
    const fresh = entry.changesAccess ?? r.method !== 'GET';
    for (const actor of ACTORS) {
      const w = fresh ? await actors.freshWorld(actor) : await actors.world(actor);
      const ex = entry.example ? await entry.example(w) : { url: r.url };
      const res = await app.inject({
        method: r.method as 'GET',
        url: ex.url,
        headers: { ...w.headers, ...ex.headers },
        ...(ex.payload === undefined ? {} : { payload: ex.payload as object }),
      });
      const s = res.statusCode;
      const verdict: Verdict =
        s >= 500
          ? 'other'
          : entry.opened
            ? entry.opened(res, w)
              ? 'allow'
              : 'deny'
            : s >= 200 && s < 400
              ? 'allow'
              : s === 401 || s === 403 || s === 404
                ? 'deny'
                : 'other';
      outcomes.push({
        route: key,
        actor,
        status: s,
        verdict,
        expected: entry.allow.includes(actor) ? 'allow' : 'deny',
      });
    }
  }
  return outcomes;
}

let matrix: Promise<Outcome[]> | undefined;
const results = () => {
  matrix ??= runMatrix();
  return matrix;
};
const lines = (os: Outcome[]) => os.map((o) => `${o.route} as ${o.actor} → ${o.status}`);

describe('the access matrix: every route × every actor', () => {
  it('has an entry for every route the router has', () => {
    expect(app.routeList.length).toBeGreaterThan(40);
    expect(app.routeList).toContainEqual({ method: 'GET', url: '/api/clients/:id' });
    const missing = app.routeList.filter((r) => !entryOf(r)).map(keyOf);
    expect(missing, 'routes without an entry in ROUTES').toEqual([]);
    const noExample = app.routeList.filter((r) => {
      const entry = entryOf(r);
      return entry && needsExample(r.url, entry);
    });
    expect(noExample.map(keyOf), 'routes with path parameters but no example request').toEqual([]);
  });

  it('0 unexpected allows', { timeout: 300_000 }, async () => {
    const os = await results();
    expect(os.length).toBeGreaterThan(40 * ACTORS.length - 1);
    expect(lines(os.filter((o) => o.verdict === 'allow' && o.expected === 'deny'))).toEqual([]);
  });

  it('0 unexpected denies', { timeout: 300_000 }, async () => {
    const os = await results();
    expect(lines(os.filter((o) => o.verdict === 'deny' && o.expected === 'allow'))).toEqual([]);
  });

  it('every answer is an allow or a deny (an error means the example request is wrong)', {
    timeout: 300_000,
  }, async () => {
    const os = await results();
    expect(lines(os.filter((o) => o.verdict === 'other'))).toEqual([]);
  });
});
