/**
 * `npm run bench:access`: the access log at scale. Loads N synthetic entries (default 1,000,000)
 * into a fresh PostgreSQL database, seals them into the hash chain, and times `audit verify`
 * (target ≤ 10 s for 1,000,000 on PostgreSQL). Writes bench/results/access.json and .md.
 *
 * Then, on PGlite and PostgreSQL (one server process, then two): an authorised client read
 * (GET /api/clients/:id as the demo nurse round 50 of her clients, which decides from the access
 * facts and commits its access-log entry before answering) against /healthz in the same run,
 * 50 connections, as a throughput ratio, with CPU and PostgreSQL transactions per read, and a
 * check that every read answered 200 left its entry.
 *
 * BENCH_PART=chain|reads runs one part and keeps the other's figures; BENCH_ONLY=pglite|postgres
 * runs the reads on one database (while tuning); BENCH_ENTRIES, BENCH_SECONDS
 * and BENCH_NODE_ARGS (e.g. "--cpu-prof") adjust it.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { openDb } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { sealAll, verifyChain } from '../src/modules/audit/service.js';
import { issueToken } from '../src/modules/auth/tokens.js';
import { seedDemo } from '../src/seed/seed.js';

const N = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const root = new URL('..', import.meta.url).pathname;

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
/** `chain`, `reads` or both (default): a partial run updates its part of the results. */
const PART = process.env.BENCH_PART ?? 'all';
const CONNECTIONS = 50;
const WARM_CONNECTIONS = 10;
/** How many of the demo nurse's clients the reads go round (the nurse is put in their care team). */
const CLIENTS = 50;

/**
 * The figures before the batched access path (issue 12 §4), measured with this benchmark on
 * commit 0a9ce24 (Node 20) and again on 1e546b5 (Node 24) on a machine loaded by other work.
 */
const BEFORE = [
  {
    commit: '0a9ce24',
    node: 'v20.20.2',
    database: 'PGlite',
    healthz: 8335,
    read: 366,
    ratio: 0.044,
    p95Ms: 214.67,
  },
  {
    commit: '0a9ce24',
    node: 'v20.20.2',
    database: 'PostgreSQL',
    healthz: 8975,
    read: 706,
    ratio: 0.079,
    p95Ms: 105.33,
  },
  {
    commit: '1e546b5',
    node: 'v24.21.0',
    database: 'PGlite',
    healthz: 5826,
    read: 359,
    ratio: 0.062,
    p95Ms: 192,
  },
  {
    commit: '1e546b5',
    node: 'v24.21.0',
    database: 'PostgreSQL',
    healthz: 5004,
    read: 571,
    ratio: 0.114,
    p95Ms: 134.67,
  },
];
const TARGETS = { ratioPostgres: 0.25, ratioPglite: 0.15, p95MsPostgres: 40 };

async function load(url: string, headers: Record<string, string> = {}, paths?: string[]) {
  let next = 0;
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers,
    ...(paths
      ? { requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }] }
      : {}),
  });
  const l = r.latency as unknown as Record<string, number>;
  const p95 = (l.p90 ?? 0) + (((l.p97_5 ?? 0) - (l.p90 ?? 0)) * 5) / 7.5;
  return {
    requestsPerSec: Math.round(r.requests.average),
    p95Ms: Number(p95.toFixed(2)),
    errors: r.errors,
    non2xx: r.non2xx,
    ok: r['2xx'],
  };
}

/** CPU seconds (user + system) used so far by these processes and all their descendants. */
function cpuSeconds(pids: number[]): number {
  const tick = 100; // USER_HZ on Linux
  const children = new Map<number, number[]>();
  const own = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(f[1]);
      own.set(Number(d), (Number(f[11]) + Number(f[12])) / tick);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // gone meanwhile
    }
  }
  let total = 0;
  const walk = (pid: number) => {
    total += own.get(pid) ?? 0;
    for (const c of children.get(pid) ?? []) walk(c);
  };
  for (const p of pids) walk(p);
  return total;
}

interface Target {
  label: string;
  env: Record<string, string>;
  workers: number;
  /** A PostgreSQL database: its statistics and backends can be read. */
  pg?: { url: string; name: string };
}

/** Seeds a database and puts the demo nurse in the care team of CLIENTS clients; returns their ids and a token. */
async function prepare(t: Target) {
  const h = await openDb(t.pg ? { databaseUrl: t.pg.url, poolSize: 2 } : { dataDir: t.env.DATA_DIR });
  try {
    await migrateToLatest(h.db);
    await seedDemo(h.db, { seed: 1, region: 'Kanta-Häme' });
    const { accessToken } = await issueToken(h.db, 'demo-nurse', ['client.read']);
    const related = h.db.selectFrom('careRelationship').select('clientId').where('userId', '=', 'demo-nurse');
    const others = await h.db
      .selectFrom('client')
      .select('id')
      .where('id', 'not in', related)
      .orderBy('id')
      .execute();
    await h.db
      .insertInto('careRelationship')
      .values(
        others.map((c) => ({
          id: randomUUID(),
          clientId: c.id,
          recordedBy: 'demo-nurse',
          kind: 'care_team' as const,
          userId: 'demo-nurse',
          unitId: null,
          validFrom: '2026-01-01T00:00:00.000Z',
          validUntil: '2099-12-31T00:00:00.000Z',
          note: 'benchmark',
        })),
      )
      .execute();
    const clients = await related.orderBy('clientId').limit(CLIENTS).execute();
    return { accessToken, clientIds: clients.map((c) => c.clientId) };
  } finally {
    await h.close();
  }
}

async function accessLogEntries(t: Target, clientIds: string[]): Promise<number> {
  const h = await openDb(t.pg ? { databaseUrl: t.pg.url, poolSize: 1 } : { dataDir: t.env.DATA_DIR });
  try {
    const r = await h.db
      .selectFrom('accessLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('clientId', 'in', clientIds)
      .where('actorId', '=', 'demo-nurse')
      .where('action', '=', 'read')
      .executeTakeFirstOrThrow();
    return Number(r.n);
  } finally {
    await h.close();
  }
}

/** Statements committed in the benchmark's PostgreSQL database so far, and its backends' process ids. */
async function pgStats(pgTarget: { url: string; name: string }) {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    const x = await c.query<{ n: string }>(
      'select xact_commit + xact_rollback as n from pg_stat_database where datname = $1',
      [pgTarget.name],
    );
    const b = await c.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [
      pgTarget.name,
    ]);
    return { transactions: Number(x.rows[0]?.n ?? 0), backends: b.rows.map((r) => r.pid) };
  } finally {
    await c.end();
  }
}

/** Serves a prepared database from separate processes and loads /healthz, then the authorised read. */
async function authorisedRead(t: Target, port: number) {
  const { accessToken, clientIds } = await prepare(t);
  const before = await accessLogEntries(t, clientIds);
  const args = [
    ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    '--import',
    'tsx',
    join(root, 'src/cli/main.ts'),
    'serve',
    ...(t.workers > 1 ? ['--workers', String(t.workers)] : []),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...t.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  let measured: Awaited<ReturnType<typeof measure>>;
  async function measure() {
    for (let i = 0; i < 600; i++) {
      if ((await fetch(`${base}/readyz`).catch(() => null))?.ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const headers = { authorization: `Bearer ${accessToken}` };
    const paths = clientIds.map((id) => `/api/clients/${id}`);
    for (const p of paths) {
      const check = await fetch(`${base}${p}`, { headers });
      if (check.status !== 200) throw new Error(`authorised read answered ${check.status}`);
    }
    const warm = await autocannon({
      url: `${base}${paths[0]}`,
      connections: WARM_CONNECTIONS,
      duration: 2,
      headers,
    });
    const healthz = await load(`${base}/healthz`);
    const pid = child.pid as number;
    const stats0 = t.pg ? await pgStats(t.pg) : null;
    const cpu0 = cpuSeconds([pid, ...(stats0?.backends ?? [])]);
    const loadBefore = loadavg()[0] ?? 0;
    const read = await load(base, headers, paths);
    const loadAfter = loadavg()[0] ?? 0;
    const cpu1 = cpuSeconds([pid, ...(stats0?.backends ?? [])]);
    // Backends report their statistics at most once a second.
    await new Promise((r) => setTimeout(r, 1500));
    const stats1 = t.pg ? await pgStats(t.pg) : null;
    const served = read.ok + read.non2xx;
    return {
      healthz,
      read,
      // Server processes (and, on PostgreSQL, the database's backends): CPU ms per read.
      cpuMsPerRead: Number((((cpu1 - cpu0) * 1000) / served).toFixed(3)),
      transactionsPerRead:
        stats0 && stats1 ? Number(((stats1.transactions - stats0.transactions) / served).toFixed(3)) : null,
      answered200: paths.length + warm['2xx'] + read.ok,
      // The machine's 1-minute load average around the read load (2 cores: above 2, something else ran).
      loadAverage: [Number(loadBefore.toFixed(2)), Number(loadAfter.toFixed(2))],
    };
  }
  try {
    measured = await measure();
  } finally {
    const done = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await done;
  }
  const after = await accessLogEntries(t, clientIds);
  const { healthz, read, ...rest } = measured;
  // Every read answered 200 left its entry (the warm-up and the checks too).
  const entriesWritten = after - before;
  // No 200 without its entry; beyond them, only the reads still in flight when a load run ended
  // (answered after autocannon stopped counting: at most one per connection of each run).
  const inFlightAtEnd = CONNECTIONS + WARM_CONNECTIONS;
  if (entriesWritten < rest.answered200 || entriesWritten > rest.answered200 + inFlightAtEnd)
    throw new Error(`${rest.answered200} reads answered 200 but ${entriesWritten} entries were written`);
  return {
    label: t.label,
    workers: t.workers,
    healthz,
    authorisedRead: {
      ...read,
      ratioToHealthz: Number((read.requestsPerSec / healthz.requestsPerSec).toFixed(3)),
      ...rest,
      entriesWritten,
    },
  };
}

async function withPgDatabase<T>(
  prefix: string,
  fn: (pgTarget: { url: string; name: string }) => Promise<T>,
) {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const name = `${prefix}_${Date.now()}`;
  await admin.query(`create database ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  try {
    return await fn({ url: url.toString(), name });
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function readRatios() {
  const runs = [];
  const only = process.env.BENCH_ONLY; // pglite | postgres: one database, while tuning
  const dir = mkdtempSync(join(tmpdir(), 'saumaton-bench-access-'));
  try {
    if (only !== 'postgres')
      runs.push(
        await authorisedRead({ label: 'PGlite', env: { DATA_DIR: join(dir, 'data') }, workers: 1 }, 18_091),
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const workers of only === 'pglite' ? [] : [1, 2])
    runs.push(
      await withPgDatabase('saumaton_bench_read', (db) =>
        authorisedRead(
          {
            label: workers === 1 ? 'PostgreSQL' : `PostgreSQL, ${workers} processes`,
            env: { DATABASE_URL: db.url },
            workers,
            pg: db,
          },
          18_092 + workers,
        ),
      ),
    );
  return runs;
}

async function chain() {
  return withPgDatabase('saumaton_bench_access', async (db) => {
    const h = await openDb({ databaseUrl: db.url, poolSize: 4 });
    try {
      await migrateToLatest(h.db);
      let t = performance.now();
      // Synthetic entries: 1,000 professionals reading 50,000 clients' data.
      for (let from = 0; from < N; from += 250_000) {
        const to = Math.min(N, from + 250_000);
        await sql`insert into access_log (actor_id, actor_role, actor_org, client_id, action, resource, purpose, basis, outcome, channel, request_id, details)
          select 'pro-' || (i % 1000), 'nurse', 'unit-' || (i % 40), 'client-' || (i % 50000), 'read',
                 'client/client-' || (i % 50000), 'care', 'care_team', 'allow', 'rest', 'req-' || i, jsonb_build_object('fields', 'summary')
          from generate_series(${from + 1}::int, ${to}::int) as g(i)`.execute(h.db);
      }
      await sql`analyze access_log`.execute(h.db);
      const loadMs = performance.now() - t;
      t = performance.now();
      const sealed = await sealAll(h.db, 10_000);
      const sealMs = performance.now() - t;
      t = performance.now();
      const verified = await verifyChain(h.db);
      const verifyMs = performance.now() - t;
      if (verified.firstBreak || verified.checked !== N)
        throw new Error(`verify failed: ${JSON.stringify(verified)}`);
      return {
        at: new Date().toISOString(),
        node: process.version,
        entries: N,
        loadSeconds: Number((loadMs / 1000).toFixed(2)),
        sealSeconds: Number((sealMs / 1000).toFixed(2)),
        sealedPerSecond: Math.round(sealed / (sealMs / 1000)),
        verifySeconds: Number((verifyMs / 1000).toFixed(2)),
        verifiedPerSecond: Math.round(N / (verifyMs / 1000)),
      };
    } finally {
      await h.close();
    }
  });
}

type Chain = Awaited<ReturnType<typeof chain>>;
type Reads = Awaited<ReturnType<typeof readRatios>>;

function markdown(r: { chain?: Chain; reads?: { at: string; node: string; runs: Reads } }): string {
  const lines = ['# Access log benchmark', ''];
  if (r.chain) {
    const c = r.chain;
    lines.push(
      `## The hash chain (${c.at}, Node ${c.node})`,
      '',
      `PostgreSQL, ${c.entries.toLocaleString('en')} entries.`,
      '',
      '| step | seconds | per second |',
      '|---|---|---|',
      `| load (SQL generate_series) | ${c.loadSeconds} | |`,
      `| seal into the hash chain | ${c.sealSeconds} | ${c.sealedPerSecond} |`,
      `| audit verify (whole chain) | ${c.verifySeconds} | ${c.verifiedPerSecond} |`,
      '',
      'Target: audit verify over 1,000,000 entries ≤ 10 s on PostgreSQL.',
      '',
    );
  }
  if (r.reads) {
    lines.push(
      `## Authorised client reads (${r.reads.at}, Node ${r.reads.node})`,
      '',
      `GET /api/clients/:id as demo-nurse (bearer token, the access facts, the client, its access-log entry committed before the answer) round ${CLIENTS} clients, against /healthz of the same server in the same run: ${CONNECTIONS} connections, ${DURATION} s each. CPU is the server processes' (and on PostgreSQL the database backends') per read; transactions are PostgreSQL's commits per read; the last two columns count the reads answered 200 (warm-up and checks included) and the access-log entries written: every 200 has its entry, and the few more are reads still in flight when a load run stopped counting (at most one per connection).`,
      '',
      '| database | processes | /healthz req/s | read req/s | ratio | read p95 ms | CPU ms/read | transactions/read | reads answered 200 | entries written | errors | load average before, after |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...r.reads.runs.map((x) => {
        const a = x.authorisedRead;
        return `| ${x.label} | ${x.workers} | ${x.healthz.requestsPerSec} | ${a.requestsPerSec} | ${a.ratioToHealthz} | ${a.p95Ms} | ${a.cpuMsPerRead} | ${a.transactionsPerRead ?? 'n/a'} | ${a.answered200} | ${a.entriesWritten} | ${a.errors + a.non2xx} | ${a.loadAverage.join(', ')} |`;
      }),
      '',
      `Targets: ratio ≥ ${TARGETS.ratioPostgres} on PostgreSQL and ≥ ${TARGETS.ratioPglite} on PGlite; p95 ≤ ${TARGETS.p95MsPostgres} ms on PostgreSQL.`,
      '',
      'Before (one statement per step, no batching; single client):',
      '',
      '| commit | Node | database | /healthz req/s | read req/s | ratio | read p95 ms |',
      '|---|---|---|---|---|---|---|',
      ...BEFORE.map(
        (b) =>
          `| ${b.commit} | ${b.node} | ${b.database} | ${b.healthz} | ${b.read} | ${b.ratio} | ${b.p95Ms} |`,
      ),
      '',
    );
  }
  return lines.join('\n');
}

async function main() {
  const file = join(root, 'bench/results/access.json');
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const result = {
    benchmark: 'access',
    chain: PART === 'reads' ? previous.chain : await chain(),
    reads:
      PART === 'chain'
        ? previous.reads
        : { at: new Date().toISOString(), node: process.version, runs: await readRatios() },
    before: BEFORE,
    targets: { verifySecondsFor1M: 10, ...TARGETS },
  };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  const md = markdown(result);
  writeFileSync(join(root, 'bench/results/access.md'), md);
  console.log(md);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
