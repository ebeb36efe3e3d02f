import type {} from '@fastify/cookie';
import type {} from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection.js';
import { DomainError } from '../../http/errors.js';
import { type Actor, PROFESSION_REGISTER, type Profession, type Register } from '../access/model.js';
import { actorFields } from '../access/service.js';
import { logAccess } from '../audit/service.js';
import { guardedClientIds } from '../clients/service.js';
import { msg } from './messages.js';
import { allowedScopes, type Scope } from './model.js';
import { findSession, SESSION_COOKIE, type SessionUser } from './sessions.js';
import { unauthorized, type VerifiedToken } from './tokens.js';

export interface Principal {
  actor: Actor;
  scopes: Scope[];
  /** How the caller proved who they are: a bearer token, or the web app's session cookie. */
  via: 'bearer' | 'session';
  /** The session's id hash (binds its CSRF tokens), for session callers. */
  sessionId?: string;
  /** When the session or token ends (ISO). */
  expiresAt?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Who a user is decides what they may open: their kind, profession, unit and register. */
export async function actorFor(db: Db, user: SessionUser): Promise<Actor> {
  if (user.kind === 'professional' && user.profession && user.producerId && user.unitId) {
    const profession = user.profession as Profession;
    const registers = (
      user.registers.length ? user.registers : [PROFESSION_REGISTER[profession]]
    ) as Register[];
    return {
      kind: 'professional',
      userId: user.id,
      profession,
      producerId: user.producerId,
      unitId: user.unitId,
      registers,
    };
  }
  if (user.kind === 'organizer' && user.organizerRole)
    return {
      kind: 'organizer',
      userId: user.id,
      role: user.organizerRole as 'planner' | 'analyst' | 'administrator',
    };
  if (user.kind === 'client' && user.clientId) {
    const today = new Date().toISOString().slice(0, 10);
    return {
      kind: 'client',
      userId: user.id,
      clientId: user.clientId,
      guardianOf: await guardedClientIds(db, user.clientId, today),
    };
  }
  throw new DomainError(401, 'unknown-user', msg('auth.unknownUser'));
}

/** Resolves the signed-in user of a verified token to an Actor. */
export async function principalFor(db: Db, token: VerifiedToken): Promise<Principal> {
  const user = await db
    .selectFrom('userAccount')
    .selectAll()
    .where('issuer', '=', token.issuer)
    .where('subject', '=', token.subject)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!user) throw new DomainError(401, 'unknown-user', msg('auth.unknownUser'));
  // A token never gives more than the user's role allows, whoever issued it.
  const allowed = allowedScopes(user.kind, user.organizerRole);
  return {
    actor: await actorFor(db, user),
    scopes: token.scopes.filter((s) => allowed.includes(s)),
    via: 'bearer',
    expiresAt: new Date(token.expiresAt * 1000).toISOString(),
  };
}

/**
 * Recently resolved bearer tokens, so a burst of API calls does not look the user up for each.
 * An entry lives at most CACHE_MS and never past the token's expiry; a user deactivated meanwhile
 * is refused within CACHE_MS. Sessions are not cached: signing out must end them at once.
 */
const CACHE_MS = 10_000;
const CACHE_MAX = 10_000;
const bearerCache = new WeakMap<Db, Map<string, { principal: Principal; until: number }>>();

async function bearerPrincipal(
  db: Db,
  token: string,
  verify: (token: string) => Promise<VerifiedToken>,
): Promise<Principal> {
  let cache = bearerCache.get(db);
  if (!cache) {
    cache = new Map();
    bearerCache.set(db, cache);
  }
  const now = Date.now();
  const hit = cache.get(token);
  if (hit && hit.until > now) return hit.principal;
  const verified = await verify(token);
  const principal = await principalFor(db, verified);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(token, { principal, until: Math.min(now + CACHE_MS, verified.expiresAt * 1000) });
  return principal;
}

export async function sessionPrincipal(db: Db, cookie: string): Promise<Principal | null> {
  const session = await findSession(db, cookie);
  if (!session?.user) return null;
  const user = session.user;
  return {
    actor: await actorFor(db, user),
    scopes: allowedScopes(user.kind, user.organizerRole),
    via: 'session',
    sessionId: session.idHash,
    expiresAt: session.expiresAt.toISOString(),
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AuthOptions {
  /**
   * Let callers without credentials through with `principal = null` (public reads); they still
   * need a principal wherever a route calls `requireScope`.
   */
  optional?: boolean;
}

/**
 * Puts the caller on the request: a bearer token (API clients) or the web app's session cookie.
 * Session callers must send the CSRF token with every unsafe method. Routes then name the scope
 * they need with `requireScope`.
 */
export function installAuth(
  scope: FastifyInstance,
  db: Db,
  verify: (token: string) => Promise<VerifiedToken>,
  opts: AuthOptions = {},
) {
  if (!scope.hasRequestDecorator('principal')) scope.decorateRequest('principal', null);
  scope.addHook('onRequest', async (req, reply) => {
    const header = req.headers.authorization;
    if (header !== undefined) {
      const m = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
      try {
        if (!m?.[1]) throw unauthorized('invalid');
        req.principal = await bearerPrincipal(db, m[1], verify);
      } catch (e) {
        reply.header('www-authenticate', 'Bearer realm="saumaton", error="invalid_token"');
        throw e;
      }
      return;
    }
    const cookie = req.cookies?.[SESSION_COOKIE];
    if (cookie) {
      req.principal = await sessionPrincipal(db, cookie);
      if (!req.principal) {
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        if (!opts.optional) throw new DomainError(401, 'session-ended', msg('auth.sessionEnded'));
      }
      return;
    }
    if (!opts.optional) {
      reply.header('www-authenticate', 'Bearer realm="saumaton"');
      throw unauthorized('missing');
    }
  });
  // A cookie is sent by the browser whoever made the page: unsafe methods need the CSRF token too.
  scope.addHook('onRequest', function csrf(req, reply, done) {
    if (req.principal?.via === 'session' && !SAFE_METHODS.has(req.method)) {
      scope.csrfProtection(req, reply, done);
      return;
    }
    done();
  });
}

export function requireScope(req: FastifyRequest, scope: Scope): Actor {
  const p = req.principal;
  if (!p) throw unauthorized('missing');
  if (!p.scopes.includes(scope))
    throw new DomainError(403, 'insufficient-scope', msg('auth.scope', { scope }));
  return p.actor;
}

/**
 * `requireScope` for a route that names a client. A caller without the scope is refused before
 * the access layer decides, but it is still an attempt at that client's data: the refusal is
 * logged as a denial, like the access layer's own, so the client and the organizer see it.
 */
export async function requireScopeFor(
  req: FastifyRequest,
  db: Db,
  scope: Scope,
  target: { clientId: string; action: string; resource: string; purpose: string },
): Promise<Actor> {
  const p = req.principal;
  if (p && !p.scopes.includes(scope))
    await logAccess(db, {
      ...actorFields(p.actor),
      ...target,
      basis: 'none',
      outcome: 'deny',
      channel: 'rest',
      requestId: req.id,
      details: { reason: 'insufficient-scope', scope },
    });
  return requireScope(req, scope);
}
