import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../../test/db.js';
import { createTestApp } from '../../test/http.js';
import { openDb } from '../db/connection.js';
import { updateService } from '../modules/catalogue/service.js';
import { seedDemo } from '../seed/seed.js';
import { buildApp } from './app.js';

let app: FastifyInstance;
let tdb: TestDb;
let close: () => Promise<void>;
let planner: { authorization: string };

beforeAll(async () => {
  ({ app, tdb, close, planner } = await createTestApp({ asPlanner: true }));
  await seedDemo(tdb.db, { seed: 2, region: 'Kanta-Häme' });
});
afterAll(async () => close());

async function eventually(check: () => Promise<boolean>) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

describe('catalogue read cache', () => {
  it('answers a repeated read from the cache and never serves a value older than a write it saw', async () => {
    const first = (await app.inject('/api/services?limit=1')).json().items[0];
    const url = `/api/services/${first.id}`;
    await app.inject(url);
    const hit = await app.inject(url);
    expect(hit.headers['x-cache']).toBe('hit');
    expect(hit.headers.etag).toBe(`"${first.version}"`);
    const { id: _i, createdAt: _c, updatedAt: _u, ...body } = hit.json();
    const put = await app.inject({ method: 'PUT', url, payload: { ...body, unitPrice: 99.5 } });
    expect(put.statusCode).toBe(200);
    const after = await app.inject(url);
    expect(after.headers['x-cache']).toBeUndefined();
    expect(after.json().unitPrice).toBe(99.5);
    expect(after.headers.etag).toBe(`"${first.version + 1}"`);
  });

  it('hears of a change made outside this server (another process, the CLI) through the database', async () => {
    const first = (await app.inject('/api/services?limit=1')).json().items[0];
    const url = `/api/services/${first.id}`;
    await app.inject(url);
    expect((await app.inject(url)).headers['x-cache']).toBe('hit');
    const { id, version, createdAt: _c, updatedAt: _u, ...rest } = first;
    await updateService(tdb.db, id, version, { ...rest, unitPrice: 12.25 });
    expect(await eventually(async () => (await app.inject(url)).json().unitPrice === 12.25)).toBe(true);
  });

  it.runIf(process.env.DATABASE_URL)(
    "two server processes on one PostgreSQL see each other's writes",
    async () => {
      const other = await openDb({ databaseUrl: tdb.url, poolSize: 2 });
      const second = await buildApp({ db: other.db, listen: other.listen });
      try {
        const first = (await app.inject('/api/producers?limit=1')).json().items[0];
        const url = `/api/producers/${first.id}`;
        await second.inject(url);
        expect((await second.inject(url)).headers['x-cache']).toBe('hit');
        const { id: _i, createdAt: _c, updatedAt: _u, ...body } = first;
        const put = await app.inject({
          method: 'PUT',
          url,
          payload: { ...body, description: 'changed on the first server' },
        });
        expect(put.statusCode).toBe(200);
        expect(
          await eventually(
            async () => (await second.inject(url)).json().description === 'changed on the first server',
          ),
        ).toBe(true);
        // and a stale write through the second server is refused by the database, cache or not
        const stale = await second.inject({
          method: 'PUT',
          url,
          headers: planner,
          payload: { ...body, description: 'stale' },
        });
        expect(stale.statusCode).toBe(412);
      } finally {
        await second.close();
        await other.close();
      }
    },
  );

  it('does not cache failed reads, and can be turned off', async () => {
    await app.inject('/api/services/missing');
    expect((await app.inject('/api/services/missing')).statusCode).toBe(404);
    const plain = await buildApp({ db: tdb.db, readCache: false });
    const first = (await plain.inject('/api/producers?limit=1')).json().items[0];
    await plain.inject(`/api/producers/${first.id}`);
    expect((await plain.inject(`/api/producers/${first.id}`)).headers['x-cache']).toBeUndefined();
    await plain.close();
  });
});
