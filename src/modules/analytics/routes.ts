import { type TProperties, Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection.js';
import { operation, problems } from '../../http/openapi.js';
import { IsoDate, Nullable, Obj, PageQuery } from '../../http/schema-kit.js';
import { installAuth, requireScope } from '../auth/guard.js';
import type { VerifiedToken } from '../auth/tokens.js';
import { checkPseudonymKey, MIN_CELL } from './model.js';
import * as svc from './service.js';

const ctx = (req: FastifyRequest) => ({ channel: 'rest' as const, requestId: req.id });

const Cell = {
  count: Nullable(Type.Integer({ description: `null when suppressed (a count of 1–${MIN_CELL - 1})` })),
  suppressed: Type.Boolean(),
};
const Dimension = <P extends TProperties>(key: P, description: string) =>
  Type.Object(
    {
      withheld: Type.Boolean({ description: 'No category could be published safely, so none is listed' }),
      items: Type.Array(Type.Object({ ...key, ...Cell })),
    },
    { description },
  );
const Count = <K extends string>(key: K) =>
  Type.Array(
    Type.Object({ [key]: Type.String(), count: Type.Integer() } as Record<K, ReturnType<typeof Type.String>>),
  );

const ClientStatistics = Type.Object({
  on: Type.String({ description: 'The date ages and relationships are counted on' }),
  minCell: Type.Integer({ description: 'Counts below this (and above 0) are suppressed' }),
  total: Type.Object(Cell),
  byMunicipality: Dimension(
    {
      code: Nullable(Type.String()),
      name: Nullable(Type.Object({ fi: Type.String(), sv: Type.String() })),
    },
    'Home municipality; null: not known or not disclosed (non-disclosure for personal safety)',
  ),
  byAgeBand: Dimension({ band: Type.String() }, 'Age in whole years on the date'),
  byLanguage: Dimension({ language: Type.String() }, 'Language of service'),
  bySoteCentre: Dimension(
    { unitId: Nullable(Type.String()), unitName: Nullable(Type.String()) },
    'Chosen sote-centre; null: none chosen',
  ),
  relationships: Type.Object({
    inForce: Dimension(
      { inForce: Type.Boolean() },
      'Clients with and without a care or client relationship in force on the date',
    ),
    byKind: Dimension(
      { kind: Type.String() },
      'Clients with a relationship of each kind in force (one client may count under several kinds)',
    ),
  }),
});

const AccessStatistics = Type.Object({
  from: Type.String(),
  to: Type.String(),
  total: Type.Integer(),
  byDay: Count('date'),
  byBasis: Count('basis'),
  byOutcome: Count('outcome'),
  byChannel: Count('channel'),
  breakGlass: Type.Object({ total: Type.Integer(), byReviewStatus: Count('status') }),
});

// Only these columns can ever leave the server: the response schema drops anything else.
const PseudonymousClient = Type.Object({
  pseudonym: Type.String({ description: 'HMAC-SHA256 of the client under the county key; stable' }),
  birthYear5: Type.Integer({ description: 'Birth year rounded down to five years' }),
  municipalityCode: Nullable(Type.String({ description: 'null under non-disclosure' })),
  language: Type.String(),
  relationshipsInForce: Type.Object({
    care_team: Type.Integer(),
    referral: Type.Integer(),
    first_contact: Type.Integer(),
    personal_worker: Type.Integer(),
  }),
  consent: Type.Object({ social: Type.Boolean(), health: Type.Boolean() }),
  soteCentreUnitId: Nullable(Type.String()),
});

export interface AnalyticsOptions {
  /** The county's secret for pseudonyms: the same key must be given to every process, always. */
  pseudonymKey: string | Uint8Array;
}

/** The organizer's analysis: aggregates and pseudonymised data, never identities (scope analytics.read). */
export function analyticsRoutes(
  db: Db,
  verify: (token: string) => Promise<VerifiedToken>,
  opts: AnalyticsOptions,
) {
  checkPseudonymKey(opts.pseudonymKey);
  return async (app: FastifyInstance) => {
    installAuth(app, db, verify);
    const OnQuery = Obj({ on: Type.Optional(IsoDate()) });
    app.get(
      '/analytics/clients',
      {
        schema: {
          tags: ['analytics'],
          ...operation({
            id: 'getClientStatistics',
            summary: `Client registry aggregates; counts of 1–${MIN_CELL - 1} are suppressed`,
            callers: { scope: 'analytics.read' },
          }),
          querystring: OnQuery,
          response: { 200: ClientStatistics, ...problems(400, 401, 403) },
        },
      },
      async (req) => {
        const actor = requireScope(req, 'analytics.read');
        return svc.clientStatistics(db, actor, req.query as { on?: string }, ctx(req));
      },
    );
    const Period = Obj({ from: IsoDate(), to: IsoDate() });
    app.get(
      '/analytics/access',
      {
        schema: {
          tags: ['analytics'],
          ...operation({
            id: 'getAccessStatistics',
            summary: 'Access log aggregates over a period of at most 366 days (Finnish dates, both included)',
            callers: { scope: 'analytics.read' },
          }),
          querystring: Period,
          response: { 200: AccessStatistics, ...problems(400, 401, 403) },
        },
      },
      async (req) => {
        const actor = requireScope(req, 'analytics.read');
        return svc.accessStatistics(db, actor, req.query as { from: string; to: string }, ctx(req));
      },
    );
    const PageOn = Obj({ on: Type.Optional(IsoDate()), limit: PageQuery.limit, offset: PageQuery.offset });
    app.get(
      '/analytics/pseudonymised/clients',
      {
        schema: {
          tags: ['analytics'],
          ...operation({
            id: 'listPseudonymisedClients',
            summary: 'One row per client with a pseudonym instead of any identity',
            callers: { scope: 'analytics.read' },
          }),
          querystring: PageOn,
          response: {
            200: Type.Object({
              on: Type.String(),
              items: Type.Array(PseudonymousClient),
              total: Type.Integer(),
              limit: Type.Integer(),
              offset: Type.Integer(),
            }),
            ...problems(400, 401, 403),
          },
        },
      },
      async (req) => {
        const actor = requireScope(req, 'analytics.read');
        const q = req.query as { on?: string; limit?: number; offset?: number };
        return svc.pseudonymisedClients(
          db,
          actor,
          opts.pseudonymKey,
          { ...(q.on ? { on: q.on } : {}), limit: q.limit ?? 50, offset: q.offset ?? 0 },
          ctx(req),
        );
      },
    );
  };
}
