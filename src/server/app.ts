import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { Type } from '@sinclair/typebox';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../db/connection.js';
import { CATALOGUE_CHANNEL } from '../db/versioned.js';
import { catalogueRoutes } from '../modules/catalogue/routes.js';
import { codeRoutes } from '../modules/codes/routes.js';
import { pathwayRoutes } from '../modules/pathways/routes.js';
import { DomainError, type FieldError } from './errors.js';
import { ReadCache } from './read-cache.js';
import { Problem } from './schema-kit.js';
import { fieldErrors, validatorCompiler } from './validation.js';

export interface AppOptions {
  db: Db;
  /** pino options, or false for no request logs (tests). */
  logger?: boolean | { level: string };
  /** Built web app to serve at /; omitted or missing → API only. */
  webDir?: string | undefined;
  bodyLimit?: number;
  /** Cache catalogue GET answers (default true); see read-cache.ts. */
  readCache?: boolean;
  /** Database notifications, so the read cache learns of changes made by other processes. */
  listen?: (channel: string, onNotify: () => void, onLost?: () => void) => Promise<void>;
}

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function problem(
  status: number,
  code: string,
  detail: string,
  instance: string,
  requestId: string,
  errors?: FieldError[],
) {
  return {
    type: `https://saumaton.example/problems/${code}`,
    title: STATUS_TITLES[status] ?? 'Error',
    status,
    detail,
    instance,
    code,
    requestId,
    ...(errors?.length ? { errors } : {}),
  };
}

/** PostgreSQL errors that are the caller's fault, mapped to what they must fix. */
function pgProblem(err: {
  code?: string;
  detail?: string;
  constraint?: string;
}): [number, string, string] | null {
  switch (err.code) {
    case '23505':
      return [409, 'conflict', 'A record with the same unique value already exists.'];
    case '23503':
      return [
        409,
        'conflict',
        'The record refers to, or is referred to by, another record that does not allow this change.',
      ];
    case '23514':
      return [422, 'validation', `A value breaks the rule ${err.constraint ?? ''}.`.trim()];
    case '22P02':
    case '22007':
    case '22008':
      return [400, 'bad-value', 'A value has the wrong format.'];
    default:
      return null;
  }
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
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
    genReqId: () => crypto.randomUUID(),
  });
  app.setValidatorCompiler(validatorCompiler);
  // The API speaks JSON only: anything else is 415, not a string that fails validation later.
  app.removeContentTypeParser('text/plain');
  app.addSchema(Problem);

  await app.register(helmet, {
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

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Saumaton API',
        version: '0.1.0',
        description:
          'Integrated social and health care: service catalogue, pathways and more. Errors are RFC 9457 Problem Details.',
      },
      tags: [
        { name: 'catalogue', description: 'Producers, units, services, channels, contracts' },
        { name: 'pathways', description: 'Service packages and service chains' },
        { name: 'codes', description: 'National code systems and municipalities' },
        { name: 'system', description: 'Health and readiness' },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.setErrorHandler((err: FastifyError & { code?: string }, req, reply) => {
    const instance = req.url.split('?')[0] ?? req.url;
    if (err instanceof DomainError) {
      return reply
        .code(err.status)
        .type('application/problem+json')
        .send(problem(err.status, err.code, err.message, instance, req.id, err.errors));
    }
    if (err.validation) {
      const errors = fieldErrors(err.validation as never, err.validationContext ?? 'body');
      return reply
        .code(400)
        .type('application/problem+json')
        .send(
          problem(
            400,
            'validation',
            'The request does not match the API schema; see errors for each field to fix.',
            instance,
            req.id,
            errors,
          ),
        );
    }
    const pg = pgProblem(err as never);
    if (pg) {
      return reply
        .code(pg[0])
        .type('application/problem+json')
        .send(problem(pg[0], pg[1], pg[2], instance, req.id));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const detail =
        err.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? 'The request body is too large.'
          : err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
            ? 'Send JSON with Content-Type: application/json.'
            : err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
              ? 'The request body is empty; send a JSON object.'
              : err.message;
      return reply
        .code(err.statusCode)
        .type('application/problem+json')
        .send(problem(err.statusCode, (err.code ?? 'bad-request').toLowerCase(), detail, instance, req.id));
    }
    req.log.error({ err: { message: err.message, code: err.code, stack: err.stack } }, 'unexpected error');
    return reply
      .code(500)
      .type('application/problem+json')
      .send(
        problem(
          500,
          'internal',
          'Something went wrong on our side; the change was not saved. Try again.',
          instance,
          req.id,
        ),
      );
  });

  app.get(
    '/healthz',
    { schema: { tags: ['system'], response: { 200: Type.Object({ status: Type.String() }) } } },
    async () => ({
      status: 'ok',
    }),
  );
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['system'],
        response: { 200: Type.Object({ status: Type.String() }), 503: { $ref: 'Problem#' } },
      },
    },
    async (req, reply) => {
      try {
        await sql`select 1`.execute(opts.db);
        return { status: 'ready' };
      } catch {
        return reply
          .code(503)
          .type('application/problem+json')
          .send(problem(503, 'db-unavailable', 'The database is not reachable.', '/readyz', req.id));
      }
    },
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
      await api.register(catalogueRoutes(opts.db, cache));
      await api.register(pathwayRoutes(opts.db, cache));
      await api.register(codeRoutes());
      api.setNotFoundHandler((req, reply) =>
        reply
          .code(404)
          .type('application/problem+json')
          .send(
            problem(
              404,
              'no-route',
              `There is no ${req.method} ${req.url.split('?')[0]} in the API; see /docs.`,
              req.url,
              req.id,
            ),
          ),
      );
    },
    { prefix: '/api' },
  );

  const webDir = opts.webDir;
  if (webDir && existsSync(join(webDir, 'index.html'))) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: true, index: ['index.html'] });
    // The web app routes on the client: unknown non-API paths get index.html.
    app.setNotFoundHandler((req, reply) => {
      // Paths of the app (no file extension) get index.html; a missing asset stays a 404.
      const path = req.url.split('?')[0] ?? '';
      if (req.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path))
        return reply.type('text/html').sendFile('index.html');
      return reply
        .code(404)
        .type('application/problem+json')
        .send(
          problem(404, 'no-route', `There is no ${req.method} ${req.url.split('?')[0]}.`, req.url, req.id),
        );
    });
  } else {
    app.setNotFoundHandler((req, reply) =>
      reply
        .code(404)
        .type('application/problem+json')
        .send(
          problem(404, 'no-route', `There is no ${req.method} ${req.url.split('?')[0]}.`, req.url, req.id),
        ),
    );
  }
  return app;
}
