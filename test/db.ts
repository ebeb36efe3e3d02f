import { cpSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type DbHandle, openDb } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { adminQuery, databaseUrl, type Template, uniqueName } from './templates.js';

/**
 * A fresh, migrated database of one's own: in-memory PGlite by default, or — when DATABASE_URL
 * is set — a new PostgreSQL database, dropped on close. Both are copies of the run's migrated
 * template (`test/templates.ts`, built once by the db project's globalSetup): PGlite loads the
 * template's data directory, PostgreSQL makes `CREATE DATABASE … TEMPLATE`. Outside a run that
 * built one, the database is migrated from empty.
 */
export interface TestDb extends DbHandle {
  url?: string;
}

/** The migrated template this run built, if any. */
function migratedTemplate(): Template | undefined {
  const t = inject('migratedTemplate') as Template | undefined;
  return t?.db === (process.env.DATABASE_URL ? 'postgres' : 'pglite') ? t : undefined;
}

/** The template's PGlite tarball, read once per test worker. */
let tarball: { path: string; blob: Blob } | undefined;
function pgliteTarball(path: string): Blob {
  if (tarball?.path !== path) tarball = { path, blob: new Blob([readFileSync(path)]) };
  return tarball.blob;
}

export async function createTestDb(): Promise<TestDb> {
  const base = process.env.DATABASE_URL;
  const template = migratedTemplate();
  if (!base) {
    if (template?.db === 'pglite' && template.tarball)
      return openDb({ loadDataDir: pgliteTarball(template.tarball) });
    const handle = await openDb({});
    await migrateToLatest(handle.db);
    return handle;
  }
  const name = uniqueName('saumaton_t');
  await adminQuery(
    base,
    template?.db === 'postgres'
      ? `CREATE DATABASE ${name} TEMPLATE ${template.name}`
      : `CREATE DATABASE ${name}`,
  );
  const url = databaseUrl(base, name);
  const handle = await openDb({ databaseUrl: url, poolSize: 4 });
  if (template?.db !== 'postgres') await migrateToLatest(handle.db);
  return {
    ...handle,
    url,
    async close() {
      await handle.close();
      await adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/**
 * A migrated PGlite data directory of one's own at `dir`, for a process that opens it (the CLI):
 * a copy of the run's migrated template, or outside such a run one migrated from empty.
 */
export async function createTestDataDir(dir: string): Promise<string> {
  const template = inject('migratedTemplate') as Template | undefined;
  if (template?.db === 'pglite') {
    cpSync(template.dir, dir, { recursive: true });
    return dir;
  }
  const handle = await openDb({ dataDir: dir });
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  return dir;
}
