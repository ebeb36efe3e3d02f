import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection.js';
import { installAuth, requireScope } from '../../server/auth.js';
import { Enum, Id, Obj, PageQuery, Text } from '../../server/schema-kit.js';
import type { VerifiedToken } from '../auth/tokens.js';
import { BREAK_GLASS_REASONS, declareBreakGlass, listBreakGlass, reviewBreakGlass } from './break-glass.js';

const BreakGlass = Type.Object({
  id: Type.String(),
  clientId: Type.String(),
  userId: Type.String(),
  reasonCode: Type.String(),
  reasonText: Type.String(),
  validFrom: Type.String(),
  validUntil: Type.String(),
  reviewStatus: Type.String(),
  reviewedBy: Type.Union([Type.String(), Type.Null()]),
  reviewedAt: Type.Union([Type.String(), Type.Null()]),
  reviewNote: Type.Union([Type.String(), Type.Null()]),
});
const problems = {
  400: { $ref: 'Problem#' },
  401: { $ref: 'Problem#' },
  403: { $ref: 'Problem#' },
  404: { $ref: 'Problem#' },
};
const ctx = (req: FastifyRequest) => ({ purpose: 'emergency', channel: 'rest' as const, requestId: req.id });

/** Break-the-glass: the professional's declaration and the organizer's review. */
export function accessRoutes(db: Db, verify: (token: string) => Promise<VerifiedToken>) {
  return async (app: FastifyInstance) => {
    installAuth(app, db, verify);
    const Declare = Obj({ reasonCode: Enum(BREAK_GLASS_REASONS), reasonText: Text(1000, 10) });
    app.post(
      '/clients/:id/break-glass',
      {
        schema: {
          tags: ['access'],
          summary: "Declare an emergency access to a client's data (time-limited, logged, reviewed)",
          security: [{ bearer: [] }],
          params: Type.Object({ id: Id() }),
          body: Declare,
          response: { 201: BreakGlass, ...problems },
        },
      },
      async (req, reply) => {
        const actor = requireScope(req, 'client.read');
        const declared = await declareBreakGlass(
          db,
          actor,
          (req.params as { id: string }).id,
          req.body as Static<typeof Declare>,
          ctx(req),
        );
        return reply.code(201).send(declared);
      },
    );
    app.get(
      '/break-glass',
      {
        schema: {
          tags: ['access'],
          summary: 'Emergency accesses for review',
          security: [{ bearer: [] }],
          querystring: Obj({
            limit: PageQuery.limit,
            offset: PageQuery.offset,
            status: Type.Optional(Enum(['pending', 'reviewed', 'flagged'] as const)),
          }),
          response: {
            200: Type.Object({ items: Type.Array(BreakGlass), total: Type.Integer() }),
            ...problems,
          },
        },
      },
      async (req) => {
        const actor = requireScope(req, 'access.review');
        const q = req.query as { limit?: number; offset?: number; status?: string };
        return listBreakGlass(db, actor, q.status, { limit: q.limit ?? 50, offset: q.offset ?? 0 });
      },
    );
    const Review = Obj({ status: Enum(['reviewed', 'flagged'] as const), note: Text(2000) });
    app.put(
      '/break-glass/:id/review',
      {
        schema: {
          tags: ['access'],
          summary: 'Mark an emergency access reviewed, or flag it',
          security: [{ bearer: [] }],
          params: Type.Object({ id: Id() }),
          body: Review,
          response: { 200: BreakGlass, ...problems },
        },
      },
      async (req) => {
        const actor = requireScope(req, 'access.review');
        return reviewBreakGlass(
          db,
          actor,
          (req.params as { id: string }).id,
          req.body as Static<typeof Review>,
        );
      },
    );
  };
}
