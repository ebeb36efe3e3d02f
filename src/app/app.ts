import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { Type } from '@sinclair/typebox';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { sql } from 'kysely';
import type { Db } from '../db/connection.js';
import { CATALOGUE_CHANNEL } from '../db/versioned.js';
import { DomainError } from '../http/errors.js';
import { installJsonBodyParser } from '../http/json-body.js';
import { operation, problems, requireCsrf, securitySchemes } from '../http/openapi.js';
import { frameworkErrors, installProblemHandler, noApiRoute, noRoute, sendProblem } from '../http/problem.js';
import { databaseRateLimitStore } from '../http/rate-limit-store.js';
import { ReadCache } from '../http/read-cache.js';
import { Problem } from '../http/schema-kit.js';
import { msg } from '../http/texts.js';
import { validatorCompiler } from '../http/validation.js';
import { accessRoutes } from '../modules/access/routes.js';
import { analyticsRoutes } from '../modules/analytics/routes.js';
import { auditRoutes } from '../modules/audit/routes.js';
import { installAuth, requireScope } from '../modules/auth/guard.js';
import { BuiltinIdp, idpRoutes } from '../modules/auth/idp.js';
import { RelyingParty, signInRoutes } from '../modules/auth/login.js';
import { msg as authMsg } from '../modules/auth/messages.js';
import { authRoutes } from '../modules/auth/routes.js';
import { serverSecret } from '../modules/auth/secrets.js';
import { ABSOLUTE_HOURS, IDLE_MINUTES, SESSION_COOKIE } from '../modules/auth/sessions.js';
import { API_AUDIENCE, createVerifier, publicJwks } from '../modules/auth/tokens.js';
import { catalogueRoutes } from '../modules/catalogue/routes.js';
import { clientRoutes } from '../modules/clients/routes.js';
import { codeRoutes } from '../modules/codes/routes.js';
import { pathwayRoutes } from '../modules/pathways/routes.js';
import { recordRoutes } from '../modules/records/routes.js';
import type { SignInConfig } from './config.js';

declare module 'fastify' {
  interface FastifyInstance {
    routeList: { method: string; url: string }[];
  }
}

export interface AppOptions {
  db: Db;
  /** pino options, or false for no request logs (tests). */
  logger?: boolean | { level: string };
  /** Built web app to serve at /; omitted or missing → API only. */
  webDir?: string | undefined;
  bodyLimit?: number;
  /** Cache catalogue GET answers (default true); see read-cache.ts. */
  readCache?: boolean;
  /** Sign-in (config.ts): the built-in identity provider, a county's own, cookies. */
  signIn?: Partial<SignInConfig>;
  /** Database notifications, so the read cache learns of changes made by other processes. */
  listen?: (channel: string, onNotify: () => void, onLost?: () => void) => Promise<void>;
  /**
   * Where rate limits (sign-in attempts) count: 'database' shares them between every process on
   * one PostgreSQL; 'memory' (default) keeps them in this process, enough for PGlite's one process.
   */
  rateLimits?: 'memory' | 'database';
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const signIn: SignInConfig = {
    publicUrl: undefined,
    trustProxy: false,
    secureCookies: false,
    builtinIdp: true,
    external: undefined,
    cookieSecret: undefined,
    ...opts.signIn,
  };
  const app = Fastify({
    trustProxy: signIn.trustProxy,
    // Request logs carry the path without the query string: searches may hold names or identity codes.
    logger:
      opts.logger === false || opts.logger === undefined
        ? false
        : {
            ...(typeof opts.logger === 'object' ? opts.logger : {}),
            serializers: {
              req: (req: { method: string; url: string; id: string }) => ({
                method: req.method,
                path: req.url.split('?')[0],
                id: req.id,
              }),
            },
          },
    bodyLimit: opts.bodyLimit ?? 1_048_576,
    // The router's own refusals (a path that is no URL, a path parameter past 100 characters)
    // are Problem Details like every other answer, not Fastify's plain JSON.
    // The router's own refusals are Problem Details like every other answer.
    frameworkErrors,
    genReqId: () => crypto.randomUUID(),
  });
  // Every route, as registered: the access matrix test walks this list, so no route can escape it.
  const routeList: { method: string; url: string }[] = [];
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') routeList.push({ method, url: r.url });
  });
  app.decorate('routeList', routeList);
  app.setValidatorCompiler(validatorCompiler);
  // The API speaks JSON only: anything else is 415, not a string that fails validation later.
  app.removeContentTypeParser('text/plain');
  installJsonBodyParser(app);
  app.addSchema(Problem);

  // Security headers from helmet, built once: @fastify/helmet rebuilds the middleware (and parses
  // the CSP directives) on every request, about 5 % of the server's CPU under load; the headers
  // are the same for every answer, so one instance serves them all.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // Counties may serve plain HTTP inside their network behind a TLS proxy; do not force https sub-requests.
        upgradeInsecureRequests: null,
      },
    },
  });
  app.addHook('onRequest', (req, reply, done) => {
    securityHeaders(req.raw, reply.raw, (e?: unknown) => done(e instanceof Error ? e : undefined));
  });

  // Web sessions: signed cookies, and CSRF tokens bound to the session (see modules/auth/guard.ts).
  await app.register(cookie, { secret: await serverSecret(opts.db, 'cookie', signIn.cookieSecret) });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'saumaton_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, signed: true, secure: signIn.secureCookies },
    getUserInfo: (req: FastifyRequest) => req.principal?.sessionId ?? '',
    csrfOpts: { hmacKey: await serverSecret(opts.db, 'csrf') },
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Saumaton API',
        version: '0.1.0',
        description:
          'Integrated social and health care: service catalogue, pathways and more. Errors are RFC 9457 Problem Details.',
        license: {
          name: 'Proprietary (UNLICENSED): all rights reserved',
          identifier: 'LicenseRef-Proprietary',
        },
      },
      // Relative: the document describes the server that serves it, whatever its address.
      servers: [{ url: '/', description: 'The server that serves this document' }],
      tags: [
        { name: 'catalogue', description: 'Producers, units, services, channels, contracts' },
        { name: 'pathways', description: 'Service packages and service chains' },
        { name: 'codes', description: 'National code systems and municipalities' },
        {
          name: 'clients',
          description:
            'The client registry: every access needs a bearer token or a web session, and is logged',
        },
        {
          name: 'access',
          description:
            'Who may see a client: care relationships, legal bases, consents, refusals, emergency access',
        },
        { name: 'audit', description: 'The access log: who opened whose data, on what basis' },
        {
          name: 'analytics',
          description: 'Aggregates and pseudonymised data for analysts: never identities',
        },
        { name: 'sign-in', description: 'Signing in: web sessions and bearer tokens' },
        { name: 'system', description: 'Health and readiness' },
      ],
      components: {
        securitySchemes: securitySchemes({
          cookie: SESSION_COOKIE,
          idleMinutes: IDLE_MINUTES,
          absoluteHours: ABSOLUTE_HOURS,
        }),
      },
    },
    transform: requireCsrf,
    // Shared schemas keep their $id as their name in the document (#/components/schemas/Problem).
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  // Every error is answered as Problem Details; the CSRF plugin's refusal in the sign-in module's words.
  installProblemHandler(app, (err) =>
    err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET'
      ? new DomainError(403, 'csrf', authMsg('auth.csrf'))
      : null,
  );

  app.get(
    '/healthz',
    {
      schema: {
        tags: ['system'],
        ...operation({ id: 'getHealth', summary: 'Liveness: the process answers', callers: 'public' }),
        response: { 200: Type.Object({ status: Type.String() }) },
      },
    },
    async () => ({
      status: 'ok',
    }),
  );
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['system'],
        ...operation({
          id: 'getReadiness',
          summary: 'Readiness: the process answers and reaches its database',
          callers: 'public',
        }),
        response: { 200: Type.Object({ status: Type.String() }), ...problems(503) },
      },
    },
    async (req, reply) => {
      try {
        await sql`select 1`.execute(opts.db);
        return { status: 'ready' };
      } catch {
        return sendProblem(req, reply, 503, 'db-unavailable', msg('request.dbUnavailable'), {
          instance: '/readyz',
        });
      }
    },
  );

  const ext = signIn.external;
  const verify = createVerifier(opts.db, {
    audience: API_AUDIENCE,
    external: ext ? { issuer: ext.issuer, jwksUrl: ext.jwksUrl, audience: ext.audience } : undefined,
  });
  const builtin = signIn.builtinIdp
    ? new BuiltinIdp(opts.db, { publicUrl: signIn.publicUrl, secureCookies: signIn.secureCookies })
    : null;
  const signInOptions = {
    db: opts.db,
    builtin,
    external: ext,
    secureCookies: signIn.secureCookies,
    verify,
    root: () => app,
  };
  const rateLimitStore = opts.rateLimits === 'database' ? databaseRateLimitStore(opts.db) : undefined;
  if (builtin) await app.register(idpRoutes(builtin, opts.db, { rateLimitStore }));
  await app.register(signInRoutes(new RelyingParty(signInOptions), signInOptions));
  app.get(
    '/.well-known/jwks.json',
    {
      schema: {
        tags: ['system'],
        ...operation({
          id: 'getJwks',
          summary: 'Public keys of the built-in identity provider (JWKS): they verify its tokens',
          callers: 'public',
        }),
      },
    },
    async () => publicJwks(opts.db),
  );

  const cache = new ReadCache(opts.readCache ?? true);
  if (cache.enabled && opts.listen)
    await opts.listen(
      CATALOGUE_CHANNEL,
      () => cache.invalidate(),
      () => {
        app.log.warn('lost the database notification connection: catalogue read cache turned off');
        cache.disable();
      },
    );
  app.decorate('readCache', cache);

  await app.register(
    async (api) => {
      // The catalogue holds no personal data: anyone may read it; only the organizer's planners
      // and administrators (scope catalogue.write) may change it.
      await api.register(async (catalogue) => {
        installAuth(catalogue, opts.db, verify, { optional: true });
        catalogue.addHook('onRequest', async (req) => {
          if (!SAFE_METHODS.has(req.method)) requireScope(req, 'catalogue.write');
        });
        await catalogue.register(catalogueRoutes(opts.db, cache));
        await catalogue.register(pathwayRoutes(opts.db, cache));
      });
      await api.register(authRoutes(opts.db, verify, { builtinIdp: signIn.builtinIdp, rateLimitStore }));
      await api.register(codeRoutes());
      await api.register(clientRoutes(opts.db, verify));
      await api.register(recordRoutes(opts.db, verify));
      await api.register(accessRoutes(opts.db, verify));
      await api.register(auditRoutes(opts.db, verify));
      await api.register(
        analyticsRoutes(opts.db, verify, { pseudonymKey: await serverSecret(opts.db, 'pseudonym') }),
      );
      api.setNotFoundHandler((req, reply) => sendProblem(req, reply, 404, 'no-route', noApiRoute(req)));
    },
    { prefix: '/api' },
  );

  const webDir = opts.webDir;
  if (webDir && existsSync(join(webDir, 'index.html'))) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: true,
      index: ['index.html'],
    });
    // Built assets have their content's hash in the name: a browser keeps them for good. The page
    // itself (index.html) is checked each time, so a new release is picked up at once.
    app.addHook('onSend', async (req, reply) => {
      if (reply.statusCode === 200 && /^\/assets\/[^/?]+-[\w-]{8}\.\w+(\?|$)/.test(req.url))
        reply.header('cache-control', 'public, max-age=31536000, immutable');
    });
    // The web app routes on the client: unknown non-API paths get index.html.
    app.setNotFoundHandler((req, reply) => {
      // Paths of the app (no file extension) get index.html; a missing asset stays a 404.
      const path = req.url.split('?')[0] ?? '';
      if (req.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path))
        return reply.type('text/html').sendFile('index.html');
      return sendProblem(req, reply, 404, 'no-route', noRoute(req));
    });
  } else {
    app.setNotFoundHandler((req, reply) => sendProblem(req, reply, 404, 'no-route', noRoute(req)));
  }
  return app;
}
