import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/http.js';

/**
 * The OpenAPI document at /docs/json is what API clients are generated from: every route the app
 * registers (read from the router, so a new route cannot escape) must be in it with a stable
 * operationId, a summary, who may call it and the errors it answers as Problem Details. And what
 * it says of credentials must be true: checked by calling each operation without any.
 */

/** Routes that are no part of the API, and are hidden from the document. */
const NOT_API = [
  { prefix: '/docs', why: 'the document itself and its viewer' },
  { prefix: '/idp', why: 'the built-in identity provider: OpenID Connect describes it (discovery)' },
];

/** Operations that cannot answer any 4xx: they take no input and read no credentials. */
const NO_CLIENT_ERRORS = new Set(['getHealth', 'getReadiness', 'getJwks', 'listCodeSystems']);

/** Error answers that are pages for the browser, not Problem Details: sign-in navigations. */
const HTML_ERRORS = new Set(['startSignIn', 'completeSignIn']);

const SAFE = new Set(['get', 'head', 'options']);

interface Response {
  content?: Record<string, { schema?: { $ref?: string } }>;
}
interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  responses: Record<string, Response>;
}
interface Doc {
  servers?: { url: string }[];
  info: { license?: { name: string } };
  tags?: { name: string; description?: string }[];
  components: { securitySchemes: Record<string, { type: string; in?: string; name?: string }> };
  paths: Record<string, Record<string, Operation>>;
}

let app: FastifyInstance;
let close: () => Promise<void>;
let doc: Doc;
/** Each operation with its method and path, in the router's terms (`/api/clients/:id`). */
let operations: { method: string; url: string; path: string; op: Operation }[];

const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
const statuses = (op: Operation) => Object.keys(op.responses).map(Number);
const isPublic = (op: Operation) => op.security?.length === 0;
const allowsAnonymous = (op: Operation) => isPublic(op) || !!op.security?.some((r) => !Object.keys(r).length);

beforeAll(async () => {
  ({ app, close } = await createTestApp());
  const res = await app.inject('/docs/json');
  expect(res.statusCode).toBe(200);
  doc = res.json() as Doc;
  operations = app.routeList
    .filter((r) => !NOT_API.some((n) => r.url === n.prefix || r.url.startsWith(`${n.prefix}/`)))
    .map((r) => {
      const path = toOpenApiPath(r.url);
      return { ...r, path, op: doc.paths[path]?.[r.method.toLowerCase()] as Operation };
    });
});
afterAll(() => close());

describe('the OpenAPI document', () => {
  it('describes every route of the API, and nothing else', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.filter((o) => !o.op).map((o) => `${o.method} ${o.url}`)).toEqual([]);
    const documented = Object.values(doc.paths).flatMap((p) => Object.keys(p)).length;
    expect(documented).toBe(operations.length);
    for (const { prefix } of NOT_API)
      expect(Object.keys(doc.paths).filter((p) => p === prefix || p.startsWith(`${prefix}/`))).toEqual([]);
  });

  it('names each operation once, in camelCase, with a summary', () => {
    for (const { method, url, op } of operations) {
      const where = `${method} ${url}`;
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(op.summary?.trim(), where).toBeTruthy();
    }
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('says who may call each operation, with declared security schemes', () => {
    const schemes = doc.components.securitySchemes;
    expect(schemes.bearer?.type).toBe('http');
    expect(schemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'saumaton_session' });
    expect(schemes.csrf).toMatchObject({ type: 'apiKey', in: 'header', name: 'x-csrf-token' });
    for (const { method, url, op } of operations) {
      const where = `${method} ${url}`;
      expect(Array.isArray(op.security), where).toBe(true);
      for (const requirement of op.security ?? [])
        for (const name of Object.keys(requirement)) expect(schemes[name], `${where}: ${name}`).toBeDefined();
      // A session cookie opens an unsafe method only with the CSRF header.
      for (const requirement of op.security ?? [])
        if ('session' in requirement)
          expect('csrf' in requirement, where).toBe(!SAFE.has(method.toLowerCase()));
    }
  });

  it('lists the errors each operation can answer, as Problem Details', () => {
    const problem = '#/components/schemas/Problem';
    for (const { method, url, op } of operations) {
      const where = `${method} ${url}`;
      const errors = statuses(op).filter((s) => s >= 400);
      if (!NO_CLIENT_ERRORS.has(op.operationId ?? ''))
        expect(
          errors.filter((s) => s < 500),
          where,
        ).not.toEqual([]);
      // What the security says decides some of them.
      if (!isPublic(op)) expect(errors, `${where}: credentials can be refused`).toContain(401);
      const scoped = op.security?.some((r) => Object.values(r).some((scopes) => scopes.length > 0));
      const csrf = op.security?.some((r) => 'csrf' in r);
      if (scoped || csrf) expect(errors, `${where}: a scope or CSRF token can be missing`).toContain(403);
      if (HTML_ERRORS.has(op.operationId ?? '')) continue;
      for (const status of errors)
        expect(
          op.responses[status]?.content?.['application/problem+json']?.schema?.$ref,
          `${where} ${status}`,
        ).toBe(problem);
    }
  });

  it('declares every tag it uses, a server and a license', () => {
    const declared = new Map((doc.tags ?? []).map((t) => [t.name, t.description]));
    for (const { method, url, op } of operations) {
      expect(op.tags?.length, `${method} ${url}`).toBeGreaterThan(0);
      for (const tag of op.tags ?? []) expect(declared.get(tag), `${method} ${url}: tag ${tag}`).toBeTruthy();
    }
    expect(doc.servers?.length).toBeGreaterThan(0);
    expect(doc.info.license?.name).toBeTruthy();
  });
});

describe('what the document says of credentials', () => {
  const call = (method: string, path: string, headers: Record<string, string> = {}) =>
    app.inject({
      method: method as 'GET',
      // Any value fits an id's pattern: credentials are checked before the record is looked for.
      url: path.replace(/:[A-Za-z0-9_]+/g, 'x'),
      headers,
      ...(SAFE.has(method.toLowerCase()) ? {} : { payload: {} }),
    });

  it('an operation that needs credentials refuses a call without them (401)', async () => {
    const needing = operations.filter((o) => !allowsAnonymous(o.op));
    expect(needing.length).toBeGreaterThan(20);
    for (const { method, url } of needing)
      expect((await call(method, url)).statusCode, `${method} ${url}`).toBe(401);
  });

  it('an operation open to anyone answers a call without credentials, and checks those sent', async () => {
    const open = operations.filter((o) => allowsAnonymous(o.op));
    expect(open.length).toBeGreaterThan(10);
    for (const { method, url, op } of open) {
      const where = `${method} ${url}`;
      expect((await call(method, url)).statusCode, where).not.toBe(401);
      // Public operations read no credentials; the others refuse a bad token.
      const bad = (await call(method, url, { authorization: 'Bearer not-a-token' })).statusCode;
      if (isPublic(op)) expect(bad, where).not.toBe(401);
      else expect(bad, where).toBe(401);
    }
  });
});
