import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection.js';
import { expectedVersion, sendRecord } from '../../http/crud.js';
import { operation, problems } from '../../http/openapi.js';
import { Id } from '../../http/schema-kit.js';
import { installAuth, requireScope, requireScopeFor } from '../auth/guard.js';
import type { VerifiedToken } from '../auth/tokens.js';
import type { ClientInput as ClientInputType } from './model.js';
import * as S from './schemas.js';
import * as svc from './service.js';

const ctx = (req: FastifyRequest) => ({ purpose: 'care', channel: 'rest' as const, requestId: req.id });

/** The client registry over REST. Every route needs a bearer token; the access layer decides per client. */
export function clientRoutes(db: Db, verify: (token: string) => Promise<VerifiedToken>) {
  return async (app: FastifyInstance) => {
    installAuth(app, db, verify);
    const params = Type.Object({ id: Id() });
    app.post(
      '/clients',
      {
        schema: {
          tags: ['clients'],
          ...operation({
            id: 'registerClient',
            summary:
              'Register a client at a first contact (opens the data to your unit for 30 days); a client already registered gets the contact recorded and is returned (200)',
            callers: { scope: 'client.write' },
          }),
          body: S.ClientInput,
          response: {
            200: S.Client,
            201: S.Client,
            ...problems(400, 401, 403, 409, 422),
          },
        },
      },
      async (req, reply) => {
        const actor = requireScope(req, 'client.write');
        const { version: _v, ...input } = req.body as Static<typeof S.ClientInput>;
        const { client, created } = await svc.registerClient(db, actor, input as ClientInputType, ctx(req));
        reply.header('location', `/api/clients/${client.id}`);
        return sendRecord(reply, client, created ? 201 : 200);
      },
    );
    app.get(
      '/clients',
      {
        schema: {
          tags: ['clients'],
          ...operation({
            id: 'findClients',
            summary:
              'Find clients by identity code or name: only those you may see are returned, and the search is logged',
            callers: { scope: 'client.read' },
          }),
          querystring: S.ClientQuery,
          response: {
            200: Type.Object({ items: Type.Array(S.Client) }),
            ...problems(400, 401, 403, 422),
          },
        },
      },
      async (req) => {
        const actor = requireScope(req, 'client.read');
        return {
          items: await svc.findClients(db, actor, req.query as Static<typeof S.ClientQuery>, ctx(req)),
        };
      },
    );
    app.get(
      '/clients/:id',
      {
        schema: {
          tags: ['clients'],
          ...operation({
            id: 'getClient',
            summary: "Read a client's identity and contact data",
            callers: { scope: 'client.read' },
          }),
          params,
          response: { 200: S.Client, ...problems(400, 401, 403) },
        },
      },
      async (req, reply) => {
        const { id } = req.params as { id: string };
        const actor = await requireScopeFor(req, db, 'client.read', {
          clientId: id,
          action: 'read',
          resource: `client/${id}`,
          purpose: 'care',
        });
        return sendRecord(reply, await svc.readClient(db, actor, id, ctx(req)));
      },
    );
    app.put(
      '/clients/:id',
      {
        schema: {
          tags: ['clients'],
          ...operation({
            id: 'updateClient',
            summary: "Update a client's data (send the version you read)",
            callers: { scope: 'client.write' },
          }),
          params,
          body: S.ClientInput,
          response: {
            200: S.Client,
            ...problems(400, 401, 403, 409, 412, 422, 428),
          },
        },
      },
      async (req, reply) => {
        const { id } = req.params as { id: string };
        const actor = await requireScopeFor(req, db, 'client.write', {
          clientId: id,
          action: 'update',
          resource: `client/${id}`,
          purpose: 'care',
        });
        const body = req.body as Static<typeof S.ClientInput>;
        const version = expectedVersion(req, body);
        const { version: _v, ...input } = body;
        return sendRecord(
          reply,
          await svc.updateClient(
            db,
            actor,
            (req.params as { id: string }).id,
            version,
            input as ClientInputType,
            ctx(req),
          ),
        );
      },
    );
  };
}
