import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../test/db.js';
import { loadConfig } from '../app/config.js';
import type { Running } from '../app/start.js';
import { logAccess } from '../modules/audit/service.js';
import { serve } from './serve.js';

/** The whole server as `npm start` runs it: migrations, the demo county, the background sealer. */
let running: Running;
let tdb: TestDb | null = null;
const dataDir = mkdtempSync(join(tmpdir(), 'saumaton-start-'));

beforeAll(async () => {
  // On PostgreSQL the server gets its own fresh database; on PGlite its own data directory.
  if (process.env.DATABASE_URL) tdb = await createTestDb();
  running = await serve(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      DATABASE_URL: tdb?.url,
      WEB_DIR: join(dataDir, 'no-web'),
    }),
  );
}, 120_000);
afterAll(async () => {
  await running.stop();
  await tdb?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the running server', () => {
  it('serves the demo county it loaded at first start', async () => {
    const res = await fetch(`${running.url}/api/chains?limit=10`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { total: number }).total).toBeGreaterThanOrEqual(3);
    expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
  });

  it('seals access log entries into the chain in the background', async () => {
    const db = running.handle.db;
    for (let i = 0; i < 3; i++)
      await logAccess(db, {
        actorId: 'u',
        actorRole: 'nurse',
        actorOrg: null,
        clientId: null,
        action: 'search',
        resource: 'client',
        purpose: 'care',
        basis: 'none',
        outcome: 'allow',
        channel: 'rest',
        requestId: `r${i}`,
        details: {},
      });
    let sealed = 0;
    for (let i = 0; i < 100 && sealed < 3; i++) {
      await new Promise((r) => setTimeout(r, 50));
      sealed = Number(
        (
          await sql<{
            n: string;
          }>`select count(seq)::text as n from access_log where request_id in ('r0', 'r1', 'r2')`.execute(db)
        ).rows[0]?.n,
      );
    }
    expect(sealed).toBe(3);
  });
});
