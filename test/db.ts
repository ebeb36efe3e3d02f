import { cpSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type DbHandle, openDb } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/seed/seed.js';
import { adminQuery, databaseUrl, type Template, type TemplateKind, uniqueName } from './templates.js';

/**
 * A fresh, migrated database of one's own: in-memory PGlite by default, or — when DATABASE_URL
 * is set — a new PostgreSQL database, dropped on close. Both are copies of one of the run's
 * templates (`test/templates.ts`, built once by the db project's globalSetup): PGlite loads the
 * template's data directory, PostgreSQL makes `CREATE DATABASE … TEMPLATE`. Outside a run that
 * built one, the database is migrated (and seeded) from empty.
 */
export interface TestDb extends DbHandle {
  url?: string;
}

export interface TestDbOptions {
  /** With the demo county, as `seedDemo(db, { seed: 1, region: 'Kanta-Häme' })` loads it. */
  demo?: boolean;
}

/** The template of this kind that this run built, if any. */
function templateOf(kind: TemplateKind): Template | undefined {
  const t = inject(kind === 'demo' ? 'demoTemplate' : 'migratedTemplate') as Template | undefined;
  return t?.db === (process.env.DATABASE_URL ? 'postgres' : 'pglite') ? t : undefined;
}

/** The templates' PGlite tarballs, each read once per test worker. */
const tarballs = new Map<string, Blob>();
function pgliteTarball(path: string): Blob {
  let blob = tarballs.get(path);
  if (!blob) {
    blob = new Blob([readFileSync(path)]);
    tarballs.set(path, blob);
  }
  return blob;
}

/** What the template would have given: the migrations, and the demo county if asked. */
async function fillFromEmpty(handle: DbHandle, opts: TestDbOptions): Promise<void> {
  await migrateToLatest(handle.db);
  if (opts.demo) await seedDemo(handle.db, { seed: 1, region: 'Kanta-Häme' });
}

export async function createTestDb(opts: TestDbOptions = {}): Promise<TestDb> {
  const base = process.env.DATABASE_URL;
  const template = templateOf(opts.demo ? 'demo' : 'migrated');
  if (!base) {
    if (template?.db === 'pglite') return openDb({ loadDataDir: pgliteTarball(template.tarball) });
    const handle = await openDb({});
    await fillFromEmpty(handle, opts);
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
  if (template?.db !== 'postgres') await fillFromEmpty(handle, opts);
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
  const template = templateOf('migrated');
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
