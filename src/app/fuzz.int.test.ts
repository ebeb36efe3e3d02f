/**
 * Generated bad input at every route of the OpenAPI document (issue §7 "Hardening": keep the
 * fuzzing). For each operation fast-check builds a valid request from the operation's own
 * schemas (path parameters mostly ids that exist, so handlers run to the end) and then breaks
 * none, one or two parts of it: a value at or past its schema's edge (one past the maximum, a
 * number no integer column holds, text one character too long, a NUL or a lone surrogate), a
 * value of the wrong kind anywhere (unicode, long text, deep nesting, objects, arrays), a missing
 * or unknown field, an unknown query parameter, a body that is no JSON, odd If-Match,
 * Idempotency-Key, Accept-Language and Content-Type headers. Each is sent as an anonymous caller
 * and with the bearer token of a professional, a client, a planner and an administrator. Any 5xx
 * fails the test, naming the route, the seed and the request.
 *
 * Seeded, so a run is repeatable: FUZZ_SEED=<seed> replays a run (the seed is printed with each
 * failure), FUZZ_RUNS=<n> sends more requests per operation, FUZZ_STATS=1 prints the statuses.
 */
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Actors } from '../../test/actors.js';
import type { TestDb } from '../../test/db.js';
import { createTestApp } from '../../test/http.js';
import { seedDemo } from '../seed/seed.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_206);
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const CALLERS = ['anonymous', 'nurse:care-team', 'client:self', 'planner', 'administrator'] as const;

interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minItems?: number;
  maxItems?: number;
}
interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  schema: Schema;
}
interface Operation {
  method: string;
  /** As the document writes it: /api/clients/{id}. */
  path: string;
  parameters: Parameter[];
  body: Schema | undefined;
}

let app: FastifyInstance;
let tdb: TestDb;
let close: () => Promise<void>;
let operations: Operation[] = [];
let components: Record<string, Schema> = {};
const callerHeaders = new Map<string, Record<string, string>>();
/** Ids of records that exist, by the path segment that names their kind (producers, clients, …). */
const idsOf = new Map<string, string[]>();
let allIds: string[] = [];

const TABLES = {
  producers: 'producer',
  units: 'unit',
  services: 'service',
  channels: 'channel',
  contracts: 'contract',
  packages: 'servicePackage',
  chains: 'serviceChain',
  'break-glass': 'breakGlass',
  consents: 'consent',
  relationships: 'careRelationship',
} as const;

beforeAll(async () => {
  ({ app, tdb, close } = await createTestApp());
  await seedDemo(tdb.db, { seed: 1, region: 'Kanta-Häme' });
  const actors = await Actors.on(tdb.db);
  const clients: string[] = [];
  for (const caller of CALLERS) {
    const world = await actors.world(caller);
    callerHeaders.set(caller, world.headers);
    clients.push(world.clientId);
  }
  const nurse = await actors.world('nurse:care-team');
  await actors.breakGlass(nurse.clientId, nurse.userId as string);
  await actors.consent(nurse.clientId, nurse.userId as string, 'health');
  idsOf.set('clients', clients);
  idsOf.set('codesystems', ['spat', 'social-services', 'no-such-code-system']);
  for (const [segment, table] of Object.entries(TABLES)) {
    const rows = await tdb.db.selectFrom(table).select('id').orderBy('id').limit(3).execute();
    idsOf.set(
      segment,
      rows.map((r) => r.id),
    );
  }
  allIds = [...idsOf.values()].flat();

  const doc = app.swagger() as {
    paths: Record<
      string,
      Record<
        string,
        { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }
      >
    >;
    components?: { schemas?: Record<string, Schema> };
  };
  components = doc.components?.schemas ?? {};
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content['application/json']?.schema,
    })),
  );
});
afterAll(async () => close());

// ---------- values ----------

const resolve = (s: Schema): Schema =>
  s.$ref ? (components[s.$ref.replace('#/components/schemas/', '')] ?? {}) : s;
const typesOf = (s: Schema) => [s.type ?? (s.properties ? 'object' : 'string')].flat();

/** Values no schema of the API expects, and some it expects only just. */
const badScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(1e20, -1e20, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, 9.3e18, 1e308, -1, 0, 0.5, 5e-324),
  fc.constantFrom(
    '',
    ' ',
    'null',
    '0',
    '-1',
    '99999999999999999999',
    '1e20',
    'NaN',
    "'); DROP TABLE client; --",
    '<script>alert(1)</script>',
    'before\u0000after',
    'broken \ud800 half',
    'Nimi \u202etxt.exe',
    '../../etc/passwd',
    '%00',
    '2026-02-30',
    '0000-00-00',
    '99999-12-31',
    '9999-12-31T23:59:59Z',
    'ÅÄÖ åäö 🦀 ⁦x⁩',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.nat({ max: 12_000 }).map((n) => 'ä'.repeat(n)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const nested = (depth: number): unknown => (depth <= 0 ? 1 : [nested(depth - 1)]);
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: badScalar },
  fc.constantFrom({}, []),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 55, max: 70 }).map(nested),
  fc.array(badScalar, { maxLength: 30 }),
  fc.dictionary(fc.string({ maxLength: 10 }), badScalar, { maxKeys: 5 }),
);

/**
 * Values at and past the edges of a schema: one past its bounds, numbers no integer column
 * holds, text one character too long or that cannot be stored, one item too many.
 */
function edgeValues(schema: Schema): unknown[] {
  const s = resolve(schema);
  const types = typesOf(s);
  const values: unknown[] = [];
  if (types.includes('integer') || types.includes('number'))
    values.push(
      (s.maximum ?? 2 ** 31 - 1) + 1,
      (s.minimum ?? -(2 ** 31)) - 1,
      1e20,
      -1e20,
      2 ** 31,
      2 ** 53 + 1,
      9.3e18,
      1.5,
      '99999999999999999999',
    );
  if (types.includes('string'))
    values.push('x'.repeat((s.maxLength ?? 10_000) + 1), '', 'a\u0000b', 'a\ud800b', '99999999999999999999');
  if (types.includes('array'))
    values.push(
      Array.from({ length: (s.maxItems ?? 100) + 1 }, () => 'x'),
      [],
    );
  if (types.includes('object')) values.push({}, []);
  return values.length ? values : [null];
}

const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const realDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** Known ids that fit, as an arbitrary to mix in (none fit: none mixed in). */
function known(fits: (id: string) => boolean): fc.Arbitrary<unknown>[] {
  const ids = allIds.filter(fits);
  return ids.length ? [fc.constantFrom(...ids)] : [];
}

/** A value the schema accepts (or nearly: patterns and formats are followed, not every rule of the service). */
function valid(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => valid(a, depth)));
  if (s.allOf?.[0]) return valid(s.allOf[0], depth);
  const types = typesOf(s);
  if (types.length > 1) return fc.oneof(...types.map((type) => valid({ ...s, type }, depth)));
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? 40, 40));
  switch (types[0]) {
    case 'string': {
      if (s.format === 'date-time') return realDate;
      if (s.format === 'email') return fc.emailAddress().filter((e) => e.length <= (s.maxLength ?? 200));
      if (s.pattern === ISO_DATE)
        return fc.oneof(
          realDate.map((d) => d.slice(0, 10)),
          fc.constant('2026-01-15'),
        );
      if (!s.pattern)
        return fc.oneof(
          fc.string({ minLength: min, maxLength: max }),
          ...known((id) => id.length >= min && id.length <= (s.maxLength ?? 10_000)),
        );
      const pattern = new RegExp(s.pattern);
      const fits = (v: string) => pattern.test(v) && v.length >= min && v.length <= (s.maxLength ?? 10_000);
      // a generated match that is too long is cut to size (and dropped if that breaks the pattern)
      const matching = fc
        .stringMatching(pattern)
        .map((v) => (v.length > max && pattern.test(v.slice(0, max)) ? v.slice(0, max) : v))
        .filter(fits);
      return fc.oneof(matching, ...known(fits));
    }
    case 'integer':
      return fc.integer({
        min: Math.max(s.minimum ?? -1_000_000, -(2 ** 31)),
        max: Math.min(s.maximum ?? 1_000_000, 2 ** 31 - 1),
      });
    case 'number': {
      const [lo, hi] = [s.minimum ?? -1_000_000, s.maximum ?? 1_000_000];
      return fc.oneof(
        fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }),
        fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true }),
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      if (depth > 6) return fc.constant([]);
      return fc.array(valid(s.items ?? {}, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 3, 3)),
      });
    case 'object': {
      if (depth > 6 || !s.properties) return fc.constant({});
      const props = Object.fromEntries(
        Object.entries(s.properties).map(([k, v]) => [k, valid(v, depth + 1)]),
      );
      return fc.record(props, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

type Path = (string | number)[];

/** Every place in a value where another value could go, the value itself included. */
function placesIn(value: unknown, at: Path = []): Path[] {
  const inner =
    value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => placesIn(v, [...at, Array.isArray(value) ? Number(k) : k]))
      : [];
  return [at, ...inner];
}

const valueAt = (value: unknown, at: Path): unknown =>
  at.reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], value);

/** The value with the place `at` set to `by` (or removed). */
function replaced(value: unknown, at: Path, by: unknown, remove = false): unknown {
  if (at.length === 0) return by;
  const [head, ...rest] = at as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  if (rest.length === 0 && remove) delete copy[head];
  else copy[head] = replaced(copy[head], rest, by, remove);
  return copy;
}

/** The branch of a schema a value took (of an anyOf, the one of the value's type). */
function branch(schema: Schema, value: unknown): Schema {
  const s = resolve(schema);
  const alternatives = s.anyOf ?? s.oneOf;
  if (!alternatives) return s;
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const fits = (a: Schema) =>
    typesOf(resolve(a)).some((t) => t === kind || (kind === 'number' && t === 'integer'));
  return resolve(alternatives.find(fits) ?? alternatives[0] ?? {});
}

/** The schema of the place `at` of a value made from `schema`. */
function schemaAt(schema: Schema, value: unknown, at: Path): Schema {
  let s = branch(schema, value);
  let v = value;
  for (const k of at) {
    s = typeof k === 'number' ? (s.items ?? {}) : (s.properties?.[k] ?? {});
    v = (v as Record<string | number, unknown>)[k];
    s = branch(s, v);
  }
  return s;
}

/** Bodies that are no JSON value of any schema. */
const RAW_BODIES = [
  '',
  ' ',
  '{',
  '}',
  'null',
  '[]',
  '"text"',
  '1e999',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}',
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
  '\ufeff{}',
  '{"a":1,"a":2}',
];

/** If-Match values at the edge: no version a record has, or not one version. */
const EDGE_IF_MATCH = [
  '"99999999999999999999"',
  '"2147483648"',
  '"0"',
  '"-1"',
  '*',
  '"1", "2"',
  'garbage',
  '',
];

/** Odd values of the headers the API reads. */
const BAD_HEADERS: Record<string, fc.Arbitrary<string>> = {
  'if-match': fc.constantFrom('"2"', 'W/"1"', ...EDGE_IF_MATCH),
  'idempotency-key': fc.oneof(
    fc.constantFrom('k1', 'k2', '', ' '),
    fc.nat(400).map((n) => 'k'.repeat(n)),
  ),
  'accept-language': fc.constantFrom('fi', 'sv-FI', 'en;q=0, fi;q=0', '*', 'xx', 'fi;q=abc', ''),
  'content-type': fc.constantFrom(
    'application/json; charset=utf-8',
    'text/plain',
    'application/x-www-form-urlencoded',
    'application/json; charset=latin1',
    'multipart/form-data; boundary=x',
  ),
};

// ---------- requests ----------

/** What is wrong with a request: one part of an otherwise valid one. */
type Mutation =
  | { kind: 'edge' | 'bad'; part: 'path' | 'query' | 'body'; n: number; m: number; value: unknown }
  | { kind: 'remove field' | 'unknown field'; n: number; value: unknown }
  | { kind: 'unknown query'; name: string; value: unknown }
  | { kind: 'raw body'; body: string }
  | { kind: 'header'; name: string; value: string };

const part = (weights: [number, number, number]) =>
  fc.oneof(
    { weight: weights[0], arbitrary: fc.constant('path' as const) },
    { weight: weights[1], arbitrary: fc.constant('query' as const) },
    { weight: weights[2], arbitrary: fc.constant('body' as const) },
  );
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edge' as const),
      part: part([1, 2, 4]),
      n: fc.nat(),
      m: fc.nat(),
      value: fc.constant(null),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('bad' as const),
      part: part([1, 1, 2]),
      n: fc.nat(),
      m: fc.nat(),
      value: badValue,
    }),
  },
  fc.record({
    kind: fc.constantFrom('remove field' as const, 'unknown field' as const),
    n: fc.nat(),
    value: badValue,
  }),
  fc.record({
    kind: fc.constant('unknown query' as const),
    name: fc.string({ maxLength: 8 }),
    value: badValue,
  }),
  fc.record({ kind: fc.constant('raw body' as const), body: fc.constantFrom(...RAW_BODIES) }),
  {
    weight: 2,
    arbitrary: fc.constantFrom(...Object.keys(BAD_HEADERS)).chain((name) =>
      (BAD_HEADERS[name] as fc.Arbitrary<string>).map((value) => ({
        kind: 'header' as const,
        name,
        value,
      })),
    ),
  },
);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** A URL part; a lone surrogate has no UTF-8, so it goes as the bytes it would have had. */
const encode = (v: string) =>
  v
    .split(LONE_SURROGATE)
    .map((p) => encodeURIComponent(p))
    .join('%ED%A0%80');
const asText = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));
const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(list.length, 1)];

/** One generated request; shown shortened when fast-check reports it. */
class Request {
  constructor(
    readonly caller: string,
    readonly method: string,
    readonly url: string,
    readonly headers: Record<string, string>,
    readonly payload: string | undefined,
  ) {}
  inject(): InjectOptions {
    return {
      method: this.method as 'GET',
      url: this.url,
      headers: { ...callerHeaders.get(this.caller), ...this.headers },
      ...(this.payload === undefined ? {} : { payload: this.payload }),
    };
  }
  [fc.toStringMethod]() {
    const short = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}… (${s.length} characters)` : s);
    return `${this.caller}: ${this.method} ${short(this.url)} ${JSON.stringify(this.headers)} ${short(this.payload ?? '')}`;
  }
}

/** A path parameter: mostly an id of the kind the path names (the segment before it), else anything valid. */
function pathParam(op: Operation, p: Parameter) {
  const segment = op.path.split(`/{${p.name}}`)[0]?.split('/').pop() ?? '';
  const ids = idsOf.get(segment) ?? [];
  return fc.oneof(
    ...(ids.length ? [{ weight: 6, arbitrary: fc.constantFrom(...ids) }] : []),
    { weight: 1, arbitrary: fc.constantFrom(...allIds) },
    { weight: 1, arbitrary: valid(p.schema).map(asText) },
  );
}

/**
 * A request to an operation: valid parameters and body, the headers a client sends (the version
 * read, an idempotency key), and none, one or two mutations.
 */
function requestFor(op: Operation): fc.Arbitrary<Request> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  return fc
    .record({
      caller: fc.constantFrom(...CALLERS),
      path: fc.tuple(...pathParams.map((p) => pathParam(op, p))),
      query: fc.tuple(...queryParams.map((p) => fc.option(valid(p.schema).map(asText), { nil: undefined }))),
      body: op.body ? valid(op.body) : fc.constant(undefined),
      version: fc.option(
        fc.oneof({ weight: 4, arbitrary: fc.constantFrom('"1"', '"2"') }, fc.constantFrom(...EDGE_IF_MATCH)),
        { nil: undefined },
      ),
      idempotencyKey: fc.option(fc.constantFrom('k1', 'k2', 'k3'), { nil: undefined, freq: 3 }),
      mutations: fc.array(mutation, { maxLength: 2 }),
    })
    .map((r) => {
      const path = [...r.path];
      const query = queryParams.map((p, i) => [p.name, r.query[i]] as [string, string | undefined]);
      let body: unknown = r.body;
      let raw: string | undefined;
      const headers: Record<string, string> = {};
      if (op.method === 'PUT' && r.version) headers['if-match'] = r.version;
      if (op.method === 'POST' && r.idempotencyKey) headers['idempotency-key'] = r.idempotencyKey;
      for (const m of r.mutations)
        switch (m.kind) {
          case 'edge':
          case 'bad': {
            if (m.part === 'body' && op.body) {
              const at = pick(placesIn(body), m.n) as Path;
              const value = m.kind === 'edge' ? pick(edgeValues(schemaAt(op.body, body, at)), m.m) : m.value;
              body = replaced(body, at, value);
            } else if (m.part === 'query' && query.length) {
              const i = m.n % query.length;
              const schema = queryParams[i]?.schema ?? {};
              (query[i] as [string, string | undefined])[1] = asText(
                m.kind === 'edge' ? pick(edgeValues(schema), m.m) : m.value,
              );
            } else if (m.part === 'path' && path.length) {
              const i = m.n % path.length;
              const schema = pathParams[i]?.schema ?? {};
              path[i] = asText(m.kind === 'edge' ? pick(edgeValues(schema), m.m) : m.value);
            }
            break;
          }
          case 'remove field': {
            const places = placesIn(body).filter((p) => p.length > 0);
            if (places.length) body = replaced(body, pick(places, m.n) as Path, undefined, true);
            break;
          }
          case 'unknown field': {
            const objects = placesIn(body).filter((p) => {
              const v = valueAt(body, p);
              return v !== null && typeof v === 'object' && !Array.isArray(v);
            });
            const at = pick(objects, m.n);
            body = at ? replaced(body, [...at, '__fuzz'], m.value) : m.value;
            break;
          }
          case 'unknown query':
            query.push([m.name, asText(m.value)]);
            break;
          case 'raw body':
            raw = m.body;
            break;
          case 'header':
            headers[m.name] = m.value;
            break;
        }
      const payload = raw ?? (body === undefined ? undefined : (JSON.stringify(body) ?? 'null'));
      if (payload !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
      let i = 0;
      const url = op.path.replace(/\{\w+\}/g, () => encode(path[i++] ?? ''));
      const search = query
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${encode(k)}=${encode(v as string)}`)
        .join('&');
      return new Request(r.caller, op.method, search ? `${url}?${search}` : url, headers, payload);
    });
}

describe('generated bad input at every route of the OpenAPI document', () => {
  it('never gets a 5xx, as anyone', async () => {
    expect(operations.length).toBeGreaterThan(70);
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    for (const [n, op] of operations.entries()) {
      const seed = SEED + n;
      try {
        await fc.assert(
          fc.asyncProperty(requestFor(op), async (req) => {
            const res = await app.inject(req.inject());
            statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
            if (res.statusCode >= 500) throw new Error(`${res.statusCode} ${res.body.slice(0, 500)}`);
          }),
          { seed, numRuns: RUNS },
        );
      } catch (e) {
        failures.push(
          `${op.method} ${op.path} (FUZZ_SEED=${SEED}; this operation's seed ${seed}): ${(e as Error).message}`,
        );
        console.error(failures.at(-1));
      }
    }
    if (process.env.FUZZ_STATS) console.log(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)));
    expect(failures, failures.join('\n\n')).toEqual([]);
  }, 180_000);
});
