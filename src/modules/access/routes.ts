import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection.js';
import { operation, problems } from '../../http/openapi.js';
import { Enum, Id, Nullable, Obj, PageQuery, Text } from '../../http/schema-kit.js';
import { installAuth, requireScope, requireScopeFor } from '../auth/guard.js';
import type { VerifiedToken } from '../auth/tokens.js';
import {
  activeBreakGlass,
  BREAK_GLASS_REASONS,
  declareBreakGlass,
  declareBreakGlassByIdentity,
  listBreakGlass,
  reviewBreakGlass,
} from './break-glass.js';
import { giveConsent, listConsents, refuseDisclosure, withdraw } from './consents.js';
import { REGISTERS } from './model.js';
import {
  addRelationship,
  endRelationship,
  findColleagues,
  listRelationships,
  recordLegalBasis,
} from './relationships.js';

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
  userName: Type.Union([Type.String(), Type.Null()]),
  unitName: Type.Union([Type.String(), Type.Null()]),
  producerName: Type.Union([Type.String(), Type.Null()]),
});
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
          ...operation({
            id: 'declareBreakGlass',
            summary: "Declare an emergency access to a client's data (time-limited, logged, reviewed)",
            callers: { scope: 'client.write' },
          }),
          params: Type.Object({ id: Id() }),
          body: Declare,
          response: { 201: BreakGlass, ...problems(400, 401, 403, 404) },
        },
      },
      async (req, reply) => {
        const { id } = req.params as { id: string };
        const actor = await requireScopeFor(req, db, 'client.write', {
          clientId: id,
          action: 'break-the-glass',
          resource: `client/${id}`,
          purpose: 'emergency',
        });
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
    const Relationship = Type.Object({
      id: Type.String(),
      clientId: Type.String(),
      kind: Type.String(),
      userId: Type.Union([Type.String(), Type.Null()]),
      userName: Type.Union([Type.String(), Type.Null()]),
      unitId: Type.Union([Type.String(), Type.Null()]),
      unitName: Type.Union([Type.String(), Type.Null()]),
      validFrom: Type.String(),
      validUntil: Type.String(),
      inForce: Type.Boolean(),
      note: Type.String(),
      recordedBy: Type.String(),
      recordedByName: Type.Union([Type.String(), Type.Null()]),
      recordedAt: Type.String(),
    });
    const LegalBasis = Type.Object({
      id: Type.String(),
      clientId: Type.String(),
      register: Type.String(),
      statute: Type.String(),
      validFrom: Type.String(),
      validUntil: Type.Union([Type.String(), Type.Null()]),
      recordedBy: Type.String(),
      recordedByName: Type.Union([Type.String(), Type.Null()]),
      recordedAt: Type.String(),
    });
    const careCtx = (req: FastifyRequest) => ({
      purpose: 'care',
      channel: 'rest' as const,
      requestId: req.id,
    });
    app.get(
      '/clients/:id/relationships',
      {
        schema: {
          tags: ['access'],
          ...operation({
            id: 'listRelationships',
            summary: "The client's care and client relationships (in force and past) and legal bases",
            callers: { scope: 'client.read' },
          }),
          params: Type.Object({ id: Id() }),
          response: {
            200: Type.Object({ relationships: Type.Array(Relationship), legalBases: Type.Array(LegalBasis) }),
            ...problems(400, 401, 403),
          },
        },
      },
      async (req) => {
        const { id } = req.params as { id: string };
        const actor = await requireScopeFor(req, db, 'client.read', {
          clientId: id,
          action: 'read',
          resource: `client/${id}/relationships`,
          purpose: 'care',
        });
        return listRelationships(db, actor, id, careCtx(req));
      },
    );
    const AddRelationship = Obj({
      kind: Enum(['care_team', 'personal_worker'] as const),
      userId: Id(),
      validUntil: Type.String({ format: 'date-time' }),
      note: Type.Optional(Text(500)),
    });
    app.post(
      '/clients/:id/relationships',
      {
        schema: {
          tags: ['access'],
          ...operation({
            id: 'addRelationship',
            summary:
              "Add a professional to the client's care team, or name the personal worker (with an end)",
            callers: { scope: 'client.write' },
          }),
          params: Type.Object({ id: Id() }),
          body: AddRelationship,
          response: { 201: Type.Object({ id: Type.String() }), ...problems(400, 401, 403, 422) },
        },
      },
      async (req, reply) => {
        const { id } = req.params as { id: string };
        const actor = await requireScopeFor(req, db, 'client.write', {
          clientId: id,
          action: 'relationship.add',
          resource: `client/${id}/relationships`,
          purpose: 'care',
        });
        const body = req.body as Static<typeof AddRelationship>;
        const created = await addRelationship(
          db,
          actor,
          id,
          { ...body, note: body.note ?? '' },
          careCtx(req),
        );
        return reply.code(201).send({ id: created });
      },
    );
    app.post(
      '/clients/:id/relationships/:relationshipId/end',
      {
        schema: {
          tags: ['access'],
          ...operation({
            id: 'endRelationship',
            summary: 'End a care or client relationship now (it stays in the history)',
            callers: { scope: 'client.write' },
          }),
          params: Type.Object({ id: Id(), relationshipId: Id() }),
          body: Nullable(Obj({}, 'Ending takes no body')),
          response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req, reply) => {
        const { id, relationshipId } = req.params as { id: string; relationshipId: string };
        const actor = await requireScopeFor(req, db, 'client.write', {
          clientId: id,
          action: 'relationship.end',
          resource: `client/${id}/relationships/${relationshipId}`,
          purpose: 'care',
        });
        await endRelationship(db, actor, id, relationshipId, careCtx(req));
        return reply.code(204).send();
      },
    );
    const AddLegalBasis = Obj({
      register: Enum(REGISTERS),
      statute: Text(300, 3),
      validUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    });
    app.post(
      '/clients/:id/legal-bases',
      {
        schema: {
          tags: ['access'],
          ...operation({
            id: 'recordLegalBasis',
            summary:
              "Record a legal basis for showing one register's records to the other register's professionals",
            callers: { scope: 'client.write' },
          }),
          params: Type.Object({ id: Id() }),
          body: AddLegalBasis,
          response: { 201: Type.Object({ id: Type.String() }), ...problems(400, 401, 403, 422) },
        },
      },
      async (req, reply) => {
        const { id } = req.params as { id: string };
        const actor = await requireScopeFor(req, db, 'client.write', {
          clientId: id,
          action: 'legal-basis.add',
          resource: `client/${id}/relationships`,
          purpose: 'care',
        });
        const created = await recordLegalBasis(
          db,
          actor,
          id,
          req.body as Static<typeof AddLegalBasis>,
          careCtx(req),
        );
        return reply.code(201).send({ id: created });
      },
    );
    const DeclareByIdentity = Obj({
      identityCode: Text(20, 1),
      reasonCode: Enum(BREAK_GLASS_REASONS),
      reasonText: Text(1000, 10),
    });
    app.post(
      '/break-glass',
      {
        schema: {
          tags: ['access'],
          ...operation({
            id: 'declareBreakGlassByIdentity',
            summary:
              'Declare an emergency access by identity code (after a search found no one you may see); 404 when no client has the code',
            callers: { scope: 'client.write' },
          }),
          body: DeclareByIdentity,
          response: { 201: BreakGlass, ...problems(400, 401, 403, 404, 422) },
        },
      },
      async (req, reply) => {
        const actor = requireScope(req, 'client.write');
        const { identityCode, ...reason } = req.body as Static<typeof DeclareByIdentity>;
        const declared = await declareBreakGlassByIdentity(db, actor, identityCode, reason, ctx(req));
        return reply.code(201).send(declared);
      },
    );
    app.get(
      '/professionals',
      {
        schema: {
          tags: ['access'],
          ...operation({
            id: 'findProfessionals',
            summary: 'Find a colleague by name or username (professionals only; no client data)',
            description:
              'Active professionals whose name or username contains `q` (at least two characters), by name. ' +
              "For choosing whom to add to a client's care team.",
            callers: { scope: 'client.read' },
          }),
          querystring: Obj({
            q: Type.String({ maxLength: 100 }),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
          }),
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({
                  id: Type.String(),
                  displayName: Type.String(),
                  profession: Nullable(Type.String()),
                  unitName: Nullable(Type.String()),
                  producerName: Nullable(Type.String()),
                }),
              ),
              more: Type.Boolean(),
            }),
            ...problems(400, 401, 403, 422),
          },
        },
      },
      async (req) => {
        const actor = requireScope(req, 'client.read');
        const { q, limit } = req.query as { q: string; limit?: number };
        return findColleagues(db, actor, q, limit ?? 20);
      },
    );
    app.get(
      '/me/break-glass',
      {
        schema: {
          tags: ['access'],
          ...operation({
            id: 'listMyBreakGlass',
            summary: 'Your own emergency accesses still in force',
            callers: { scope: 'client.read' },
          }),
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({
                  id: Type.String(),
                  clientId: Type.String(),
                  reasonCode: Type.String(),
                  validFrom: Type.String(),
                  validUntil: Type.String(),
                }),
              ),
            }),
            ...problems(401, 403),
          },
        },
      },
      async (req) => ({ items: await activeBreakGlass(db, requireScope(req, 'client.read')) }),
    );
    app.get(
      '/break-glass',
      {
        schema: {
          tags: ['access'],
          ...operation({
            id: 'listBreakGlass',
            summary: 'Emergency accesses for review',
            callers: { scope: 'access.review' },
          }),
          querystring: Obj({
            limit: PageQuery.limit,
            offset: PageQuery.offset,
            status: Type.Optional(Enum(['pending', 'reviewed', 'flagged'] as const)),
          }),
          response: {
            200: Type.Object({ items: Type.Array(BreakGlass), total: Type.Integer() }),
            ...problems(400, 401, 403),
          },
        },
      },
      async (req) => {
        const actor = requireScope(req, 'access.review');
        const q = req.query as { limit?: number; offset?: number; status?: string };
        return listBreakGlass(
          db,
          actor,
          q.status,
          { limit: q.limit ?? 50, offset: q.offset ?? 0 },
          { channel: 'rest', requestId: req.id },
        );
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
      recordedByName: Type.Union([Type.String(), Type.Null()]),
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
          ...operation({
            id: 'listConsents',
            summary: "The client's consents and refusals of disclosure, withdrawn ones included",
            callers: { scope: 'client.read' },
          }),
          params: clientParams,
          response: { 200: Type.Object({ items: Type.Array(ConsentRecord) }), ...problems(400, 401, 403) },
        },
      },
      async (req) => {
        const { id } = req.params as { id: string };
        const actor = await requireScopeFor(req, db, 'client.read', {
          clientId: id,
          action: 'read',
          resource: `client/${id}/consents`,
          purpose: 'consent',
        });
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
          ...operation({
            id: 'giveConsent',
            summary: "Record the client's consent to show one register's records across registers",
            callers: { scope: 'client.write' },
          }),
          params: clientParams,
          body: Consent,
          response: { 201: Type.Object({ id: Type.String() }), ...problems(400, 401, 403, 422) },
        },
      },
      async (req, reply) => {
        const clientId = (req.params as { id: string }).id;
        const actor = await requireScopeFor(req, db, 'client.write', {
          clientId,
          action: 'consent.give',
          resource: `client/${clientId}/consents`,
          purpose: 'consent',
        });
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
          ...operation({
            id: 'refuseDisclosure',
            summary: "Record the client's refusal of disclosure (luovutuskielto) to a producer",
            callers: { scope: 'client.write' },
          }),
          params: clientParams,
          body: Refusal,
          response: { 201: Type.Object({ id: Type.String() }), ...problems(400, 401, 403, 422) },
        },
      },
      async (req, reply) => {
        const clientId = (req.params as { id: string }).id;
        const actor = await requireScopeFor(req, db, 'client.write', {
          clientId,
          action: 'refusal.give',
          resource: `client/${clientId}/consents`,
          purpose: 'consent',
        });
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
          ...operation({
            id: 'withdrawConsent',
            summary: 'Withdraw a consent or a refusal (it stays in the history)',
            callers: { scope: 'client.write' },
          }),
          params: Type.Object({ id: Id(), consentId: Id() }),
          body: Nullable(Obj({}, 'Withdrawing takes no body')),
          response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req, reply) => {
        const { id, consentId } = req.params as { id: string; consentId: string };
        const actor = await requireScopeFor(req, db, 'client.write', {
          clientId: id,
          action: 'consent.withdraw',
          resource: `client/${id}/consents/${consentId}`,
          purpose: 'consent',
        });
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
          ...operation({
            id: 'reviewBreakGlass',
            summary: 'Mark an emergency access reviewed, or flag it',
            callers: { scope: 'access.review' },
          }),
          params: Type.Object({ id: Id() }),
          body: Review,
          response: { 200: BreakGlass, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => {
        const actor = requireScope(req, 'access.review');
        return reviewBreakGlass(
          db,
          actor,
          (req.params as { id: string }).id,
          req.body as Static<typeof Review>,
          { channel: 'rest', requestId: req.id },
        );
      },
    );
  };
}
