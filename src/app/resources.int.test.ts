import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/http.js';
import { seedDemo } from '../seed/seed.js';

/** Every versioned resource behaves alike over HTTP: list, read, replace, stale replace, errors. */
const RESOURCES = ['producers', 'units', 'services', 'channels', 'contracts', 'packages', 'chains'] as const;

let app: FastifyInstance;
let close: () => Promise<void>;

beforeAll(async () => {
  const t = await createTestApp({ asPlanner: true });
  ({ app, close } = t);
  await seedDemo(t.tdb.db, { seed: 3, region: 'Kanta-Häme' });
});
afterAll(async () => close());

describe.each(RESOURCES)('/api/%s', (resource) => {
  it('lists with paging and a total', async () => {
    const all = (await app.inject(`/api/${resource}?limit=500`)).json();
    expect(all.total).toBeGreaterThan(0);
    expect(all.items).toHaveLength(all.total);
    const page = (await app.inject(`/api/${resource}?limit=1&offset=1`)).json();
    expect(page.items).toHaveLength(all.total > 1 ? 1 : 0);
    if (all.total > 1) expect(page.items[0].id).toBe(all.items[1].id);
  });

  it('refuses a bad query with the parameter named', async () => {
    const res = await app.inject(`/api/${resource}?limit=0`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('querystring:/limit');
    const unknown = await app.inject(`/api/${resource}?colour=blue`);
    expect(unknown.statusCode).toBe(400);
  });

  it('reads, replaces with the version and refuses the stale version', async () => {
    const first = (await app.inject(`/api/${resource}?limit=1`)).json().items[0];
    const read = await app.inject(`/api/${resource}/${first.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe(`"${first.version}"`);
    const { id: _i, createdAt: _c, updatedAt: _u, version, ...body } = read.json();
    const ok = await app.inject({
      method: 'PUT',
      url: `/api/${resource}/${first.id}`,
      payload: body,
      headers: { 'if-match': `"${version}"` },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().version).toBe(version + 1);
    const stale = await app.inject({
      method: 'PUT',
      url: `/api/${resource}/${first.id}`,
      payload: body,
      headers: { 'if-match': `"${version}"` },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('stale-version');
  });

  it('answers 404 for an unknown id on read, replace and delete', async () => {
    expect((await app.inject(`/api/${resource}/missing`)).statusCode).toBe(404);
    const first = (await app.inject(`/api/${resource}?limit=1`)).json().items[0];
    const { id: _i, createdAt: _c, updatedAt: _u, ...body } = first;
    expect(
      (await app.inject({ method: 'PUT', url: `/api/${resource}/missing`, payload: body })).statusCode,
    ).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: `/api/${resource}/missing` })).statusCode).toBe(404);
  });

  it('refuses an empty body and a wrongly typed id', async () => {
    const res = await app.inject({ method: 'POST', url: `/api/${resource}`, payload: {} });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.length).toBeGreaterThan(0);
    const badId = await app.inject(`/api/${resource}/${encodeURIComponent("1' or '1'='1")}`);
    expect(badId.statusCode).toBe(400);
  });

  it('is in the route table with all five operations', () => {
    for (const method of ['GET', 'POST'] as const)
      expect(app.hasRoute({ method, url: `/api/${resource}` })).toBe(true);
    for (const method of ['GET', 'PUT', 'DELETE'] as const)
      expect(app.hasRoute({ method, url: `/api/${resource}/:id` })).toBe(true);
  });
});

describe('deleting', () => {
  it('deletes a channel (nothing refers to it) and refuses a unit with channels', async () => {
    const channel = (await app.inject('/api/channels?limit=1')).json().items[0];
    const unit = await app.inject({ method: 'DELETE', url: `/api/units/${channel.unitId}` });
    expect(unit.statusCode).toBe(409);
    expect(unit.json().detail).toMatch(/Deactivate it instead/);
    expect((await app.inject({ method: 'DELETE', url: `/api/channels/${channel.id}` })).statusCode).toBe(204);
    expect((await app.inject(`/api/channels/${channel.id}`)).statusCode).toBe(404);
  });

  it('refuses to delete a contract already in force', async () => {
    const contract = (await app.inject('/api/contracts?validOn=2026-06-01&limit=1')).json().items[0];
    const res = await app.inject({ method: 'DELETE', url: `/api/contracts/${contract.id}` });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/End it/);
  });

  it('deletes a chain', async () => {
    const chain = (await app.inject('/api/chains?limit=1')).json().items[0];
    expect((await app.inject({ method: 'DELETE', url: `/api/chains/${chain.id}` })).statusCode).toBe(204);
  });
});

describe('code systems and municipalities', () => {
  it('lists the shipped code systems and their concepts', async () => {
    const list = (await app.inject('/api/codesystems')).json().items;
    expect(list.map((c: { oid: string }) => c.oid)).toContain('1.2.246.537.6.128');
    const spat = await app.inject('/api/codesystems/urn:oid:1.2.246.537.6.128');
    expect(spat.statusCode).toBe(200);
    expect(spat.json().concepts.length).toBeGreaterThan(5);
    expect((await app.inject('/api/codesystems/nope')).statusCode).toBe(404);
  });

  it('lists the municipalities of a region in Finnish and Swedish', async () => {
    const res = (await app.inject('/api/municipalities?region=Kanta-H%C3%A4me')).json();
    expect(res.items).toHaveLength(11);
    expect(res.items).toContainEqual(
      expect.objectContaining({ code: '109', name: { fi: 'Hämeenlinna', sv: 'Tavastehus' } }),
    );
  });
});
