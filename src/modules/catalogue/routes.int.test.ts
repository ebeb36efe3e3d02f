import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../../../test/db.js';
import { createTestApp } from '../../../test/http.js';

let app: FastifyInstance;
let close: () => Promise<void>;
let tdb: TestDb;

beforeAll(async () => {
  ({ app, close, tdb } = await createTestApp({ asPlanner: true }));
});
afterAll(async () => close());

const post = (url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, payload: payload as object });
const put = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'PUT', url, payload: payload as object, headers });
const get = (url: string) => app.inject({ method: 'GET', url });

const producerBody = (over: Record<string, unknown> = {}) => ({
  name: 'Hämeen Kotihoito Oy',
  kind: 'private_company',
  businessId: '2606155-7',
  oid: null,
  description: 'Home care and home rehabilitation',
  ...over,
});

const serviceBody = (over: Record<string, unknown> = {}) => ({
  name: { fi: 'Kotihoito', sv: 'Hemvård', en: 'Home care' },
  sector: 'social',
  level: 'basic',
  classification: null,
  deliveryUnit: 'visit',
  unitPrice: 48.5,
  ...over,
});

describe('producers', () => {
  it('creates, reads with ETag, lists with search and filter', async () => {
    const res = await post('/api/producers', producerBody());
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      name: 'Hämeen Kotihoito Oy',
      version: 1,
      active: true,
      businessId: '2606155-7',
    });
    expect(res.headers.location).toBe(`/api/producers/${p.id}`);
    const read = await get(`/api/producers/${p.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    const list = await get('/api/producers?q=kotihoito&kind=private_company');
    expect(list.json().items.map((x: { id: string }) => x.id)).toContain(p.id);
    const none = await get('/api/producers?q=kotihoito&kind=ngo');
    expect(none.json()).toEqual({ items: [], total: 0 });
  });

  it('refuses an invalid business ID, naming the field, and writes nothing', async () => {
    const res = await post(
      '/api/producers',
      producerBody({ businessId: '2606155-8', name: 'Wrong Check Digit Oy' }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body.errors[0].field).toBe('/businessId');
    expect(body.errors[0].message).toMatch(/check digit/);
    const list = await get('/api/producers?q=Wrong%20Check');
    expect(list.json().total).toBe(0);
  });

  it('refuses unknown fields and wrong types with field-level messages', async () => {
    const unknown = await post('/api/producers', producerBody({ nmae: 'typo', businessId: null }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toContainEqual(expect.objectContaining({ field: '/nmae' }));
    const wrongType = await post('/api/producers', producerBody({ name: 42, businessId: null }));
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors).toContainEqual({
      field: '/name',
      message: 'Must be of type string.',
      code: 'schema.type',
    });
    const badKind = await post('/api/producers', producerBody({ kind: 'pharmacy', businessId: null }));
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().errors[0].message).toMatch(/sote_centre/);
  });

  it('refuses a second producer with the same business ID', async () => {
    const res = await post('/api/producers', producerBody({ name: 'Copy' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/already belongs/);
  });

  it('updates with the version read; a stale update gets 412 and changes nothing', async () => {
    const p = (
      await post('/api/producers', producerBody({ businessId: null, name: 'Versioned Ry', kind: 'ngo' }))
    ).json();
    const ok = await put(
      `/api/producers/${p.id}`,
      { ...producerBody({ businessId: null, kind: 'ngo' }), name: 'Versioned Ry 2' },
      { 'if-match': '"1"' },
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(2);
    const stale = await put(`/api/producers/${p.id}`, {
      ...producerBody({ businessId: null, kind: 'ngo' }),
      name: 'Lost',
      version: 1,
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().detail).toMatch(/version 1 but it is now version 2/);
    expect((await get(`/api/producers/${p.id}`)).json().name).toBe('Versioned Ry 2');
    const noVersion = await put(`/api/producers/${p.id}`, producerBody({ businessId: null, kind: 'ngo' }));
    expect(noVersion.statusCode).toBe(428);
  });

  it('of two concurrent updates from the same version exactly one wins', async () => {
    const p = (
      await post('/api/producers', producerBody({ businessId: null, name: 'Race Ry', kind: 'ngo' }))
    ).json();
    const results = await Promise.all(
      ['A', 'B', 'C', 'D'].map((n) =>
        put(`/api/producers/${p.id}`, {
          ...producerBody({ businessId: null, kind: 'ngo' }),
          name: `Race ${n}`,
          version: 1,
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 412, 412, 412]);
    const winner = results.find((r) => r.statusCode === 200)?.json().name;
    expect((await get(`/api/producers/${p.id}`)).json()).toMatchObject({ name: winner, version: 2 });
  });

  it('answers 404 as Problem Details for an unknown id and route', async () => {
    const res = await get('/api/producers/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ status: 404, code: 'not-found' });
    const route = await get('/api/nothing-here');
    expect(route.statusCode).toBe(404);
    expect(route.json().code).toBe('no-route');
  });
});

describe('the catalogue as a whole', () => {
  let producerId: string;
  let serviceId: string;
  let unitId: string;
  let contractId: string;

  it('derives the municipality of a unit from its postal code and validates hours and languages', async () => {
    producerId = (
      await post('/api/producers', producerBody({ businessId: '0100002-9', name: 'Forssan Hoiva Oy' }))
    ).json().id;
    const res = await post('/api/units', {
      producerId,
      name: 'Forssan toimipiste',
      streetAddress: 'Hämeentie 1',
      postalCode: '30100',
      phone: null,
      openingHours: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' }],
      languages: ['fi', 'sv'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().municipalityCode).toBe('061');
    unitId = res.json().id;
    const bad = await post('/api/units', {
      producerId,
      name: 'X',
      streetAddress: 'Y 1',
      postalCode: '00000',
      phone: null,
      openingHours: [{ days: [8], opens: '17:00', closes: '09:00' }],
      languages: ['finnish'],
    });
    expect(bad.statusCode).toBe(400);
    const bad2 = await post('/api/units', {
      producerId,
      name: 'X',
      streetAddress: 'Y 1',
      postalCode: '00000',
      phone: null,
      openingHours: [{ days: [1], opens: '17:00', closes: '09:00' }],
      languages: ['fi'],
    });
    expect(bad2.statusCode).toBe(422);
    const fields = bad2.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['/postalCode', '/openingHours/0/closes']));
  });

  it('validates service prices and classification codes', async () => {
    const negative = await post('/api/services', serviceBody({ unitPrice: -1 }));
    expect(negative.statusCode).toBe(422);
    expect(negative.json().errors).toEqual([
      { field: '/unitPrice', message: 'A price cannot be negative.', code: 'price.negative' },
    ]);
    const fraction = await post('/api/services', serviceBody({ unitPrice: 1.234 }));
    expect(fraction.statusCode).toBe(422);
    const unknownCode = await post(
      '/api/services',
      serviceBody({ classification: { system: 'urn:oid:1.2.246.537.6.128', code: 'NOPE999' } }),
    );
    expect(unknownCode.statusCode).toBe(422);
    expect(unknownCode.json().errors[0].field).toBe('/classification/code');
    const unknownSystem = await post(
      '/api/services',
      serviceBody({ classification: { system: 'urn:oid:9.9.9', code: 'X' } }),
    );
    expect(unknownSystem.json().errors[0].field).toBe('/classification/system');
    const ok = await post('/api/services', serviceBody());
    expect(ok.statusCode).toBe(201);
    expect(ok.json().unitPrice).toBe(48.5);
    serviceId = ok.json().id;
  });

  it('refuses a channel for a service the producer has no contract for', async () => {
    const body = {
      serviceId,
      unitId,
      kind: 'home_visit',
      accessibility: { stepFree: true, hearingLoop: false, signLanguage: false, easyRead: true },
      languages: ['fi'],
      hours: [],
    };
    const res = await post('/api/channels', body);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ field: '/serviceId' });
    expect(res.json().errors[0].message).toMatch(/no valid contract/);
  });

  it('creates a contract, requires every cooperation obligation and refuses overlapping periods', async () => {
    const base = {
      producerId,
      reference: 'KH-2026-001',
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
      qualityCriteria: ['Asiakastyytyväisyys vähintään 4/5'],
      obligations: ['follow_client_plan', 'answer_referrals', 'report_delivered_services'],
      services: [{ serviceId, unitPrice: 47, monthlyCapacity: 400, maxResponseDays: 7 }],
    };
    const missing = await post('/api/contracts', { ...base, obligations: ['answer_referrals'] });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors[0].message).toMatch(/follow_client_plan, report_delivered_services/);
    const badDates = await post('/api/contracts', { ...base, validFrom: '2026-02-30' });
    expect(badDates.statusCode).toBe(422);
    const ok = await post('/api/contracts', base);
    expect(ok.statusCode).toBe(201);
    contractId = ok.json().id;
    const overlap = await post('/api/contracts', {
      ...base,
      reference: 'KH-2027-002',
      validFrom: '2027-06-01',
      validTo: null,
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().errors[0].message).toMatch(/KH-2026-001/);
    const after = await post('/api/contracts', {
      ...base,
      reference: 'KH-2028-003',
      validFrom: '2028-01-01',
      validTo: null,
    });
    expect(after.statusCode).toBe(201);
    const producers = await get(`/api/services/${serviceId}/producers?on=2026-06-01`);
    expect(producers.json().items).toEqual([
      expect.objectContaining({ producerId, reference: 'KH-2026-001', unitPrice: 47, maxResponseDays: 7 }),
    ]);
    expect((await get(`/api/contracts?serviceId=${serviceId}&validOn=2028-02-01`)).json().items).toHaveLength(
      1,
    );
  });

  it('offers the service through a channel once the contract is there', async () => {
    const res = await post('/api/channels', {
      serviceId,
      unitId,
      kind: 'home_visit',
      accessibility: { stepFree: true, hearingLoop: false, signLanguage: false, easyRead: true },
      languages: ['fi'],
      hours: [],
    });
    expect(res.statusCode).toBe(201);
    const dup = await post('/api/channels', {
      ...(res.json() as object),
      id: undefined,
      version: undefined,
      createdAt: undefined,
      updatedAt: undefined,
    });
    expect([400, 409]).toContain(dup.statusCode);
    expect((await get(`/api/channels?unitId=${unitId}&accessible=stepFree`)).json().total).toBe(1);
  });

  it('refuses to delete what is in use and explains how to deactivate instead', async () => {
    const res = await app.inject({ method: 'DELETE', url: `/api/producers/${producerId}` });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/is used by 1 unit\(s\), contract \S+, contract \S+;.*Deactivate/);
    const svc = await app.inject({ method: 'DELETE', url: `/api/services/${serviceId}` });
    expect(svc.statusCode).toBe(409);
    expect(svc.json().detail).toMatch(/contract KH-2026-001/);
    const current = (await get(`/api/producers/${producerId}`)).json();
    const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = current;
    const deactivated = await put(`/api/producers/${producerId}`, { ...rest, active: false });
    expect(deactivated.statusCode).toBe(200);
    expect(
      (await get('/api/producers?active=false')).json().items.map((p: { id: string }) => p.id),
    ).toContain(producerId);
    // a deactivated producer is no longer offered
    const producers = await get(`/api/services/${serviceId}/producers?on=2026-06-01`);
    expect(producers.json().items).toEqual([]);
    expect(contractId).toBeTruthy();
  });

  it('keeps every version in the history', async () => {
    const rows = await tdb.db
      .selectFrom('recordHistory')
      .select(['version', 'data'])
      .where('entity', '=', 'producer')
      .where('entityId', '=', producerId)
      .orderBy('version')
      .execute();
    expect(rows.map((r) => [r.version, r.data.active])).toEqual([
      [1, true],
      [2, false],
    ]);
  });
});

describe('the HTTP edge', () => {
  it('serves health, readiness and the OpenAPI document listing every API route', async () => {
    expect((await get('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await get('/readyz')).json()).toEqual({ status: 'ready' });
    const doc = (await get('/docs/json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/producers',
      '/api/units/{id}',
      '/api/services',
      '/api/channels',
      '/api/contracts',
      '/api/packages',
      '/api/chains/{id}',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
  });

  it('answers malformed JSON and wrong content types with 4xx Problem Details', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/producers',
      payload: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const text = await app.inject({
      method: 'POST',
      url: '/api/producers',
      payload: 'name=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.statusCode).toBe(415);
    const big = await app.inject({
      method: 'POST',
      url: '/api/producers',
      payload: JSON.stringify({ ...producerBody(), description: 'x'.repeat(2_000_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(big.statusCode).toBe(413);
  });
});

describe('idempotent creates', () => {
  it('a retried create with the same Idempotency-Key returns the first record and creates nothing new', async () => {
    const body = serviceBody({ name: { fi: 'Uusinta', sv: 'Upprepning', en: 'Retry' } });
    const headers = { 'idempotency-key': 'retry-1' };
    const results = await Promise.all(
      [1, 2, 3].map(() => app.inject({ method: 'POST', url: '/api/services', payload: body, headers })),
    );
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    const ids = new Set(results.map((r) => r.json().id));
    expect(ids.size).toBe(1);
    expect((await get('/api/services?q=Retry')).json().total).toBe(1);
    const other = await app.inject({
      method: 'POST',
      url: '/api/services',
      payload: body,
      headers: { 'idempotency-key': 'retry-2' },
    });
    expect(other.json().id).not.toEqual([...ids][0]);
  });
  it('a failed create does not burn the key', async () => {
    const headers = { 'idempotency-key': 'retry-3' };
    const bad = await app.inject({
      method: 'POST',
      url: '/api/services',
      payload: serviceBody({ unitPrice: -5 }),
      headers,
    });
    expect(bad.statusCode).toBe(422);
    const good = await app.inject({
      method: 'POST',
      url: '/api/services',
      payload: serviceBody({ name: { fi: 'K3', sv: 'K3', en: 'Key three' } }),
      headers,
    });
    expect(good.statusCode).toBe(201);
  });
});

describe('channel search', () => {
  it('finds channels by service name in any language or by unit name', async () => {
    const sv = (await get('/api/channels?q=hemv%C3%A5rd')).json();
    expect(sv.total).toBe(1);
    expect((await get('/api/channels?q=forssan%20toimipiste')).json().total).toBe(1);
    expect((await get('/api/channels?q=nothing-like-this')).json().total).toBe(0);
  });
});
