import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection.js';
import { operation, problems } from '../../http/openapi.js';
import { Enum, Id, Nullable, Obj, PageQuery, Text } from '../../http/schema-kit.js';
import { REGISTERS } from '../access/model.js';
import { installAuth, requireScopeFor } from '../auth/guard.js';
import type { VerifiedToken } from '../auth/tokens.js';
import { ENTRY_KINDS } from './model.js';
import * as svc from './service.js';

const Entry = Type.Object({
  id: Type.String(),
  clientId: Type.String(),
  register: Type.String(),
  kind: Type.String(),
  text: Type.String(),
  corrects: Nullable(Type.String()),
  correctedBy: Nullable(Type.String({ description: 'The latest entry that corrects this one' })),
  authorId: Type.String(),
  authorName: Nullable(Type.String()),
  authorRole: Type.String(),
  unitName: Nullable(Type.String()),
  createdAt: Type.String(),
});
const EntryInput = Obj({
  register: Type.Optional(Enum(REGISTERS, 'Your own register; by default the first of yours')),
  kind: Enum(ENTRY_KINDS),
  text: Text(10_000, 1),
  corrects: Type.Optional(Nullable(Id())),
});
const ctx = (req: FastifyRequest) => ({ purpose: 'care', channel: 'rest' as const, requestId: req.id });

/** Client record entries, each in the social welfare or the health care register. */
export function recordRoutes(db: Db, verify: (token: string) => Promise<VerifiedToken>) {
  return async (app: FastifyInstance) => {
    installAuth(app, db, verify);
    const params = Type.Object({ id: Id() });
    const Query = Obj({
      register: Type.Optional(Enum(REGISTERS)),
      limit: PageQuery.limit,
      offset: PageQuery.offset,
    });
    app.get(
      '/clients/:id/entries',
      {
        schema: {
          tags: ['clients'],
          ...operation({
            id: 'listEntries',
            summary:
              "The client's record entries you may see: your own register's, and the other's only with the client's consent, a legal basis or a declared emergency",
            callers: { scope: 'client.read' },
          }),
          params,
          querystring: Query,
          response: {
            200: Type.Object({
              items: Type.Array(Entry),
              total: Type.Integer(),
              registers: Type.Array(Type.String(), { description: 'The registers shown' }),
            }),
            ...problems(400, 401, 403),
          },
        },
      },
      async (req) => {
        const { id } = req.params as { id: string };
        const q = req.query as Static<typeof Query>;
        const actor = await requireScopeFor(req, db, 'client.read', {
          clientId: id,
          action: 'read',
          resource: `client/${id}/entries`,
          purpose: 'care',
        });
        return svc.readEntries(
          db,
          actor,
          id,
          q.register,
          { limit: q.limit ?? 50, offset: q.offset ?? 0 },
          ctx(req),
        );
      },
    );
    app.post(
      '/clients/:id/entries',
      {
        schema: {
          tags: ['clients'],
          ...operation({
            id: 'createEntry',
            summary:
              'Write a record entry in your own register (entries are never changed: correct with a new one)',
            callers: { scope: 'client.write' },
          }),
          params,
          body: EntryInput,
          response: { 201: Entry, ...problems(400, 401, 403, 422) },
        },
      },
      async (req, reply) => {
        const { id } = req.params as { id: string };
        const actor = await requireScopeFor(req, db, 'client.write', {
          clientId: id,
          action: 'entry.write',
          resource: `client/${id}/entries`,
          purpose: 'care',
        });
        const entry = await svc.writeEntry(db, actor, id, req.body as Static<typeof EntryInput>, ctx(req));
        reply.header('location', `/api/clients/${id}/entries`);
        return reply.code(201).send(entry);
      },
    );
  };
}
