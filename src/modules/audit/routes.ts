import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/connection.js';
import { DomainError } from '../../http/errors.js';
import { operation, problems } from '../../http/openapi.js';
import { Enum, Id, Obj, PageQuery } from '../../http/schema-kit.js';
import { msg as accessMsg } from '../access/messages.js';
import { installAuth, requireScope } from '../auth/guard.js';
import type { VerifiedToken } from '../auth/tokens.js';
import { msg } from './messages.js';
import { BASES, OUTCOMES } from './model.js';
import * as store from './store.js';

const Entry = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorId: Type.String(),
  actorName: Type.Union([Type.String(), Type.Null()]),
  actorRole: Type.String(),
  unitName: Type.Union([Type.String(), Type.Null()]),
  producerName: Type.Union([Type.String(), Type.Null()]),
  clientId: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  resource: Type.String(),
  purpose: Type.String(),
  basis: Type.String(),
  outcome: Type.String(),
  channel: Type.String(),
  requestId: Type.Union([Type.String(), Type.Null()]),
});
const Page = Type.Object({ items: Type.Array(Entry), total: Type.Integer() });

/** Who opened whose data: the client's own view, and the organizer's search. */
export function auditRoutes(db: Db, verify: (token: string) => Promise<VerifiedToken>) {
  return async (app: FastifyInstance) => {
    installAuth(app, db, verify);
    app.get(
      '/me/access-log',
      {
        schema: {
          tags: ['audit'],
          ...operation({
            id: 'listMyAccessLog',
            summary: 'Who has opened my data, when, from which organisation and on what basis',
            callers: { scope: 'audit.read' },
          }),
          querystring: Obj({ limit: PageQuery.limit, offset: PageQuery.offset }),
          response: { 200: Page, ...problems(400, 401, 403) },
        },
      },
      async (req) => {
        const actor = requireScope(req, 'audit.read');
        if (actor.kind !== 'client') throw new DomainError(403, 'forbidden', msg('accessLog.onlyClients'));
        const q = req.query as { limit?: number; offset?: number };
        return store.searchEntries(db, {
          clientId: actor.clientId,
          limit: q.limit ?? 50,
          offset: q.offset ?? 0,
        });
      },
    );
    const SearchQuery = Obj({
      limit: PageQuery.limit,
      offset: PageQuery.offset,
      clientId: Type.Optional(Id()),
      actorId: Type.Optional(Id()),
      outcome: Type.Optional(Enum(OUTCOMES)),
      basis: Type.Optional(Enum(BASES)),
      from: Type.Optional(Type.String({ format: 'date-time' })),
      to: Type.Optional(Type.String({ format: 'date-time' })),
    });
    app.get(
      '/access-log',
      {
        schema: {
          tags: ['audit'],
          ...operation({
            id: 'searchAccessLog',
            summary:
              "Search the access log (the organizer's administrators); clients appear by pseudonymous id only",
            callers: { scope: 'audit.read' },
          }),
          querystring: SearchQuery,
          response: { 200: Page, ...problems(400, 401, 403) },
        },
      },
      async (req) => {
        const actor = requireScope(req, 'audit.read');
        if (actor.kind !== 'organizer' || actor.role !== 'administrator')
          throw new DomainError(403, 'forbidden', accessMsg('access.organizerOnly'));
        const q = req.query as Static<typeof SearchQuery>;
        const page = await store.searchEntries(db, { ...q, limit: q.limit ?? 50, offset: q.offset ?? 0 });
        // A client (or guardian) acting on their own data is named only by pseudonymous id here:
        // the administrator never sees identities.
        return {
          ...page,
          items: page.items.map((e) => (e.actorRole === 'client' ? { ...e, actorName: null } : e)),
        };
      },
    );
  };
}
