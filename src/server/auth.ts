import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/connection.js';
import { type Actor, PROFESSION_REGISTER, type Profession, type Register } from '../modules/access/model.js';
import type { Scope } from '../modules/auth/model.js';
import { unauthorized, type VerifiedToken } from '../modules/auth/tokens.js';
import * as clientStore from '../modules/clients/store.js';
import { DomainError } from './errors.js';
import { msg } from './messages.js';

export interface Principal {
  actor: Actor;
  scopes: Scope[];
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Resolves the signed-in user of a verified token to an Actor: who they are decides what they may open. */
export async function principalFor(db: Db, token: VerifiedToken): Promise<Principal> {
  const user = await db
    .selectFrom('userAccount')
    .selectAll()
    .where('issuer', '=', token.issuer)
    .where('subject', '=', token.subject)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!user) throw new DomainError(401, 'unknown-user', msg('auth.unknownUser'));
  let actor: Actor;
  if (user.kind === 'professional' && user.profession && user.producerId && user.unitId) {
    const profession = user.profession as Profession;
    const registers = (
      user.registers.length ? user.registers : [PROFESSION_REGISTER[profession]]
    ) as Register[];
    actor = {
      kind: 'professional',
      userId: user.id,
      profession,
      producerId: user.producerId,
      unitId: user.unitId,
      registers,
    };
  } else if (user.kind === 'organizer' && user.organizerRole) {
    actor = {
      kind: 'organizer',
      userId: user.id,
      role: user.organizerRole as 'planner' | 'analyst' | 'administrator',
    };
  } else if (user.kind === 'client' && user.clientId) {
    const today = new Date().toISOString().slice(0, 10);
    actor = {
      kind: 'client',
      userId: user.id,
      clientId: user.clientId,
      guardianOf: await clientStore.guardedClientIds(db, user.clientId, today),
    };
  } else {
    throw new DomainError(401, 'unknown-user', msg('auth.unknownUser'));
  }
  return { actor, scopes: token.scopes };
}

/**
 * Requires a valid bearer token on every route of the plugin scope it is installed in, and
 * puts the principal on the request. Routes then name the scope they need with `requireScope`.
 */
export function installAuth(
  scope: FastifyInstance,
  db: Db,
  verify: (token: string) => Promise<VerifiedToken>,
) {
  scope.decorateRequest('principal', null);
  scope.addHook('onRequest', async (req, reply) => {
    const header = req.headers.authorization;
    const m = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!m?.[1]) {
      reply.header('www-authenticate', 'Bearer realm="saumaton"');
      throw unauthorized('missing');
    }
    try {
      req.principal = await principalFor(db, await verify(m[1]));
    } catch (e) {
      reply.header('www-authenticate', 'Bearer realm="saumaton", error="invalid_token"');
      throw e;
    }
  });
}

export function requireScope(req: FastifyRequest, scope: Scope): Actor {
  const p = req.principal;
  if (!p) throw unauthorized('missing');
  if (!p.scopes.includes(scope))
    throw new DomainError(403, 'insufficient-scope', msg('auth.scope', { scope }));
  return p.actor;
}
