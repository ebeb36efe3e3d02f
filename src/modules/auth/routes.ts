/**
 * Who am I (GET /api/auth/session, for the web app and API clients alike), and bearer tokens for
 * the built-in provider's users (POST /api/auth/token: the documented way for a test or an API
 * client to get a token for a demo user).
 */
import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/connection.js';
import { DomainError, fieldError } from '../../http/errors.js';
import { operation, problems } from '../../http/openapi.js';
import { Obj, Text } from '../../http/schema-kit.js';
import { installAuth } from './guard.js';
import { msg } from './messages.js';
import { allowedScopes, SCOPES, type Scope } from './model.js';
import { verifyPassword } from './passwords.js';
import { signInLimiter, signInName, signInRateLimit } from './sign-in-limit.js';
import { DEMO_ISSUER, issueToken, type VerifiedToken } from './tokens.js';

const Nullable = (t: ReturnType<typeof Type.String>) => Type.Union([t, Type.Null()]);
const SessionInfo = Type.Object({
  user: Type.Object({
    id: Type.String(),
    displayName: Type.String(),
    kind: Type.String(),
    profession: Nullable(Type.String()),
    organizerRole: Nullable(Type.String()),
    clientId: Nullable(Type.String()),
    unitName: Nullable(Type.String()),
    producerName: Nullable(Type.String()),
    registers: Type.Array(Type.String(), {
      description: 'The registers a professional writes in (and reads without consent)',
    }),
  }),
  scopes: Type.Array(Type.String()),
  via: Type.String({ description: '"session" (web app cookie) or "bearer" (API token)' }),
  csrfToken: Nullable(Type.String({ description: 'Send as "x-csrf-token" with every unsafe request' })),
  expiresAt: Nullable(Type.String({ description: 'When the session (at the latest) or the token ends' })),
});
const TokenRequest = Obj({
  username: Text(200, 1),
  password: Text(200, 1),
  scope: Type.Optional(Text(500)),
});
const TokenResponse = Type.Object({
  accessToken: Type.String(),
  tokenType: Type.Literal('Bearer'),
  expiresIn: Type.Integer(),
  scope: Type.String(),
});

export function authRoutes(
  db: Db,
  verify: (token: string) => Promise<VerifiedToken>,
  opts: {
    builtinIdp: boolean;
    /** Where the attempts count (shared by every process on PostgreSQL); unset → in this process. */
    rateLimitStore?: FastifyRateLimitStoreCtor | undefined;
  },
) {
  return async (app: FastifyInstance) => {
    await app.register(async (scope) => {
      installAuth(scope, db, verify, { optional: true });
      scope.get(
        '/auth/session',
        {
          schema: {
            tags: ['sign-in'],
            ...operation({
              id: 'getSession',
              summary: 'The signed-in user, their scopes, and the CSRF token of a web session',
              callers: 'signed-in',
            }),
            response: { 200: SessionInfo, ...problems(401) },
          },
        },
        async (req, reply) => {
          const p = req.principal;
          if (!p) throw new DomainError(401, 'not-signed-in', msg('auth.notSignedIn'));
          const user = await db
            .selectFrom('userAccount as u')
            .leftJoin('unit', 'unit.id', 'u.unitId')
            .leftJoin('producer', 'producer.id', 'u.producerId')
            .select([
              'u.id',
              'u.displayName',
              'u.kind',
              'u.profession',
              'u.organizerRole',
              'u.clientId',
              'unit.name as unitName',
              'producer.name as producerName',
            ])
            .where('u.id', '=', p.actor.userId)
            .executeTakeFirstOrThrow();
          reply.header('cache-control', 'no-store');
          return {
            user: { ...user, registers: p.actor.kind === 'professional' ? p.actor.registers : [] },
            scopes: p.scopes,
            via: p.via,
            csrfToken: p.sessionId ? reply.generateCsrf({ userInfo: p.sessionId }) : null,
            expiresAt: p.expiresAt ?? null,
          };
        },
      );
    });

    await app.register(async (scope) => {
      await scope.register(rateLimit, signInLimiter(opts.rateLimitStore));
      scope.post(
        '/auth/token',
        {
          config: { rateLimit: signInRateLimit },
          schema: {
            tags: ['sign-in'],
            ...operation({
              id: 'createToken',
              summary:
                "A bearer token (15 minutes) for a user of the built-in identity provider, e.g. a demo user: the API clients' and tests' way in",
              description:
                'Answers 404 when the built-in identity provider is turned off, and 429 after 10 attempts ' +
                'a minute for one username from one address.',
              callers: 'public',
            }),
            body: TokenRequest,
            response: { 200: TokenResponse, ...problems(400, 401, 404, 429) },
          },
        },
        async (req) => {
          if (!opts.builtinIdp) throw new DomainError(404, 'builtin-idp-off', msg('auth.builtinOff'));
          const body = req.body as Static<typeof TokenRequest>;
          const user = await db
            .selectFrom('userAccount')
            .select(['subject', 'kind', 'organizerRole', 'passwordHash'])
            .where('issuer', '=', DEMO_ISSUER)
            .where('subject', '=', signInName(body.username))
            .where('active', '=', true)
            .executeTakeFirst();
          if (!(await verifyPassword(body.password, user?.passwordHash ?? null)) || !user)
            throw new DomainError(401, 'bad-credentials', msg('auth.badCredentials'));
          const allowed = allowedScopes(user.kind, user.organizerRole);
          const asked = body.scope?.trim() ? body.scope.trim().split(/\s+/) : allowed;
          for (const s of asked) {
            const m = !(SCOPES as readonly string[]).includes(s)
              ? msg('auth.scopeUnknown', { scope: s, allowed: [...SCOPES] })
              : !allowed.includes(s as Scope)
                ? msg('auth.scopeNotAllowed', { role: user.organizerRole ?? user.kind, scope: s, allowed })
                : null;
            if (m) throw new DomainError(400, 'scope', m, [fieldError('/scope', m)]);
          }
          const scopes = [...new Set(asked)] as Scope[];
          const { accessToken, expiresIn } = await issueToken(db, user.subject, scopes);
          return { accessToken, tokenType: 'Bearer' as const, expiresIn, scope: scopes.join(' ') };
        },
      );
    });
  };
}
