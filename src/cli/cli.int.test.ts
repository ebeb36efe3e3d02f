import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDataDir, createTestDb, type TestDb } from '../../test/db.js';

/** The saumaton command as a user runs it: a real process against PGlite or PostgreSQL. */
const root = new URL('../..', import.meta.url).pathname;
const dirs: string[] = [];
const dbs: TestDb[] = [];
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  for (const d of dbs) await d.close();
});

function tmp() {
  const d = mkdtempSync(join(tmpdir(), 'saumaton-cli-'));
  dirs.push(d);
  return d;
}

/**
 * A fresh, migrated database for one CLI run, with nothing in it: a PGlite directory, or a new
 * PostgreSQL database (both copies of the run's migrated template). `migrate` on an empty
 * directory is the lock test's.
 */
async function freshEnv(): Promise<Record<string, string>> {
  if (!process.env.DATABASE_URL) return { DATA_DIR: await createTestDataDir(join(tmp(), 'data')) };
  const t = await createTestDb();
  dbs.push(t);
  return { DATABASE_URL: t.url as string };
}

/**
 * Runs the command without blocking this test worker: a synchronous child process would stop the
 * worker from answering vitest's own messages, which time out after 60 s on a busy machine.
 */
function cli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: '', ...env },
        encoding: 'utf8',
        timeout: 120_000,
        maxBuffer: 256 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, out: stdout, err: stderr });
      },
    );
  });
}

// Each test starts real processes one after another, each on its own database: the tests run
// side by side (`concurrent`), so that this file, the db project's longest, does not finish
// alone on one core. Slow on a busy 2-core machine, hence the generous timeout.
const slow = { timeout: 300_000, concurrent: true };

describe('saumaton CLI', slow, () => {
  it('prints help and refuses unknown commands', async () => {
    expect((await cli(['--help'], {})).out).toMatch(/catalogue import FILE/);
    const r = await cli(['frobnicate'], { DATA_DIR: tmp() });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Unknown command "frobnicate"/);
  });

  it('the same seed builds the same county, byte for byte', async () => {
    const out = tmp();
    for (const n of [1, 2]) {
      const env = await freshEnv();
      const seeded = await cli(['seed', '--seed', '5'], env);
      expect(seeded.code, seeded.err).toBe(0);
      expect(seeded.out).toMatch(/Demo county \(Kanta-Häme, seed 5\): \d+ created/);
      const exported = await cli(['catalogue', 'export', join(out, `c${n}.json`)], env);
      expect(exported.code, exported.err).toBe(0);
    }
    const a = readFileSync(join(out, 'c1.json'), 'utf8');
    expect(a).toBe(readFileSync(join(out, 'c2.json'), 'utf8'));
    expect(JSON.parse(a).chains.length).toBeGreaterThanOrEqual(3);
  });

  it('imports an exported catalogue into an empty database, and refuses a broken file whole', async () => {
    const out = tmp();
    const source = await freshEnv();
    expect((await cli(['seed', '--seed', '6'], source)).code).toBe(0);
    expect((await cli(['catalogue', 'export', join(out, 'c.json')], source)).code).toBe(0);
    const target = await freshEnv();
    const doc = JSON.parse(readFileSync(join(out, 'c.json'), 'utf8'));
    doc.services[0].unitPrice = -3;
    writeFileSync(join(out, 'broken.json'), JSON.stringify(doc));
    const refused = await cli(['catalogue', 'import', join(out, 'broken.json')], target);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/\/services\/0\/unitPrice: A price cannot be negative/);
    const empty = await cli(['catalogue', 'export'], target);
    expect(JSON.parse(empty.out).services).toEqual([]);
    const ok = await cli(['catalogue', 'import', join(out, 'c.json')], target);
    expect(ok.code, ok.err).toBe(0);
    expect((await cli(['catalogue', 'export'], target)).out).toBe(readFileSync(join(out, 'c.json'), 'utf8'));
    const notJson = await cli(['catalogue', 'import', join(root, 'README.md')], target);
    expect(notJson.err).toMatch(/is not readable JSON/);
  });

  it('will not open an embedded database that a running server holds', async () => {
    const data = join(tmp(), 'data');
    expect((await cli(['migrate'], { DATA_DIR: data })).code).toBe(0);
    writeFileSync(join(data, 'saumaton.lock'), `${process.pid}\nserver\n`);
    const r = await cli(['seed'], { DATA_DIR: data });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/in use by the Saumaton server \(pid \d+\)/);
  });
});

describe('saumaton audit verify', slow, () => {
  it('reports an intact log, and names the first entry someone changed behind the guard', async () => {
    const env = await freshEnv();
    expect((await cli(['migrate'], env)).code).toBe(0);
    const { openDb } = await import('../db/connection.js');
    const { logAccess } = await import('../modules/audit/service.js');
    const { sql } = await import('kysely');
    const open = () =>
      env.DATABASE_URL
        ? openDb({ databaseUrl: env.DATABASE_URL, poolSize: 1 })
        : openDb({ dataDir: env.DATA_DIR });
    let h = await open();
    for (let i = 0; i < 5; i++)
      await logAccess(h.db, {
        actorId: 'pro-1',
        actorRole: 'nurse',
        actorOrg: null,
        clientId: `client-${i}`,
        action: 'read',
        resource: `client/client-${i}`,
        purpose: 'care',
        basis: 'care_team',
        outcome: 'allow',
        channel: 'cli',
        requestId: null,
        details: {},
      });
    await h.close();
    const ok = await cli(['audit', 'verify'], env);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/intact: 5 entries verified/);
    h = await open();
    await h.db.transaction().execute(async (trx) => {
      await sql`alter table access_log disable trigger access_log_guard`.execute(trx);
      await sql`update access_log set client_id = 'client-9' where seq = 3`.execute(trx);
      await sql`alter table access_log enable trigger access_log_guard`.execute(trx);
    });
    await h.close();
    const broken = await cli(['audit', 'verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(
      /BROKEN at entry seq 3 \(id \d+\): content-changed\. 2 entries before it are intact/,
    );
  });
});

describe('saumaton token', slow, () => {
  it('prints a token for a user of the built-in identity provider, within the scopes of their role', async () => {
    const env = await freshEnv();
    expect((await cli(['migrate'], env)).code).toBe(0);
    const { openDb } = await import('../db/connection.js');
    const h = env.DATABASE_URL
      ? await openDb({ databaseUrl: env.DATABASE_URL, poolSize: 1 })
      : await openDb({ dataDir: env.DATA_DIR });
    await h.db
      .insertInto('userAccount')
      .values({
        id: 'u1',
        kind: 'organizer',
        organizerRole: 'analyst',
        displayName: 'Analyst',
        registers: '[]',
        issuer: 'urn:saumaton:demo-idp',
        subject: 'demo-analyst',
      })
      .execute();
    await h.close();
    const ok = await cli(['token', 'demo-analyst'], env);
    expect(ok.code, ok.err).toBe(0);
    const payload = JSON.parse(Buffer.from(ok.out.trim().split('.')[1] ?? '', 'base64url').toString('utf8'));
    expect(payload).toMatchObject({
      sub: 'demo-analyst',
      aud: 'saumaton-api',
      scope: 'catalogue.read analytics.read',
    });
    expect(payload.exp - payload.iat).toBe(900);
    const tooMuch = await cli(['token', 'demo-analyst', '--scope', 'client.read'], env);
    expect(tooMuch.code).toBe(1);
    expect(tooMuch.err).toMatch(/cannot have the scope\(s\) client\.read/);
    expect((await cli(['token', 'nobody'], env)).err).toMatch(/not a user of the built-in identity provider/);
  });
});
