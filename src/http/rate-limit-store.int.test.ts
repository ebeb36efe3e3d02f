import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../test/db.js';
import { type DbHandle, openDb } from '../db/connection.js';
import { databaseRateLimitStore } from './rate-limit-store.js';

/**
 * Rate limits kept in the database: two servers (two connection pools on PostgreSQL, as two
 * processes have) count one client's attempts together.
 */
let tdb: TestDb;
let other: DbHandle;
const apps: FastifyInstance[] = [];

async function server(handle: DbHandle, timeWindow = 60_000, key = 'client-1') {
  const app = Fastify();
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(handle.db) });
  const limited = { config: { rateLimit: { max: 3, timeWindow, keyGenerator: () => key } } };
  app.post('/login', limited, async () => ({ ok: true }));
  app.post('/token', limited, async () => ({ ok: true }));
  await app.ready();
  apps.push(app);
  return app;
}

beforeAll(async () => {
  tdb = await createTestDb();
  // On PGlite, one process's database: the second server shares the handle.
  other = tdb.url ? await openDb({ databaseUrl: tdb.url, poolSize: 2 }) : tdb;
});
afterAll(async () => {
  for (const app of apps) await app.close();
  if (other !== tdb) await other.close();
  await tdb.close();
});

describe('the database rate-limit store', () => {
  it('counts attempts across servers: the fourth of three allowed is refused on either', async () => {
    const a = await server(tdb);
    const b = await server(other);
    const statuses = [];
    for (const app of [a, b, a, b, a])
      statuses.push((await app.inject({ method: 'POST', url: '/login' })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await b.inject({ method: 'POST', url: '/login' });
    expect(refused.headers['x-ratelimit-remaining']).toBe('0');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another route's limit is its own.
    expect((await b.inject({ method: 'POST', url: '/token' })).statusCode).toBe(200);
  });

  it('keeps no client key in the clear', async () => {
    const keys = await tdb.db.selectFrom('rateLimitHit').select('key').execute();
    expect(keys.length).toBeGreaterThan(0);
    for (const { key } of keys) expect(key).not.toContain('client-1');
  });

  it('starts a new window once the old one has ended', async () => {
    const a = await server(tdb, 2000, 'client-2');
    const b = await server(other, 2000, 'client-2');
    for (const app of [a, b, a])
      expect((await app.inject({ method: 'POST', url: '/login' })).statusCode).toBe(200);
    expect((await b.inject({ method: 'POST', url: '/login' })).statusCode).toBe(429);
    let status = 429;
    for (let i = 0; i < 100 && status === 429; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await a.inject({ method: 'POST', url: '/login' })).statusCode;
    }
    expect(status).toBe(200);
  });

  it('refuses the options it does not count (it counts fixed windows)', async () => {
    for (const extra of [{ continueExceeding: true }, { exponentialBackoff: true }]) {
      const app = Fastify();
      // (Not expect(…).rejects: a Fastify instance that did start cannot be printed.)
      const refused = await app
        .register(rateLimit, { store: databaseRateLimitStore(tdb.db), ...extra })
        .ready()
        .then(
          () => null,
          (e: Error) => e.message,
        );
      expect(refused).toMatch(/counts fixed windows/);
      await app.close().catch(() => undefined);
    }
  });
});
