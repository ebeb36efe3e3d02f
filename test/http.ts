import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { createTestDb, type TestDb } from './db.js';

/** The real app on a fresh test database, driven through Fastify's inject (no network). */
export async function createTestApp(): Promise<{
  app: FastifyInstance;
  tdb: TestDb;
  close(): Promise<void>;
}> {
  const tdb = await createTestDb();
  const app = await buildApp({ db: tdb.db, logger: false, listen: tdb.listen });
  await app.ready();
  return {
    app,
    tdb,
    async close() {
      await app.close();
      await tdb.close();
    },
  };
}
