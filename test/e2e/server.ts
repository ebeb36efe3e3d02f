/**
 * The real server for browser tests, in-process, on a fresh database: a new PGlite directory,
 * or, when DATABASE_URL is set, a new PostgreSQL database created for the run and dropped after.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/app/config.js';
import { serve } from '../../src/cli/serve.js';

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

async function adminQuery(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function startTestServer(): Promise<TestServer> {
  const config0 = loadConfig({});
  if (!existsSync(join(config0.webDir, 'index.html')))
    throw new Error(`No web build at ${config0.webDir}: run "npx vite build" (npm test does it for you).`);

  const dataDir = mkdtempSync(join(tmpdir(), 'saumaton-e2e-'));
  const baseUrl = process.env.DATABASE_URL;
  let databaseUrl: string | undefined;
  let dbName: string | undefined;
  if (baseUrl) {
    // Only [a-z0-9_]: safe to put in the statement as an identifier.
    dbName = `e2e_${randomBytes(6).toString('hex')}`;
    await adminQuery(baseUrl, `CREATE DATABASE ${dbName}`);
    const u = new URL(baseUrl);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  const cleanup = async () => {
    if (baseUrl && dbName) await adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const running = await serve(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        SEED_DEMO: 'true',
        LOG_LEVEL: 'warn',
        DATABASE_URL: databaseUrl,
      }),
    );
    return {
      url: running.url,
      async stop() {
        try {
          await running.stop();
        } finally {
          await cleanup();
        }
      },
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

/** GET a JSON resource from the API, for test set-up that a user would not do by hand. */
export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
