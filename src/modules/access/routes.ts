import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection.js';
import { installAuth, requireScope } from '../../server/auth.js';
import { Enum, Id, Obj, PageQuery, Text } from '../../server/schema-kit.js';
import type { VerifiedToken } from '../auth/tokens.js';
import { BREAK_GLASS_REASONS, declareBreakGlass, listBreakGlass, reviewBreakGlass } from './break-glass.js';
import { giveConsent, listConsents, refuseDisclosure, withdraw } from './consents.js';
import { REGISTERS } from './model.js';

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
    const ConsentRecord = Type.Object({
      id: Type.String(),
      kind: Type.String(),
      clientId: Type.String(),
      register: Type.Union([Type.String(), Type.Null()]),
      producerId: Type.Union([Type.String(), Type.Null()]),
      scope: Type.String(),
      validFrom: Type.String(),
      validUntil: Type.Union([Type.String(), Type.Null()]),
      withdrawnAt: Type.Union([Type.String(), Type.Null()]),
      recordedBy: Type.String(),
      recordedAt: Type.String(),
    });
    const clientParams = Type.Object({ id: Id() });
    const care = (req: FastifyRequest) => ({
      purpose: 'consent',
      channel: 'rest' as const,
      requestId: req.id,
    });
    app.get(
      '/clients/:id/consents',
      {
        schema: {
          tags: ['access'],
          summary: "The client's consents and refusals of disclosure, withdrawn ones included",
          security: [{ bearer: [] }],
          params: clientParams,
          response: { 200: Type.Object({ items: Type.Array(ConsentRecord) }), ...problems },
        },
      },
      async (req) => {
        const actor = requireScope(req, 'client.read');
        return { items: await listConsents(db, actor, (req.params as { id: string }).id, care(req)) };
      },
    );
    const Consent = Obj({
      register: Enum(REGISTERS, 'The register whose records the other register may then see'),
      scope: Text(500),
      validUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    });
    app.post(
      '/clients/:id/consents',
      {
        schema: {
          tags: ['access'],
          summary: "Record the client's consent to show one register's records across registers",
          security: [{ bearer: [] }],
          params: clientParams,
          body: Consent,
          response: { 201: Type.Object({ id: Type.String() }), ...problems, 422: { $ref: 'Problem#' } },
        },
      },
      async (req, reply) => {
        const actor = requireScope(req, 'client.write');
        const id = await giveConsent(
          db,
          actor,
          (req.params as { id: string }).id,
          req.body as Static<typeof Consent>,
          care(req),
        );
        return reply.code(201).send({ id });
      },
    );
    const Refusal = Obj({ producerId: Id() });
    app.post(
      '/clients/:id/refusals',
      {
        schema: {
          tags: ['access'],
          summary: "Record the client's refusal of disclosure (luovutuskielto) to a producer",
          security: [{ bearer: [] }],
          params: clientParams,
          body: Refusal,
          response: { 201: Type.Object({ id: Type.String() }), ...problems, 422: { $ref: 'Problem#' } },
        },
      },
      async (req, reply) => {
        const actor = requireScope(req, 'client.write');
        const id = await refuseDisclosure(
          db,
          actor,
          (req.params as { id: string }).id,
          (req.body as Static<typeof Refusal>).producerId,
          care(req),
        );
        return reply.code(201).send({ id });
      },
    );
    app.post(
      '/clients/:id/consents/:consentId/withdraw',
      {
        schema: {
          tags: ['access'],
          summary: 'Withdraw a consent or a refusal (it stays in the history)',
          security: [{ bearer: [] }],
          params: Type.Object({ id: Id(), consentId: Id() }),
          response: { 204: Type.Null(), ...problems, 409: { $ref: 'Problem#' } },
        },
      },
      async (req, reply) => {
        const actor = requireScope(req, 'client.write');
        const { id, consentId } = req.params as { id: string; consentId: string };
        await withdraw(db, actor, id, consentId, care(req));
        return reply.code(204).send();
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
