import type { Static, TObject } from '@sinclair/typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/connection.js';
import { onceForKey } from '../db/idempotency.js';
import { badIfMatch, versionRequired } from './errors.js';
import { type Callers, operation, problems } from './openapi.js';
import { Id, MAX_VERSION } from './schema-kit.js';

/**
 * The REST shape every versioned record shares: list with filters, read with ETag, create,
 * replace with If-Match (or "version" in the body), delete. Each area declares its schemas and
 * use cases; this file only wires them to HTTP, so all resources behave alike.
 */
export interface CrudSpec<
  In extends TObject,
  Out extends TObject,
  Q extends TObject,
  Rec extends { id: string; version: number },
> {
  path: string;
  tag: string;
  label: string;
  /**
   * Stem of the operationIds, singular: 'Producer' names listProducers, getProducer, createProducer,
   * replaceProducer and deleteProducer.
   */
  operationId: string;
  /** Who may read and who may change the records (enforced where the routes are mounted). */
  callers: { read: Callers; write: Callers };
  input: In;
  output: Out;
  query: Q;
  list(db: Db, query: Static<Q>): Promise<{ items: Rec[]; total: number }>;
  get(db: Db, id: string): Promise<Rec>;
  create(db: Db, input: Static<In>): Promise<Rec>;
  update(db: Db, id: string, version: number, input: Static<In>): Promise<Rec>;
  remove(db: Db, id: string): Promise<void>;
}

/**
 * Reads the version the caller based its change on: If-Match wins over the body's "version".
 * If-Match names one version as the ETag gave it ("3", W/"3" or 3); anything else in it (a list,
 * text, a number no record can reach) is refused rather than passed over for the body's version
 * (or to the database, where a number past the integer column is a 500). `*` names no version.
 */
export function expectedVersion(req: FastifyRequest, body: { version?: number | undefined }): number {
  const header = req.headers['if-match'];
  const text = (Array.isArray(header) ? header.join(',') : (header ?? '')).trim();
  if (text && text !== '*') {
    const m = /^(?:W\/)?("?)(\d{1,10})\1$/.exec(text);
    const version = m ? Number(m[2]) : Number.NaN;
    if (!(version >= 1 && version <= MAX_VERSION)) throw badIfMatch();
    return version;
  }
  if (typeof body.version === 'number') return body.version;
  throw versionRequired();
}

export function sendRecord(reply: FastifyReply, rec: { version: number }, status = 200) {
  reply.header('etag', `"${rec.version}"`);
  return reply.code(status).send(rec);
}

export function registerCrud<
  In extends TObject,
  Out extends TObject,
  Q extends TObject,
  Rec extends { id: string; version: number },
>(app: FastifyInstance, db: Db, spec: CrudSpec<In, Out, Q, Rec>) {
  const params = Type.Object({ id: Id() });
  const tags = [spec.tag];
  const stem = spec.operationId;
  // Credentials that are sent may be bad (401); a scope, or a session's CSRF token on a write, may be missing (403).
  const authErrors = (callers: Callers, write: boolean): (401 | 403)[] =>
    callers === 'public' ? [] : write || typeof callers === 'object' ? [401, 403] : [401];
  const readAuth = authErrors(spec.callers.read, false);
  const writeAuth = authErrors(spec.callers.write, true);
  app.get(
    spec.path,
    {
      schema: {
        tags,
        ...operation({
          id: `list${stem}s`,
          summary: `List ${spec.label.toLowerCase()}s`,
          callers: spec.callers.read,
        }),
        querystring: spec.query,
        response: {
          200: Type.Object({ items: Type.Array(spec.output), total: Type.Integer() }),
          ...problems(400, ...readAuth),
        },
      },
    },
    async (req) => spec.list(db, req.query as Static<Q>),
  );
  app.get(
    `${spec.path}/:id`,
    {
      schema: {
        tags,
        ...operation({
          id: `get${stem}`,
          summary: `Read a ${spec.label.toLowerCase()}`,
          callers: spec.callers.read,
        }),
        params,
        response: { 200: spec.output, ...problems(400, ...readAuth, 404) },
      },
    },
    async (req, reply) => sendRecord(reply, await spec.get(db, (req.params as { id: string }).id)),
  );
  app.post(
    spec.path,
    {
      schema: {
        tags,
        ...operation({
          id: `create${stem}`,
          summary: `Create a ${spec.label.toLowerCase()}`,
          callers: spec.callers.write,
        }),
        body: spec.input,
        headers: Type.Object({
          'idempotency-key': Type.Optional(
            Type.String({
              maxLength: 200,
              description:
                'Retries with the same key (and the same body) return the first answer instead of creating again; the same key with another body is refused (422)',
            }),
          ),
        }),
        response: { 201: spec.output, ...problems(400, ...writeAuth, 409, 422) },
      },
    },
    async (req, reply) => {
      const key = req.headers['idempotency-key'];
      const { replay, value: rec } = await onceForKey(
        db,
        typeof key === 'string' ? key : undefined,
        `POST ${spec.path}`,
        req.body,
        (trx) => spec.create(trx, req.body as Static<In>),
      );
      if (replay) reply.header('idempotent-replayed', 'true');
      reply.header('location', `/api${spec.path}/${rec.id}`);
      return sendRecord(reply, rec, 201);
    },
  );
  app.put(
    `${spec.path}/:id`,
    {
      schema: {
        tags,
        ...operation({
          id: `replace${stem}`,
          summary: `Replace a ${spec.label.toLowerCase()} (send the version you read)`,
          callers: spec.callers.write,
        }),
        params,
        body: spec.input,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        response: { 200: spec.output, ...problems(400, ...writeAuth, 404, 409, 412, 422, 428) },
      },
    },
    async (req, reply) => {
      const body = req.body as Static<In> & { version?: number };
      const version = expectedVersion(req, body);
      return sendRecord(reply, await spec.update(db, (req.params as { id: string }).id, version, body));
    },
  );
  app.delete(
    `${spec.path}/:id`,
    {
      schema: {
        tags,
        ...operation({
          id: `delete${stem}`,
          summary: `Delete a ${spec.label.toLowerCase()} (refused while it is in use: deactivate it instead)`,
          callers: spec.callers.write,
        }),
        params,
        response: { 204: Type.Null(), ...problems(400, ...writeAuth, 404, 409) },
      },
    },
    async (req, reply) => {
      await spec.remove(db, (req.params as { id: string }).id);
      return reply.code(204).send();
    },
  );
}
