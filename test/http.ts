import type { FastifyInstance, InjectOptions } from 'fastify';
import { type AppOptions, buildApp } from '../src/app/app.js';
import { allowedScopes } from '../src/modules/auth/model.js';
import { DEMO_ISSUER, issueToken } from '../src/modules/auth/tokens.js';
import { createTestDb, type TestDb } from './db.js';

export interface TestAppOptions {
  /**
   * Send every request as the organizer's planner unless the test names its own credentials.
   * For tests of the catalogue's behaviour; who may write it is the access matrix's business.
   */
  asPlanner?: boolean;
  /** Start with the demo county (seed 1, Kanta-Häme): a copy of the run's demo template. */
  demo?: boolean;
  app?: Partial<AppOptions>;
}

/** The real app on a fresh test database, driven through Fastify's inject (no network). */
export async function createTestApp(opts: TestAppOptions = {}): Promise<{
  app: FastifyInstance;
  tdb: TestDb;
  /** Authorization header of the test planner (exists when asPlanner). */
  planner: { authorization: string };
  close(): Promise<void>;
}> {
  const tdb = await createTestDb({ demo: opts.demo ?? false });
  const app = await buildApp({ db: tdb.db, logger: false, listen: tdb.listen, ...opts.app });
  await app.ready();
  let planner = { authorization: '' };
  if (opts.asPlanner) {
    await tdb.db
      .insertInto('userAccount')
      .values({
        id: 'test-planner',
        kind: 'organizer',
        displayName: 'Test Planner',
        registers: '[]',
        organizerRole: 'planner',
        issuer: DEMO_ISSUER,
        subject: 'test-planner',
      })
      .execute();
    const { accessToken } = await issueToken(tdb.db, 'test-planner', allowedScopes('organizer', 'planner'));
    planner = { authorization: `Bearer ${accessToken}` };
    const inject = app.inject.bind(app);
    const withPlanner = (o: InjectOptions | string): InjectOptions | string =>
      typeof o === 'string' || o.headers?.authorization !== undefined
        ? o
        : { ...o, headers: { ...o.headers, ...planner } };
    app.inject = ((o?: InjectOptions | string) =>
      o === undefined ? inject() : inject(withPlanner(o))) as typeof app.inject;
  }
  return {
    app,
    tdb,
    planner,
    async close() {
      await app.close();
      await tdb.close();
    },
  };
}
