import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActorName, Actors, newClientBody, type World } from '../../test/actors.js';
import type { TestDb } from '../../test/db.js';
import { createTestApp } from '../../test/http.js';
import { seedDemo } from '../seed/seed.js';

/**
 * Audit completeness: every route that touches client data leaves exactly the expected access
 * log entries. An allowed read or write leaves its entry; a denied access leaves a denial entry
 * although the request fails; a write that fails — before the access check (validation) or
 * inside the transaction after it (a stale version, a duplicate, an unknown reference) — leaves
 * none, because the allowed entry is written in the same transaction as the work (withAccess).
 *
 * Routes are read from the router: one that touches client data and has no cases here fails.
 */

/** Routes that open, search, change or summarise client data, or show who did. */
const TOUCHES_CLIENT_DATA =
  /^\/api\/(clients|me|break-glass|openings|access-log|analytics)(\/|$)|\/(consents|refusals)(\/|$)/;

interface Request {
  method?: 'GET' | 'POST' | 'PUT';
  url: string;
  payload?: unknown;
}

/** One access log entry, as the test compares it. */
interface Entry {
  actorId: string | null;
  clientId: string | null;
  action: string;
  resource: string;
  purpose: string;
  basis: string;
  outcome: 'allow' | 'deny';
  channel: string;
  /** Why access was denied (details.reason); only on denials. */
  reason?: unknown;
}

interface Case {
  name: string;
  actor: ActorName;
  /** The answer expected; the entries are checked whatever it is. */
  status: number;
  request(w: World): Request | Promise<Request>;
  entries(w: World, res: LightMyRequestResponse, req: Request): Entry[];
  /**
   * A denial that happens before the access layer decides (a token without the scope, a user of
   * the wrong kind): kept apart so the rule is visible on its own.
   */
  beforeAccessLayer?: true;
}

let app: FastifyInstance;
let tdb: TestDb;
let close: () => Promise<void>;
let actors: Actors;

beforeAll(async () => {
  ({ app, tdb, close } = await createTestApp());
  await seedDemo(tdb.db, { seed: 1, region: 'Kanta-Häme' });
  actors = await Actors.on(tdb.db);
});
afterAll(async () => close());

/** The entry of a professional or client acting on the world's client. */
const on = (w: World, e: { action: string; resource?: string; purpose: string; basis: string }): Entry => ({
  actorId: w.userId,
  clientId: w.clientId,
  action: e.action,
  resource: e.resource ?? `client/${w.clientId}`,
  purpose: e.purpose,
  basis: e.basis,
  outcome: 'allow',
  channel: 'rest',
});
/** A denial entry; `reason` is details.reason (any reason when not given). */
const denied = (
  w: World,
  e: { action: string; resource?: string; purpose: string; reason?: unknown },
): Entry => ({
  ...on(w, { ...e, basis: 'none' }),
  outcome: 'deny',
  reason: 'reason' in e ? e.reason : expect.any(String),
});

const REASON = {
  reasonCode: 'emergency_care',
  reasonText: 'Unconscious on arrival, no relatives reachable.',
};
/** Why a client already registered elsewhere is at the professional's unit. */
const FIRST_CONTACT = {
  reasonCode: 'client_contact',
  reasonText: 'Came to the reception asking for home care.',
};
const today = () => new Date().toISOString().slice(0, 10);
/** The organizer's reads of aggregates: one entry naming no client. */
const aggregate = (w: World, action: string, resource: string): Entry => ({
  actorId: w.userId,
  clientId: null,
  action,
  resource,
  purpose: 'statistics',
  basis: 'aggregate',
  outcome: 'allow',
  channel: 'rest',
});

/** The relationship the end case ends (made by its request, named in its entry). */
let ended = '';

const CASES: Record<string, Case[]> = {
  'POST /api/clients': [
    {
      name: 'a registration at a first contact',
      actor: 'nurse:none',
      status: 201,
      request: () => ({ method: 'POST', url: '/api/clients', payload: newClientBody(actors.identityCode()) }),
      entries: (w, res) => [
        {
          ...on(w, { action: 'create', purpose: 'care', basis: 'first_contact' }),
          clientId: res.json().id,
          resource: `client/${res.json().id}`,
        },
      ],
    },
    {
      name: 'a body that fails the schema',
      actor: 'nurse:none',
      status: 400,
      request: () => ({
        method: 'POST',
        url: '/api/clients',
        payload: newClientBody(actors.identityCode(), { familyName: '' }),
      }),
      entries: () => [],
    },
    {
      name: 'an invalid identity code',
      actor: 'nurse:none',
      status: 422,
      request: () => ({ method: 'POST', url: '/api/clients', payload: newClientBody('131052-308U') }),
      entries: () => [],
    },
    {
      name: 'an identity code already registered, with no reason: refused, and the refusal logged for the client',
      actor: 'nurse:none',
      status: 422,
      request: (w) => ({ method: 'POST', url: '/api/clients', payload: newClientBody(w.identityCode) }),
      entries: (w) => [denied(w, { action: 'first_contact', purpose: 'care', reason: 'reason-required' })],
    },
    {
      name: 'an identity code already registered, with the reason: the first contact is recorded against the existing client',
      actor: 'nurse:none',
      status: 200,
      request: (w) => ({
        method: 'POST',
        url: '/api/clients',
        payload: newClientBody(w.identityCode, { firstContact: FIRST_CONTACT }),
      }),
      entries: (w) => [on(w, { action: 'first_contact', purpose: 'care', basis: 'first_contact' })],
    },
    {
      name: 'a reason for an existing client that fails the schema (too short an explanation)',
      actor: 'nurse:none',
      status: 400,
      request: (w) => ({
        method: 'POST',
        url: '/api/clients',
        payload: newClientBody(w.identityCode, { firstContact: { ...FIRST_CONTACT, reasonText: 'visit' } }),
      }),
      entries: () => [],
    },
    {
      name: 'a client may not register clients (no client named: nothing to log)',
      actor: 'client:self',
      status: 403,
      request: () => ({ method: 'POST', url: '/api/clients', payload: newClientBody(actors.identityCode()) }),
      entries: () => [],
    },
  ],

  'GET /api/clients': [
    {
      name: 'a search by identity code that finds a client in care',
      actor: 'nurse:care-team',
      status: 200,
      request: (w) => ({ url: `/api/clients?identityCode=${w.identityCode}` }),
      entries: (w) => [on(w, { action: 'search', purpose: 'care', basis: 'care_team' })],
    },
    {
      name: 'a search by identity code that finds a client the professional may not see',
      actor: 'nurse:none',
      status: 200,
      request: (w) => ({ url: `/api/clients?identityCode=${w.identityCode}` }),
      // A search's denial records why, as withAccess's denials do.
      entries: (w) => [denied(w, { action: 'search', purpose: 'care', reason: 'no-relationship' })],
    },
    {
      name: 'a search that finds no one',
      actor: 'nurse:care-team',
      status: 200,
      request: () => ({ url: `/api/clients?identityCode=${actors.identityCode()}` }),
      entries: (w) => [
        {
          ...on(w, { action: 'search', purpose: 'care', basis: 'none' }),
          clientId: null,
          resource: 'client',
        },
      ],
    },
    {
      name: 'a search with no terms',
      actor: 'nurse:care-team',
      status: 422,
      request: () => ({ url: '/api/clients?familyName=K' }),
      entries: () => [],
    },
    {
      name: 'organizer staff may not search (no client named: nothing to log)',
      actor: 'analyst',
      status: 403,
      request: (w) => ({ url: `/api/clients?identityCode=${w.identityCode}` }),
      entries: () => [],
    },
  ],

  'GET /api/clients/:id': [
    ...(
      [
        ['nurse:care-team', 'care_team'],
        ['nurse:referral', 'referral'],
        ['nurse:first-contact', 'first_contact'],
        ['nurse:personal-worker', 'personal_worker'],
        ['nurse:break-glass', 'break_the_glass'],
        ['social-worker:consent', 'care_team'],
        ['client:self', 'own_data'],
        ['client:guardian', 'guardian'],
      ] as const
    ).map(
      ([actor, basis]): Case => ({
        name: `a read on the basis ${basis} (${actor})`,
        actor,
        status: 200,
        request: (w) => ({ url: `/api/clients/${w.clientId}` }),
        entries: (w) => [on(w, { action: 'read', purpose: 'care', basis })],
      }),
    ),
    ...(
      [
        ['nurse:none', 'no-relationship'],
        ['nurse:expired', 'no-relationship'],
        ['nurse:other-unit', 'no-relationship'],
        ['nurse:break-glass-expired', 'no-relationship'],
        ['nurse:refused', 'refused-disclosure'],
        ['client:other', 'not-own-data'],
      ] as const
    ).map(
      ([actor, reason]): Case => ({
        name: `a denied read (${actor}: ${reason})`,
        actor,
        status: 403,
        request: (w) => ({ url: `/api/clients/${w.clientId}` }),
        entries: (w) => [denied(w, { action: 'read', purpose: 'care', reason })],
      }),
    ),
    {
      name: 'an analyst (aggregates only, no client.read scope) is denied',
      actor: 'analyst',
      status: 403,
      request: (w) => ({ url: `/api/clients/${w.clientId}` }),
      entries: (w) => [denied(w, { action: 'read', purpose: 'care' })],
      beforeAccessLayer: true,
    },
  ],

  'PUT /api/clients/:id': [
    {
      name: 'an update',
      actor: 'nurse:care-team',
      status: 200,
      request: async (w) => ({
        method: 'PUT',
        url: `/api/clients/${w.clientId}`,
        payload: await actors.clientBody(w.clientId),
      }),
      entries: (w) => [on(w, { action: 'update', purpose: 'care', basis: 'care_team' })],
    },
    {
      name: 'a stale version (rolled back inside the transaction)',
      actor: 'nurse:care-team',
      status: 412,
      request: async (w) => {
        const body = await actors.clientBody(w.clientId);
        return {
          method: 'PUT',
          url: `/api/clients/${w.clientId}`,
          payload: { ...body, version: body.version + 1 },
        };
      },
      entries: () => [],
    },
    {
      name: 'a body that fails the schema',
      actor: 'nurse:care-team',
      status: 400,
      request: async (w) => ({
        method: 'PUT',
        url: `/api/clients/${w.clientId}`,
        payload: { ...(await actors.clientBody(w.clientId)), givenNames: '' },
      }),
      entries: () => [],
    },
    {
      name: 'an unknown postal code (validated before the access check)',
      actor: 'nurse:care-team',
      status: 422,
      request: async (w) => ({
        method: 'PUT',
        url: `/api/clients/${w.clientId}`,
        payload: { ...(await actors.clientBody(w.clientId)), postalCode: '00001' },
      }),
      entries: () => [],
    },
    {
      name: 'a denied update',
      actor: 'nurse:none',
      status: 403,
      request: async (w) => ({
        method: 'PUT',
        url: `/api/clients/${w.clientId}`,
        payload: await actors.clientBody(w.clientId),
      }),
      entries: (w) => [denied(w, { action: 'update', purpose: 'care', reason: 'no-relationship' })],
    },
    {
      name: 'a token with only client.read may not write',
      actor: 'nurse:read-scope',
      status: 403,
      request: async (w) => ({
        method: 'PUT',
        url: `/api/clients/${w.clientId}`,
        payload: await actors.clientBody(w.clientId),
      }),
      entries: (w) => [denied(w, { action: 'update', purpose: 'care' })],
      beforeAccessLayer: true,
    },
  ],

  'POST /api/clients/:id/break-glass': [
    {
      name: 'a declared emergency',
      actor: 'nurse:none',
      status: 201,
      request: (w) => ({ method: 'POST', url: `/api/clients/${w.clientId}/break-glass`, payload: REASON }),
      entries: (w) => [on(w, { action: 'break-the-glass', purpose: 'emergency', basis: 'break_the_glass' })],
    },
    {
      name: 'a reason too short',
      actor: 'nurse:none',
      status: 400,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/break-glass`,
        payload: { ...REASON, reasonText: 'urgent' },
      }),
      entries: () => [],
    },
    {
      name: 'a client that does not exist',
      actor: 'nurse:none',
      status: 404,
      request: () => ({ method: 'POST', url: `/api/clients/${randomUUID()}/break-glass`, payload: REASON }),
      entries: () => [],
    },
    {
      name: 'organizer staff may not declare one',
      actor: 'analyst',
      status: 403,
      request: (w) => ({ method: 'POST', url: `/api/clients/${w.clientId}/break-glass`, payload: REASON }),
      entries: (w) => [denied(w, { action: 'break-the-glass', purpose: 'emergency' })],
      beforeAccessLayer: true,
    },
  ],

  // The review names clients by pseudonymous id only: the organizer's review is not a read of client data.
  'POST /api/break-glass': [
    {
      name: 'an emergency declared by identity code',
      actor: 'nurse:none',
      status: 201,
      request: (w) => ({
        method: 'POST',
        url: '/api/break-glass',
        payload: { identityCode: w.identityCode, ...REASON },
      }),
      entries: (w) => [on(w, { action: 'break-the-glass', purpose: 'emergency', basis: 'break_the_glass' })],
    },
    {
      name: 'an identity code no client has: the attempt is logged, naming no client',
      actor: 'nurse:none',
      status: 404,
      request: () => ({
        method: 'POST',
        url: '/api/break-glass',
        payload: { identityCode: actors.identityCode(), ...REASON },
      }),
      entries: (w) => [
        {
          ...denied(w, {
            action: 'break-the-glass',
            resource: 'client',
            purpose: 'emergency',
            reason: 'no-client',
          }),
          clientId: null,
        },
      ],
    },
    {
      name: 'an identity code that is not one',
      actor: 'nurse:none',
      status: 422,
      request: () => ({
        method: 'POST',
        url: '/api/break-glass',
        payload: { identityCode: '131052-308U', ...REASON },
      }),
      entries: () => [],
    },
  ],
  'GET /api/me/break-glass': [
    {
      name: "the professional's own emergency accesses in force (their own declarations, no client data)",
      actor: 'nurse:break-glass',
      status: 200,
      request: () => ({ url: '/api/me/break-glass' }),
      entries: () => [],
    },
  ],
  'GET /api/break-glass': [
    {
      name: 'the review list: each declaration shown is an access to its client (reasons may tell of health)',
      actor: 'administrator',
      status: 200,
      request: () => ({ url: '/api/break-glass?limit=5' }),
      entries: (w, res) => {
        const items = res.json().items as { id: string; clientId: string }[];
        expect(items.length).toBeGreaterThan(0);
        return items.map((i) => ({
          ...on(w, {
            action: 'read',
            resource: `break-glass/${i.id}`,
            purpose: 'review',
            basis: 'oversight',
          }),
          clientId: i.clientId,
        }));
      },
    },
    {
      name: 'a planner may not',
      actor: 'planner',
      status: 403,
      request: () => ({ url: '/api/break-glass' }),
      entries: () => [],
    },
  ],
  'PUT /api/break-glass/:id/review': [
    {
      name: 'a review',
      actor: 'administrator',
      status: 200,
      request: async (w) => ({
        method: 'PUT',
        url: `/api/break-glass/${await actors.breakGlass(w.clientId, await actors.recorder())}/review`,
        payload: { status: 'flagged', note: 'No emergency recorded in the patient record.' },
      }),
      entries: (w, res) => [
        {
          ...on(w, {
            action: 'review',
            resource: `break-glass/${res.json().id}`,
            purpose: 'review',
            basis: 'oversight',
          }),
          clientId: res.json().clientId,
        },
      ],
    },
    {
      name: 'an unknown declaration',
      actor: 'administrator',
      status: 404,
      request: () => ({
        method: 'PUT',
        url: `/api/break-glass/${randomUUID()}/review`,
        payload: { status: 'reviewed', note: '' },
      }),
      entries: () => [],
    },
  ],

  'GET /api/openings': [
    {
      name: 'the review list of openings: each shown is an access to its client (reasons may tell of health)',
      actor: 'administrator',
      status: 200,
      request: async (w) => {
        await actors.firstContactToReview(w.clientId, await actors.recorder());
        await actors.breakGlass(w.clientId, await actors.recorder());
        return { url: '/api/openings?limit=5' };
      },
      entries: (w, res) => {
        const items = res.json().items as { id: string; kind: string; clientId: string }[];
        expect(
          items
            .filter((i) => i.clientId === w.clientId)
            .map((i) => i.kind)
            .sort(),
        ).toEqual(['break_glass', 'first_contact']);
        return items.map((i) => ({
          ...on(w, {
            action: 'read',
            resource: `${i.kind === 'break_glass' ? 'break-glass' : 'first-contact'}/${i.id}`,
            purpose: 'review',
            basis: 'oversight',
          }),
          clientId: i.clientId,
        }));
      },
    },
    {
      name: 'a planner may not',
      actor: 'planner',
      status: 403,
      request: () => ({ url: '/api/openings' }),
      entries: () => [],
    },
  ],
  'PUT /api/openings/:id/review': [
    {
      name: 'a review of a first contact with an existing client',
      actor: 'administrator',
      status: 200,
      request: async (w) => ({
        method: 'PUT',
        url: `/api/openings/${await actors.firstContactToReview(w.clientId, await actors.recorder())}/review`,
        payload: { status: 'reviewed', note: 'The client confirmed the visit.' },
      }),
      entries: (w, res) => [
        {
          ...on(w, {
            action: 'review',
            resource: `first-contact/${res.json().id}`,
            purpose: 'review',
            basis: 'oversight',
          }),
          clientId: res.json().clientId,
        },
      ],
    },
    {
      name: 'a review of an emergency access, through the same route',
      actor: 'administrator',
      status: 200,
      request: async (w) => ({
        method: 'PUT',
        url: `/api/openings/${await actors.breakGlass(w.clientId, await actors.recorder())}/review`,
        payload: { status: 'flagged', note: 'No emergency recorded in the patient record.' },
      }),
      entries: (w, res) => [
        {
          ...on(w, {
            action: 'review',
            resource: `break-glass/${res.json().id}`,
            purpose: 'review',
            basis: 'oversight',
          }),
          clientId: res.json().clientId,
        },
      ],
    },
    {
      name: 'an unknown opening',
      actor: 'administrator',
      status: 404,
      request: () => ({
        method: 'PUT',
        url: `/api/openings/${randomUUID()}/review`,
        payload: { status: 'reviewed', note: '' },
      }),
      entries: () => [],
    },
    {
      name: 'a planner may not',
      actor: 'planner',
      status: 403,
      request: async (w) => ({
        method: 'PUT',
        url: `/api/openings/${await actors.firstContactToReview(w.clientId, await actors.recorder())}/review`,
        payload: { status: 'reviewed', note: '' },
      }),
      entries: () => [],
    },
  ],

  'GET /api/clients/:id/consents': [
    {
      name: 'the client reads their consents',
      actor: 'client:self',
      status: 200,
      request: (w) => ({ url: `/api/clients/${w.clientId}/consents` }),
      entries: (w) => [
        on(w, {
          action: 'read',
          resource: `client/${w.clientId}/consents`,
          purpose: 'consent',
          basis: 'own_data',
        }),
      ],
    },
    {
      name: 'a denied read',
      actor: 'nurse:none',
      status: 403,
      request: (w) => ({ url: `/api/clients/${w.clientId}/consents` }),
      entries: (w) => [
        denied(w, {
          action: 'read',
          resource: `client/${w.clientId}/consents`,
          purpose: 'consent',
          reason: 'no-relationship',
        }),
      ],
    },
    {
      name: 'an analyst is denied',
      actor: 'analyst',
      status: 403,
      request: (w) => ({ url: `/api/clients/${w.clientId}/consents` }),
      entries: (w) => [
        denied(w, { action: 'read', resource: `client/${w.clientId}/consents`, purpose: 'consent' }),
      ],
      beforeAccessLayer: true,
    },
  ],

  'POST /api/clients/:id/consents': [
    {
      name: 'a consent recorded by a professional in the care team',
      actor: 'nurse:care-team',
      status: 201,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/consents`,
        payload: { register: 'social', scope: 'Social services may see my records', validUntil: null },
      }),
      entries: (w) => [
        on(w, {
          action: 'consent.give',
          resource: `client/${w.clientId}/consents`,
          purpose: 'consent',
          basis: 'care_team',
        }),
      ],
    },
    {
      name: 'a consent ending in the past (checked before the access check)',
      actor: 'client:self',
      status: 422,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/consents`,
        payload: { register: 'health', scope: '', validUntil: '2020-01-01T00:00:00Z' },
      }),
      entries: () => [],
    },
    {
      name: 'a denied consent',
      actor: 'client:other',
      status: 403,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/consents`,
        payload: { register: 'health', scope: '', validUntil: null },
      }),
      entries: (w) => [
        denied(w, {
          action: 'consent.give',
          resource: `client/${w.clientId}/consents`,
          purpose: 'consent',
          reason: 'not-own-data',
        }),
      ],
    },
    {
      name: 'a token with only client.read may not record one',
      actor: 'nurse:read-scope',
      status: 403,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/consents`,
        payload: { register: 'health', scope: '', validUntil: null },
      }),
      entries: (w) => [
        denied(w, { action: 'consent.give', resource: `client/${w.clientId}/consents`, purpose: 'consent' }),
      ],
      beforeAccessLayer: true,
    },
  ],

  'POST /api/clients/:id/refusals': [
    {
      name: 'the client refuses disclosure to a producer',
      actor: 'client:self',
      status: 201,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/refusals`,
        payload: { producerId: actors.places.neutralProducerId },
      }),
      entries: (w) => [
        on(w, {
          action: 'refusal.give',
          resource: `client/${w.clientId}/consents`,
          purpose: 'consent',
          basis: 'own_data',
        }),
      ],
    },
    {
      name: 'an unknown producer (rolled back inside the transaction)',
      actor: 'client:self',
      status: 422,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/refusals`,
        payload: { producerId: 'nope' },
      }),
      entries: () => [],
    },
    {
      name: 'a denied refusal',
      actor: 'nurse:expired',
      status: 403,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/refusals`,
        payload: { producerId: actors.places.neutralProducerId },
      }),
      entries: (w) => [
        denied(w, {
          action: 'refusal.give',
          resource: `client/${w.clientId}/consents`,
          purpose: 'consent',
          reason: 'no-relationship',
        }),
      ],
    },
    {
      name: 'an analyst may not record one',
      actor: 'analyst',
      status: 403,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/refusals`,
        payload: { producerId: actors.places.neutralProducerId },
      }),
      entries: (w) => [
        denied(w, { action: 'refusal.give', resource: `client/${w.clientId}/consents`, purpose: 'consent' }),
      ],
      beforeAccessLayer: true,
    },
  ],

  'POST /api/clients/:id/consents/:consentId/withdraw': (() => {
    const withdraw = async (w: World, withdrawn = false) => {
      const id = await actors.consent(w.clientId, await actors.recorder(), 'health');
      if (withdrawn)
        await tdb.db
          .updateTable('consent')
          .set({ withdrawnAt: new Date().toISOString() })
          .where('id', '=', id)
          .execute();
      return { method: 'POST' as const, url: `/api/clients/${w.clientId}/consents/${id}/withdraw` };
    };
    // The consent's id is in the url the case sent.
    const resource = (req: Request) => `client/${req.url.split('/clients/')[1]?.replace(/\/withdraw$/, '')}`;
    return [
      {
        name: "a guardian withdraws a minor's consent",
        actor: 'client:guardian',
        status: 204,
        request: (w) => withdraw(w),
        entries: (w, _res, req) => [
          on(w, {
            action: 'consent.withdraw',
            resource: resource(req),
            purpose: 'consent',
            basis: 'guardian',
          }),
        ],
      },
      {
        name: 'a consent already withdrawn (rolled back inside the transaction)',
        actor: 'client:self',
        status: 409,
        request: (w) => withdraw(w, true),
        entries: () => [],
      },
      {
        name: 'an unknown consent (rolled back inside the transaction)',
        actor: 'client:self',
        status: 404,
        request: (w) => ({
          method: 'POST',
          url: `/api/clients/${w.clientId}/consents/${randomUUID()}/withdraw`,
        }),
        entries: () => [],
      },
      {
        name: 'a denied withdrawal',
        actor: 'nurse:refused',
        status: 403,
        request: (w) => withdraw(w),
        entries: (w, _res, req) => [
          denied(w, {
            action: 'consent.withdraw',
            resource: resource(req),
            purpose: 'consent',
            reason: 'refused-disclosure',
          }),
        ],
      },
      {
        name: 'a token with only client.read may not withdraw',
        actor: 'nurse:read-scope',
        status: 403,
        request: (w) => withdraw(w),
        entries: (w, _res, req) => [
          denied(w, { action: 'consent.withdraw', resource: resource(req), purpose: 'consent' }),
        ],
        beforeAccessLayer: true,
      },
    ] satisfies Case[];
  })(),

  // Reading the access log is not itself logged: it holds no client data beyond pseudonymous ids
  // and the client's own view is their own.
  'GET /api/clients/:id/entries': [
    {
      name: "a health professional reads the client's entries: their own register is read and logged",
      actor: 'nurse:care-team',
      status: 200,
      request: (w) => ({ url: `/api/clients/${w.clientId}/entries` }),
      entries: (w) => [
        on(w, {
          action: 'read',
          resource: `client/${w.clientId}/entries`,
          purpose: 'care',
          basis: 'care_team',
        }),
      ],
    },
    {
      name: "a social worker with the client's consent reads both registers: one entry each",
      actor: 'social-worker:consent',
      status: 200,
      request: (w) => ({ url: `/api/clients/${w.clientId}/entries` }),
      entries: (w) => [
        on(w, {
          action: 'read',
          resource: `client/${w.clientId}/entries`,
          purpose: 'care',
          basis: 'care_team',
        }),
        on(w, {
          action: 'read',
          resource: `client/${w.clientId}/entries`,
          purpose: 'care',
          basis: 'care_team',
        }),
      ],
    },
    {
      name: 'the client reads their own entries of both registers: one read, one entry',
      actor: 'client:self',
      status: 200,
      request: (w) => ({ url: `/api/clients/${w.clientId}/entries` }),
      entries: (w) => [
        on(w, {
          action: 'read',
          resource: `client/${w.clientId}/entries`,
          purpose: 'care',
          basis: 'own_data',
        }),
      ],
    },
    {
      name: "a guardian reads their ward's entries: one entry",
      actor: 'client:guardian',
      status: 200,
      request: (w) => ({ url: `/api/clients/${w.clientId}/entries` }),
      entries: (w) => [
        on(w, {
          action: 'read',
          resource: `client/${w.clientId}/entries`,
          purpose: 'care',
          basis: 'guardian',
        }),
      ],
    },
    {
      name: 'a social worker whose consent the client withdrew, asking for the health register',
      actor: 'social-worker:consent-withdrawn',
      status: 403,
      request: (w) => ({ url: `/api/clients/${w.clientId}/entries?register=health` }),
      entries: (w) => [
        denied(w, {
          action: 'read',
          resource: `client/${w.clientId}/entries`,
          purpose: 'care',
          reason: 'other-register',
        }),
      ],
    },
    {
      name: 'a social worker without consent asking for the health register',
      actor: 'social-worker:no-consent',
      status: 403,
      request: (w) => ({ url: `/api/clients/${w.clientId}/entries?register=health` }),
      entries: (w) => [
        denied(w, {
          action: 'read',
          resource: `client/${w.clientId}/entries`,
          purpose: 'care',
          reason: 'other-register',
        }),
      ],
    },
  ],
  'POST /api/clients/:id/entries': [
    {
      name: 'an entry written',
      actor: 'nurse:care-team',
      status: 201,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/entries`,
        payload: { kind: 'note', text: 'Seen at home; managing with help.' },
      }),
      entries: (w) => [
        on(w, {
          action: 'entry.write',
          resource: `client/${w.clientId}/entries`,
          purpose: 'care',
          basis: 'care_team',
        }),
      ],
    },
    {
      name: 'a correction naming no entry (refused before the access layer)',
      actor: 'nurse:care-team',
      status: 422,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/entries`,
        payload: { kind: 'correction', text: 'Pain was 4/10.' },
      }),
      entries: () => [],
    },
    {
      name: 'a correction of an unknown entry (rolled back inside the transaction)',
      actor: 'nurse:care-team',
      status: 422,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/entries`,
        payload: { kind: 'correction', text: 'Pain was 4/10.', corrects: randomUUID() },
      }),
      entries: () => [],
    },
    {
      name: 'a professional without a relationship',
      actor: 'nurse:none',
      status: 403,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/entries`,
        payload: { kind: 'note', text: 'No relationship.' },
      }),
      entries: (w) => [
        denied(w, { action: 'entry.write', resource: `client/${w.clientId}/entries`, purpose: 'care' }),
      ],
    },
  ],
  'GET /api/clients/:id/relationships': [
    {
      name: "the client's relationships read by a care team member",
      actor: 'nurse:care-team',
      status: 200,
      request: (w) => ({ url: `/api/clients/${w.clientId}/relationships` }),
      entries: (w) => [
        on(w, {
          action: 'read',
          resource: `client/${w.clientId}/relationships`,
          purpose: 'care',
          basis: 'care_team',
        }),
      ],
    },
    {
      name: 'refused without a relationship',
      actor: 'nurse:none',
      status: 403,
      request: (w) => ({ url: `/api/clients/${w.clientId}/relationships` }),
      entries: (w) => [
        denied(w, { action: 'read', resource: `client/${w.clientId}/relationships`, purpose: 'care' }),
      ],
    },
  ],
  'POST /api/clients/:id/relationships': [
    {
      name: 'a colleague added to the care team',
      actor: 'nurse:care-team',
      status: 201,
      request: async (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/relationships`,
        payload: {
          kind: 'care_team',
          userId: await actors.recorder(),
          validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        },
      }),
      entries: (w) => [
        on(w, {
          action: 'relationship.add',
          resource: `client/${w.clientId}/relationships`,
          purpose: 'care',
          basis: 'care_team',
        }),
      ],
    },
    {
      name: 'an end in the past (refused before the access layer)',
      actor: 'nurse:care-team',
      status: 422,
      request: async (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/relationships`,
        payload: { kind: 'care_team', userId: await actors.recorder(), validUntil: '2020-01-01T00:00:00Z' },
      }),
      entries: () => [],
    },
    {
      name: 'a professional without access adding themselves',
      actor: 'nurse:none',
      status: 403,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/relationships`,
        payload: {
          kind: 'personal_worker',
          userId: w.userId,
          validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        },
      }),
      entries: (w) => [
        denied(w, {
          action: 'relationship.add',
          resource: `client/${w.clientId}/relationships`,
          purpose: 'care',
        }),
      ],
    },
  ],
  'POST /api/clients/:id/relationships/:relationshipId/end': [
    {
      name: 'a membership ended',
      actor: 'nurse:care-team',
      status: 204,
      request: async (w) => {
        ended = await actors.membership(w.clientId, await actors.recorder());
        return { method: 'POST', url: `/api/clients/${w.clientId}/relationships/${ended}/end` };
      },
      entries: (w) => [
        on(w, {
          action: 'relationship.end',
          resource: `client/${w.clientId}/relationships/${ended}`,
          purpose: 'care',
          basis: 'care_team',
        }),
      ],
    },
    {
      name: 'a professional without access ending one',
      actor: 'nurse:none',
      status: 403,
      request: async (w) => {
        ended = await actors.membership(w.clientId, await actors.recorder());
        return { method: 'POST', url: `/api/clients/${w.clientId}/relationships/${ended}/end` };
      },
      entries: (w) => [
        denied(w, {
          action: 'relationship.end',
          resource: `client/${w.clientId}/relationships/${ended}`,
          purpose: 'care',
        }),
      ],
    },
    {
      name: 'an unknown relationship (rolled back inside the transaction)',
      actor: 'nurse:care-team',
      status: 404,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/relationships/${randomUUID()}/end`,
      }),
      entries: () => [],
    },
  ],
  'POST /api/clients/:id/legal-bases': [
    {
      name: 'a legal basis recorded',
      actor: 'nurse:care-team',
      status: 201,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/legal-bases`,
        payload: { register: 'social', statute: 'Laki 703/2023, 17 §', validUntil: null },
      }),
      entries: (w) => [
        on(w, {
          action: 'legal-basis.add',
          resource: `client/${w.clientId}/relationships`,
          purpose: 'care',
          basis: 'care_team',
        }),
      ],
    },
    {
      name: 'the client may not record one (a denial: they are refused by role, not by the access layer)',
      actor: 'client:self',
      status: 403,
      request: (w) => ({
        method: 'POST',
        url: `/api/clients/${w.clientId}/legal-bases`,
        payload: { register: 'social', statute: 'Laki 703/2023, 17 §', validUntil: null },
      }),
      entries: () => [],
    },
  ],
  'GET /api/me/access-log': [
    {
      name: 'the client reads who opened their data',
      actor: 'client:self',
      status: 200,
      request: () => ({ url: '/api/me/access-log' }),
      entries: () => [],
    },
    {
      name: 'a professional may not',
      actor: 'nurse:care-team',
      status: 403,
      request: () => ({ url: '/api/me/access-log' }),
      entries: () => [],
    },
  ],
  'GET /api/access-log': [
    {
      name: 'the administrator searches it',
      actor: 'administrator',
      status: 200,
      request: (w) => ({ url: `/api/access-log?clientId=${w.clientId}` }),
      entries: () => [],
    },
    {
      name: 'a planner may not',
      actor: 'planner',
      status: 403,
      request: () => ({ url: '/api/access-log' }),
      entries: () => [],
    },
  ],

  // The organizer's analysis: one entry per read, naming no client.
  'GET /api/analytics/clients': [
    {
      name: 'aggregates of the registry',
      actor: 'analyst',
      status: 200,
      request: () => ({ url: '/api/analytics/clients' }),
      entries: (w) => [aggregate(w, 'aggregate', 'analytics/clients')],
    },
    {
      name: 'a professional may not',
      actor: 'nurse:care-team',
      status: 403,
      request: () => ({ url: '/api/analytics/clients' }),
      entries: () => [],
    },
  ],
  'GET /api/analytics/access': [
    {
      name: 'aggregates of the access log',
      actor: 'analyst',
      status: 200,
      request: () => ({ url: `/api/analytics/access?from=${today()}&to=${today()}` }),
      entries: (w) => [aggregate(w, 'aggregate', 'analytics/access')],
    },
    {
      name: 'a reversed period',
      actor: 'analyst',
      status: 400,
      request: () => ({ url: '/api/analytics/access?from=2026-02-01&to=2026-01-01' }),
      entries: () => [],
    },
  ],
  'GET /api/analytics/pseudonymised/clients': [
    {
      name: 'pseudonymised rows',
      actor: 'analyst',
      status: 200,
      request: () => ({ url: '/api/analytics/pseudonymised/clients?limit=5' }),
      entries: (w) => [aggregate(w, 'export', 'analytics/pseudonymised/clients')],
    },
  ],
};

const keyOf = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const clientRoutes = () => app.routeList.filter((r) => TOUCHES_CLIENT_DATA.test(r.url));

async function maxLogId(): Promise<number> {
  const row = await tdb.db
    .selectFrom('accessLog')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

async function entriesAfter(id: number) {
  const rows = await tdb.db
    .selectFrom('accessLog')
    .select([
      'actorId',
      'clientId',
      'action',
      'resource',
      'purpose',
      'basis',
      'outcome',
      'channel',
      'requestId',
      'details',
    ])
    .where('id', '>', id as never)
    .orderBy('id')
    .execute();
  return rows;
}

/** Runs one case on a world of its own; returns what the log gained. */
async function run(route: string, c: Case) {
  const w = await actors.freshWorld(c.actor);
  const req = await c.request(w);
  const before = await maxLogId();
  const res = await app.inject({
    method: req.method ?? 'GET',
    url: req.url,
    headers: w.headers,
    ...(req.payload === undefined ? {} : { payload: req.payload as object }),
  });
  const rows = await entriesAfter(before);
  const entries: Entry[] = rows.map((r) => {
    const details = (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as Record<
      string,
      unknown
    >;
    return {
      actorId: r.actorId,
      clientId: r.clientId,
      action: r.action,
      resource: r.resource,
      purpose: r.purpose,
      basis: r.basis,
      outcome: r.outcome as Entry['outcome'],
      channel: r.channel,
      ...(r.outcome === 'deny' ? { reason: details.reason } : {}),
    };
  });
  const label = `${route} — ${c.name} (${c.actor})`;
  expect.soft(res.statusCode, `${label}: status (${res.body.slice(0, 200)})`).toBe(c.status);
  expect.soft(entries, `${label}: log entries`).toEqual(c.entries(w, res, req));
  // Every entry of a request carries its request id (a problem answer names it too).
  const ids = new Set(rows.map((r) => r.requestId));
  expect.soft(ids.has(null), `${label}: request id`).toBe(false);
  expect.soft(ids.size, `${label}: one request id`).toBeLessThanOrEqual(1);
  if (res.statusCode >= 400 && rows.length)
    expect.soft(rows[0]?.requestId, `${label}: request id`).toBe(res.json().requestId);
}

describe('audit completeness: the access log entries of every route that touches client data', () => {
  it('has cases for every such route the router has', () => {
    const routes = clientRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(12);
    expect(
      routes.map(keyOf).filter((k) => !CASES[k]?.length),
      'routes without cases',
    ).toEqual([]);
    // Each has a case that succeeds; each that names a client has a denial.
    const lacking = routes.map(keyOf).filter((k) => {
      const cases = CASES[k] ?? [];
      return (
        !cases.some((c) => c.status < 300) ||
        (k.includes('/clients/:id') && !cases.some((c) => c.status === 403))
      );
    });
    expect(lacking, 'routes without a case that succeeds, or a denial of a named client').toEqual([]);
  });

  it('allowed reads and writes leave their entry; denials leave a denial; failed writes leave none', {
    timeout: 120_000,
  }, async () => {
    for (const r of clientRoutes())
      for (const c of CASES[keyOf(r)] ?? []) if (!c.beforeAccessLayer) await run(keyOf(r), c);
  });

  it('a search logs every candidate, allowed or not', async () => {
    const family = `Haku${randomUUID().slice(0, 8)}`;
    const nurse = await actors.freshWorld('nurse:care-team');
    const stranger = await actors.client();
    const emergency = await actors.client();
    await actors.breakGlass(emergency.id, nurse.userId as string);
    const ids = [nurse.clientId, stranger.id, emergency.id];
    await tdb.db.updateTable('client').set({ familyName: family }).where('id', 'in', ids).execute();
    const before = await maxLogId();
    const res = await app.inject({ url: `/api/clients?familyName=${family}`, headers: nurse.headers });
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .items.map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual([nurse.clientId, emergency.id].sort());
    const rows = await entriesAfter(before);
    const byClient = Object.fromEntries(rows.map((r) => [r.clientId, `${r.action} ${r.basis} ${r.outcome}`]));
    expect(byClient).toEqual({
      [nurse.clientId]: 'search care_team allow',
      [stranger.id]: 'search none deny',
      [emergency.id]: 'search break_the_glass allow',
    });
    expect(rows).toHaveLength(3);
  });

  it('a denial before the access layer (a token without the scope, organizer staff) leaves a denial entry too', {
    timeout: 60_000,
  }, async () => {
    for (const r of clientRoutes())
      for (const c of CASES[keyOf(r)] ?? []) if (c.beforeAccessLayer) await run(keyOf(r), c);
  });
});
