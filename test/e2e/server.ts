/**
 * The real server for browser tests, in-process, on a database of its own with the demo county:
 * a copy of the run's demo template (test/templates.ts, built once by the e2e projects'
 * globalSetup): a new PGlite directory, or, when DATABASE_URL is set, a new PostgreSQL database
 * created from the template and dropped after. The server migrates and seeds it as at every
 * start, which finds nothing left to do. Outside a run that built the template, the server
 * migrates and seeds an empty database itself.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { loadConfig } from '../../src/app/config.js';
import { serve } from '../../src/cli/serve.js';
import { adminQuery, type Template, uniqueName, databaseUrl as withDatabase } from '../templates.js';

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const config0 = loadConfig({});
  if (!existsSync(join(config0.webDir, 'index.html')))
    throw new Error(`No web build at ${config0.webDir}: run "npx vite build" (npm test does it for you).`);

  const tmp = mkdtempSync(join(tmpdir(), 'saumaton-e2e-'));
  const dataDir = join(tmp, 'data');
  const baseUrl = process.env.DATABASE_URL;
  const template = inject('demoTemplate') as Template | undefined;
  let databaseUrl: string | undefined;
  let dbName: string | undefined;
  if (baseUrl) {
    dbName = uniqueName('e2e');
    await adminQuery(
      baseUrl,
      template?.db === 'postgres'
        ? `CREATE DATABASE ${dbName} TEMPLATE ${template.name}`
        : `CREATE DATABASE ${dbName}`,
    );
    databaseUrl = withDatabase(baseUrl, dbName);
  } else if (template?.db === 'pglite') {
    cpSync(template.dir, dataDir, { recursive: true });
  }
  const cleanup = async () => {
    if (baseUrl && dbName) await adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    rmSync(tmp, { recursive: true, force: true });
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
