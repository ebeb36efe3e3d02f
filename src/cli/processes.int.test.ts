/**
 * Several server processes on one PostgreSQL, as a county runs them: real `saumaton serve`
 * processes (two on two ports, and one `serve --workers 2`) against one fresh database. What one
 * process knows, the other must: sessions and their CSRF tokens, rate limits, the access log's
 * chain, the background jobs' turns. PGlite is one process's database: there only the refusal
 * of `--workers` is tested.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, formAction } from '../../test/browser-jar.js';
import { DEMO_PASSWORD } from '../seed/people.js';

const root = new URL('../..', import.meta.url).pathname;
const main = join(root, 'src/cli/main.ts');
const base = process.env.DATABASE_URL;

interface Server {
  child: ChildProcess;
  url: string;
  /** stdout lines so far (JSON logs). */
  out: string[];
  exited: Promise<number | null>;
}

/** Starts `saumaton serve …` and resolves once it says where it serves. */
function startServe(args: string[], env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', main, 'serve', ...args], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DB_POOL_SIZE: '4',
      WEB_DIR: join(tmpdir(), 'saumaton-no-web'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  let err = '';
  let partial = '';
  child.stdout?.on('data', (d: Buffer) => {
    const lines = (partial + d.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    out.push(...lines);
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString('utf8');
      const m = /Saumaton serving on (\S+)/.exec(err);
      if (m?.[1]) resolve({ child, url: m[1], out, exited });
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code} before serving: ${err}`)));
  });
}

function cli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', main, ...args],
      { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          out: stdout,
          err: stderr,
        }),
    );
  });
}

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A new, empty PostgreSQL database (not migrated: the servers do it). */
async function emptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `saumaton_p_${randomBytes(6).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(base as string);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

async function stopServer(s: Server): Promise<number | null> {
  if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGTERM');
  return s.exited;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('serve --workers on the embedded database', () => {
  it('refuses with a clear message and exit code 2: PGlite is one process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saumaton-workers-'));
    try {
      for (const [args, env, asked] of [
        [['serve', '--workers', '2'], {}, '--workers 2'],
        [['serve'], { WORKERS: '3' }, 'WORKERS=3'],
      ] as const) {
        const r = await cli([...args], { DATABASE_URL: '', DATA_DIR: join(dir, 'data'), ...env });
        expect(r.code, r.err).toBe(2);
        expect(r.err).toContain(`Error: ${asked} needs PostgreSQL (DATABASE_URL)`);
        expect(r.err).toContain('belongs to one process');
      }
      // It refused before touching the data directory.
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.runIf(base)(
  'two server processes on one PostgreSQL (PostgreSQL only: PGlite is one process)',
  { timeout: 180_000 },
  () => {
    let db: { url: string; drop(): Promise<void> };
    let a: Server;
    let b: Server;

    beforeAll(async () => {
      db = await emptyDatabase();
      // Both start at once on the empty database: they must not trip over each other's
      // migrations or both load the demo county.
      [a, b] = await Promise.all([
        startServe([], { DATABASE_URL: db.url }),
        startServe([], { DATABASE_URL: db.url }),
      ]);
    }, 240_000);
    afterAll(async () => {
      for (const s of [a, b]) if (s) await stopServer(s);
      await db?.drop();
    });

    it('both come up on one fresh database, migrated once and seeded once', async () => {
      expect(a.url).not.toBe(b.url);
      for (const s of [a, b]) expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
      const ca = (await (await fetch(`${a.url}/api/chains?limit=1`)).json()) as { total: number };
      const cb = (await (await fetch(`${b.url}/api/chains?limit=1`)).json()) as { total: number };
      expect(ca.total).toBeGreaterThanOrEqual(3);
      expect(cb.total).toBe(ca.total);
    });

    it('a session made on one is valid on the other, its CSRF token too, and signing out on either ends it on both', async () => {
      const browser = new Browser(null as never, a.url, () => true);
      const start = await browser.go('GET', `${a.url}/auth/login?returnTo=/me&lang=en`);
      expect(start.final.status).toBe(200);
      const done = await browser.go('POST', new URL(formAction(start.final.body), a.url).href, {
        form: { username: 'demo-nurse', password: DEMO_PASSWORD },
      });
      expect(done.hops.some((h) => h.url.includes('/auth/callback'))).toBe(true);
      expect(browser.cookies.has('saumaton_session')).toBe(true);

      const onB = await browser.request('GET', `${b.url}/api/auth/session`);
      expect(onB.status).toBe(200);
      const session = JSON.parse(onB.body) as {
        user: { displayName: string };
        via: string;
        csrfToken: string;
      };
      expect(session.via).toBe('session');
      const onA = JSON.parse((await browser.request('GET', `${a.url}/api/auth/session`)).body);
      expect(onA.user).toEqual(session.user);

      // The CSRF token that B gave is good on A: a nurse's catalogue write is then refused for its
      // scope, not for the token; without the token it is refused for the token.
      const cookie = browser.cookieHeader();
      const withToken = await post(
        `${a.url}/api/producers`,
        {},
        { cookie, 'x-csrf-token': session.csrfToken },
      );
      expect(withToken.status).toBe(403);
      expect(((await withToken.json()) as { code: string }).code).toBe('insufficient-scope');
      const without = await post(`${a.url}/api/producers`, {}, { cookie });
      expect(((await without.json()) as { code: string }).code).toBe('csrf');

      const out = await fetch(`${b.url}/auth/logout`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': session.csrfToken },
      });
      expect(out.status).toBe(204);
      expect((await fetch(`${a.url}/api/auth/session`, { headers: { cookie } })).status).toBe(401);
    });

    it('keeps a valid chain of the access log under concurrent reads through both', async () => {
      const token = (await (
        await post(`${a.url}/api/auth/token`, { username: 'demo-nurse', password: DEMO_PASSWORD })
      ).json()) as {
        accessToken: string;
      };
      const headers = { authorization: `Bearer ${token.accessToken}` };
      const reads = [];
      for (let i = 0; i < 20; i++)
        for (const s of [a, b])
          reads.push(fetch(`${s.url}/api/clients?familyName=Vi`, { headers }).then((r) => r.status));
      const statuses = await Promise.all(reads);
      expect(statuses.filter((s) => s === 200)).toHaveLength(40);
      // The command line seals what the servers have not yet and checks the whole chain, while
      // both servers' sealers go on beside it.
      const verify = await cli(['audit', 'verify'], { DATABASE_URL: db.url });
      expect(verify.code, verify.err).toBe(0);
      const checked = Number(/intact: (\d+) entries verified/.exec(verify.out)?.[1]);
      expect(checked).toBeGreaterThanOrEqual(40);
    });

    it('runs the background jobs in the server processes (one at a time: see src/app/jobs.int.test.ts)', async () => {
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      try {
        const runners = [a, b].map((s) => `${hostname()}:${s.child.pid}`);
        const seal = await c.query<{ ran_by: string; ok: boolean }>(
          "select ran_by, ok from job_run where name = 'audit-seal'",
        );
        expect(seal.rows[0]?.ok).toBe(true);
        expect(runners).toContain(seal.rows[0]?.ran_by);
      } finally {
        await c.end();
      }
    });

    it('counts the sign-in rate limit across both: the 11th try in a minute is refused on either', async () => {
      const tries: number[] = [];
      for (let i = 0; i < 10; i++) {
        const s = i % 2 ? b : a;
        tries.push(
          (await post(`${s.url}/api/auth/token`, { username: 'demo-doctor', password: 'wrong' })).status,
        );
      }
      expect(tries).toEqual(Array(10).fill(401));
      for (const s of [a, b]) {
        const refused = await post(`${s.url}/api/auth/token`, {
          username: 'demo-doctor',
          password: DEMO_PASSWORD,
        });
        expect(refused.status).toBe(429);
      }
    });
  },
);

describe.runIf(base)(
  'serve --workers 2 (PostgreSQL only: PGlite is one process)',
  { timeout: 180_000 },
  () => {
    let db: { url: string; drop(): Promise<void> };
    let s: Server;
    const logged = (msg: string) =>
      s.out.filter((l) => l.includes(msg)).map((l) => JSON.parse(l) as { pid: number; workerPid: number });
    const workerPids = () => logged('worker process started').map((l) => l.workerPid);
    const listening = () => logged('Server listening').map((l) => l.pid);

    beforeAll(async () => {
      db = await emptyDatabase();
      s = await startServe(['--workers', '2'], {
        DATABASE_URL: db.url,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'info',
      });
    }, 240_000);
    afterAll(async () => {
      if (s) await stopServer(s);
      await db?.drop();
    });

    it('serves from two worker processes on one port, replaces one that dies, and stops them all on SIGTERM', async () => {
      // (A worker's log line may reach the pipe a moment after the primary has said it serves.)
      for (let i = 0; i < 100 && listening().length < 2; i++) await new Promise((r) => setTimeout(r, 50));
      const [first, second] = workerPids() as [number, number];
      expect(listening().sort()).toEqual([first, second].sort());
      expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
      process.kill(first, 'SIGKILL');
      for (let i = 0; i < 300 && listening().length < 3; i++) await new Promise((r) => setTimeout(r, 100));
      const replacement = workerPids()[2] as number;
      expect(s.out.some((l) => l.includes('a worker process ended unexpectedly'))).toBe(true);
      expect(listening()).toContain(replacement);
      expect(alive(first)).toBe(false);
      let ready = 0;
      for (let i = 0; i < 20; i++)
        if ((await fetch(`${s.url}/readyz`, { headers: { connection: 'close' } })).status === 200) ready++;
      expect(ready).toBe(20);
      expect(await stopServer(s)).toBe(0);
      expect([second, replacement].filter((p) => alive(p))).toEqual([]);
    });
  },
);
