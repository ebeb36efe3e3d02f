/**
 * The tests' database templates: built once per test run (by the projects' vitest globalSetup,
 * `test/setup-db.ts` and `test/e2e/setup.ts`) and copied for every test file, which so gets a
 * database of its own without paying for creating and migrating (and seeding) one.
 *
 * - `migrated`: every migration applied. The db project's databases (`test/db.ts`) start from it.
 * - `demo`: migrated, with the demo county that `saumaton serve` loads into an empty database
 *   (seed 1, Kanta-Häme). The browser tests' servers (`test/e2e/server.ts`) start from it, and
 *   so do the db project's databases of the tests that want the demo county
 *   (`createTestDb({ demo: true })`).
 *
 * On PGlite a template is a data directory under `.tmp/test-db/<kind>-<key>/data`, with a
 * tarball of it beside (`data.tar`, from PGlite's `dumpDataDir`) that an in-memory PGlite loads;
 * the demo one is seeded on a copy of the migrated one. The key is a hash of everything that shapes the database: the server's sources (`src/`
 * but the web app and the tests: migrations, seed and the services the seed writes through),
 * this file, PGlite's version and the day; when one changes the template is built afresh, and
 * the directories of other keys are removed. A copy is only ever made of a finished template: it is
 * built under a temporary name and renamed into place.
 *
 * On PostgreSQL (DATABASE_URL) a template is a database made for this run
 * (`saumaton_tmpl_<kind>_<random>`), closed to connections once built, so that every
 * `CREATE DATABASE … TEMPLATE` can copy it, and dropped when the run ends. It is not kept between
 * runs: other checkouts may share the server, and a run must never drop a template another uses.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/app/config.js';
import { openDb } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemoIfEmpty } from '../src/seed/seed.js';

export type TemplateKind = 'migrated' | 'demo';

/** What a test worker needs to copy a template (handed over with vitest's provide/inject). */
export type Template =
  | {
      db: 'pglite';
      kind: TemplateKind;
      /** The data directory, for a PGlite that opens a copy of it. */
      dir: string;
      /** The data directory as a tarball, for an in-memory PGlite to load. */
      tarball: string;
    }
  | { db: 'postgres'; kind: TemplateKind; name: string };

declare module 'vitest' {
  export interface ProvidedContext {
    migratedTemplate: Template;
    demoTemplate: Template;
  }
}

const root = new URL('..', import.meta.url).pathname;
const cacheDir = join(root, '.tmp/test-db');

/** Only [a-z0-9_]: safe to put in a statement as an identifier. */
export const uniqueName = (prefix: string): string => `${prefix}_${randomBytes(6).toString('hex')}`;

/** Runs one statement on the server's administrative connection (DATABASE_URL's database). */
export async function adminQuery(baseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** DATABASE_URL with another database's name. */
export function databaseUrl(baseUrl: string, name: string): string {
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A hash of the files that shape the templates: when it changes, the PGlite templates are rebuilt.
 * Worked out once per process, so that a run's projects agree on it (even over midnight).
 */
let cachedKey: string | undefined;
export function templateKey(): string {
  cachedKey ??= computeKey();
  return cachedKey;
}

function computeKey(): string {
  const hash = createHash('sha256');
  const src = join(root, 'src');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.startsWith('web/') && !/\.test\.tsx?$/.test(f) && statSync(join(src, f)).isFile())
    .sort();
  for (const f of files)
    hash
      .update(`${f}\0`)
      .update(readFileSync(join(src, f)))
      .update('\0');
  hash.update(readFileSync(new URL(import.meta.url)));
  hash.update(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json')));
  // What the seed writes carries the time it was written (the access log's entries, now() in
  // created_at): a template is never older than a day, for tests that read it as today's.
  hash.update(new Date().toISOString().slice(0, 10));
  return hash.digest('hex').slice(0, 16);
}

/** Migrates the database, and for `demo` loads the demo county as `saumaton serve` would. */
async function fill(kind: TemplateKind, config: { dataDir?: string; databaseUrl?: string }): Promise<void> {
  const handle = await openDb({ ...config, poolSize: 2 });
  try {
    await migrateToLatest(handle.db);
    if (kind === 'demo') {
      const { demoSeed, demoRegion } = loadConfig({});
      await seedDemoIfEmpty(handle.db, { seed: demoSeed, region: demoRegion });
    }
  } finally {
    await handle.close();
  }
}

/** A template left half-built by a run that ended (`.building-<kind>-<key>-<pid>`). */
function abandoned(entry: string): boolean {
  const pid = Number(/^\.building-.*-(\d+)$/.exec(entry)?.[1]);
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * The PGlite template of this kind, built unless one with the current key is there. The demo
 * template starts from a copy of the migrated one.
 */
export async function pgliteTemplate(kind: TemplateKind): Promise<Template> {
  const key = templateKey();
  const dir = join(cacheDir, `${kind}-${key}`);
  const template: Template = {
    db: 'pglite',
    kind,
    dir: join(dir, 'data'),
    tarball: join(dir, 'data.tar'),
  };
  // A template directory is complete once it has its name (see the rename below).
  if (existsSync(dir)) return template;
  const base = kind === 'demo' ? await pgliteTemplate('migrated') : undefined;
  mkdirSync(cacheDir, { recursive: true });
  for (const old of readdirSync(cacheDir))
    if ((old.startsWith(`${kind}-`) && old !== `${kind}-${key}`) || abandoned(old))
      rmSync(join(cacheDir, old), { recursive: true, force: true });
  const building = join(cacheDir, `.building-${kind}-${key}-${process.pid}`);
  const data = join(building, 'data');
  rmSync(building, { recursive: true, force: true });
  try {
    if (base?.db === 'pglite') cpSync(base.dir, data, { recursive: true });
    await fill(kind, { dataDir: data });
    const pglite = new PGlite({ dataDir: data });
    try {
      await pglite.waitReady;
      const dump = await pglite.dumpDataDir('none');
      writeFileSync(join(building, 'data.tar'), Buffer.from(await dump.arrayBuffer()));
    } finally {
      await pglite.close();
    }
    try {
      renameSync(building, dir);
    } catch (e) {
      // Another run finished the same template first: use theirs.
      if (!existsSync(dir)) throw e;
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return template;
}

/** A PostgreSQL template of this kind for this run, and how to drop it at the end. */
export async function postgresTemplate(
  kind: TemplateKind,
  baseUrl: string,
): Promise<{ template: Template; drop(): Promise<void> }> {
  const name = uniqueName(`saumaton_tmpl_${kind}`);
  const drop = () => adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(baseUrl, `CREATE DATABASE ${name}`);
  try {
    await fill(kind, { databaseUrl: databaseUrl(baseUrl, name) });
    // No one connects to a template: a copy cannot be made of a database in use.
    await adminQuery(baseUrl, `ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
  } catch (e) {
    await drop();
    throw e;
  }
  return { template: { db: 'postgres', kind, name }, drop };
}

/** For vitest's globalSetup: builds the templates, provides them to the test files, and drops them after. */
export async function provideTemplates(
  project: TestProject,
  kinds: TemplateKind[],
): Promise<() => Promise<void>> {
  const baseUrl = process.env.DATABASE_URL;
  const drops: (() => Promise<void>)[] = [];
  const dropAll = async () => {
    for (const drop of drops.splice(0)) await drop();
  };
  try {
    for (const kind of kinds) {
      const started = performance.now();
      let template: Template;
      if (baseUrl) {
        const made = await postgresTemplate(kind, baseUrl);
        drops.push(made.drop);
        template = made.template;
      } else template = await pgliteTemplate(kind);
      const where = template.db === 'pglite' ? relative(root, template.dir) : template.name;
      console.log(
        `[templates] ${kind} database ready in ${Math.round(performance.now() - started)} ms: ${where}`,
      );
      project.provide(kind === 'demo' ? 'demoTemplate' : 'migratedTemplate', template);
    }
  } catch (e) {
    await dropAll();
    throw e;
  }
  return dropAll;
}
