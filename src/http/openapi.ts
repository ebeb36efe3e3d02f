/**
 * What the OpenAPI document (/docs/json) says of a route beside its schemas: a stable operationId
 * (the method name in a generated client), a summary, who may call it (security) and the Problem
 * Details it can answer. A route spreads `operation(...)` into its schema and `problems(...)` into
 * its responses; openapi.int.test.ts fails any route without them.
 */
import type { FastifySchema } from 'fastify';

/** Names of the security schemes that `operation` refers to; declared by `securitySchemes`. */
const BEARER = 'bearer';
const SESSION = 'session';
const CSRF = 'csrf';

/** The security schemes, for the document's components; the app says how its sessions work. */
export function securitySchemes(session: { cookie: string; idleMinutes: number; absoluteHours: number }) {
  return {
    [BEARER]: {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description:
        'A short-lived access token (Authorization: Bearer …). For users of the built-in identity provider, ' +
        'e.g. demo users: POST /api/auth/token {"username","password"}, or npx saumaton token <user>. ' +
        "A requirement's list names the scope the operation needs.",
    },
    [SESSION]: {
      type: 'apiKey',
      in: 'cookie',
      name: session.cookie,
      description:
        "The web app's session: an httpOnly cookie set when signing in through GET /auth/login. " +
        `It ends after ${session.idleMinutes} minutes without use, ${session.absoluteHours} hours after ` +
        'signing in, or at POST /auth/logout. ' +
        'With it, unsafe methods (POST, PUT, PATCH, DELETE) also need the CSRF token (scheme "csrf").',
    },
    [CSRF]: {
      type: 'apiKey',
      in: 'header',
      name: 'x-csrf-token',
      description:
        'The CSRF token of a web session: GET /api/auth/session answers it as "csrfToken" and sets the ' +
        'cookie it is checked against (keep both). Needed with the session cookie on every unsafe method; ' +
        'bearer tokens need none.',
    },
  } as const;
}

/**
 * Who may call an operation:
 * - 'public': no credentials are read (health, code systems, the token endpoint, sign-in pages);
 * - 'optional': anyone, but credentials that are sent are checked (an invalid token is 401);
 * - 'signed-in': a bearer token or a web session;
 * - `{ scope }`: signed in, with that scope (POST /api/auth/token grants scopes by role).
 * With the session cookie, unsafe methods also need the CSRF header: `requireCsrf` adds it.
 */
export type Callers = 'public' | 'optional' | 'signed-in' | { scope: string };

export interface OperationDoc {
  /** Stable camelCase name (listProducers, getClient): clients are generated with it, so never rename. */
  id: string;
  summary: string;
  description?: string;
  callers: Callers;
}

type SecurityRequirement = Record<string, string[]>;

function security(callers: Callers): SecurityRequirement[] {
  if (callers === 'public') return [];
  const scopes = typeof callers === 'object' ? [callers.scope] : [];
  const signedIn: SecurityRequirement[] = [{ [BEARER]: scopes }, { [SESSION]: scopes }];
  return callers === 'optional' ? [{}, ...signedIn] : signedIn;
}

/** The operation's name, summary and security, to spread into a route's schema. */
export function operation(doc: OperationDoc) {
  return {
    operationId: doc.id,
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    security: security(doc.callers),
  } satisfies FastifySchema;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * @fastify/swagger's `transform`: a session cookie on an unsafe method is accepted only with the
 * CSRF header, so each session requirement of such a route also requires "csrf".
 */
export function requireCsrf({
  schema,
  url,
  route,
}: {
  schema: FastifySchema;
  url: string;
  route: { method: string | string[] };
}): { schema: FastifySchema; url: string } {
  const unsafe = [route.method].flat().some((m) => !SAFE_METHODS.has(m.toUpperCase()));
  const reqs = schema?.security as SecurityRequirement[] | undefined;
  if (!unsafe || !reqs) return { schema, url };
  return {
    schema: { ...schema, security: reqs.map((r) => (SESSION in r ? { ...r, [CSRF]: [] } : r)) },
    url,
  };
}

/** What each status means here; the body is always Problem Details. */
const MEANING = {
  400: 'The request does not match its schema, or its body is not JSON: `errors` names each field to fix',
  401: 'No credentials where they are needed, or a token or session that is invalid or has ended',
  403: 'Signed in but not allowed: a scope the caller lacks, the access rules, or a missing CSRF token',
  404: 'No such record',
  409: 'In conflict with the current state: a duplicate, a record still in use, or already done',
  412: 'The record has changed since the version sent: read it again',
  422: 'The values break a rule: `errors` names each field to fix',
  428: 'The version read is needed: send If-Match or "version"',
  429: 'Too many attempts: wait a minute',
  503: 'A service the answer needs is not available',
} as const;
export type ProblemStatus = keyof typeof MEANING;

interface ProblemResponse {
  description: string;
  content: { 'application/problem+json': { schema: { $ref: 'Problem#' } } };
}

/** Error responses as RFC 9457 Problem Details (application/problem+json), for a route's `response`. */
export function problems<S extends ProblemStatus>(...statuses: S[]): Record<S, ProblemResponse> {
  const responses: Partial<Record<S, ProblemResponse>> = {};
  for (const status of statuses)
    responses[status] = {
      description: MEANING[status],
      content: { 'application/problem+json': { schema: { $ref: 'Problem#' } } },
    };
  return responses as Record<S, ProblemResponse>;
}
