/**
 * `npm run bench:access`: the access log at scale. Loads N synthetic entries (default 1,000,000)
 * into a fresh PostgreSQL database, seals them into the hash chain, and times `audit verify`
 * (target ≤ 10 s for 1,000,000 on PostgreSQL). Writes bench/results/access.json and .md.
 *
 * Then, on PGlite and PostgreSQL: an authorised client read (GET /api/clients/:id as the demo
 * nurse, which checks the care relationship and writes its access log entry) against /healthz
 * in the same run, 50 connections, as a throughput ratio.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

async function load(url: string, headers: Record<string, string> = {}) {
  const r = await autocannon({ url, connections: 50, duration: DURATION, headers });
  const l = r.latency as unknown as Record<string, number>;
  const p95 = (l.p90 ?? 0) + (((l.p97_5 ?? 0) - (l.p90 ?? 0)) * 5) / 7.5;
  return {
    requestsPerSec: Math.round(r.requests.average),
    p95Ms: Number(p95.toFixed(2)),
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

/** Seeds a database, gets the demo nurse a token, serves it from a separate process and loads it. */
async function authorisedRead(label: string, env: Record<string, string>, port: number) {
  const h = await openDb(
    env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL, poolSize: 2 } : { dataDir: env.DATA_DIR },
  );
  await migrateToLatest(h.db);
  await seedDemo(h.db, { seed: 1, region: 'Kanta-Häme' });
  const { accessToken } = await issueToken(h.db, 'demo-nurse', ['client.read']);
  const rel = await h.db
    .selectFrom('careRelationship')
    .select('clientId')
    .where('userId', '=', 'demo-nurse')
    .executeTakeFirstOrThrow();
  await h.close();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'serve'],
    {
      cwd: root,
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 600; i++) {
      if ((await fetch(`${base}/readyz`).catch(() => null))?.ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const headers = { authorization: `Bearer ${accessToken}` };
    const check = await fetch(`${base}/api/clients/${rel.clientId}`, { headers });
    if (check.status !== 200) throw new Error(`authorised read answered ${check.status}`);
    await autocannon({ url: `${base}/api/clients/${rel.clientId}`, connections: 10, duration: 2, headers });
    const healthz = await load(`${base}/healthz`);
    const read = await load(`${base}/api/clients/${rel.clientId}`, headers);
    return {
      label,
      healthz,
      authorisedRead: {
        ...read,
        ratioToHealthz: Number((read.requestsPerSec / healthz.requestsPerSec).toFixed(3)),
      },
    };
  } finally {
    const done = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await done;
  }
}

async function readRatios() {
  const runs = [];
  const dir = mkdtempSync(join(tmpdir(), 'saumaton-bench-access-'));
  try {
    runs.push(await authorisedRead('PGlite', { DATA_DIR: join(dir, 'data') }, 18_091));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const name = `saumaton_bench_read_${Date.now()}`;
  await admin.query(`create database ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  try {
    runs.push(await authorisedRead('PostgreSQL', { DATABASE_URL: url.toString() }, 18_092));
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  return runs;
}

async function main() {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const name = `saumaton_bench_access_${Date.now()}`;
  await admin.query(`create database ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const h = await openDb({ databaseUrl: url.toString(), poolSize: 4 });
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
    const reads = await readRatios();
    const result = {
      benchmark: 'access',
      authorisedReads: reads,
      at: new Date().toISOString(),
      node: process.version,
      database: 'PostgreSQL',
      entries: N,
      loadSeconds: Number((loadMs / 1000).toFixed(2)),
      sealSeconds: Number((sealMs / 1000).toFixed(2)),
      sealedPerSecond: Math.round(sealed / (sealMs / 1000)),
      verifySeconds: Number((verifyMs / 1000).toFixed(2)),
      verifiedPerSecond: Math.round(N / (verifyMs / 1000)),
      targets: { verifySecondsFor1M: 10 },
    };
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, 'bench/results/access.json'), `${JSON.stringify(result, null, 2)}\n`);
    const md = [
      `# Access log benchmark (${result.at})`,
      '',
      `PostgreSQL, Node ${result.node}, ${N.toLocaleString('en')} entries.`,
      '',
      '| step | seconds | per second |',
      '|---|---|---|',
      `| load (SQL generate_series) | ${result.loadSeconds} | |`,
      `| seal into the hash chain | ${result.sealSeconds} | ${result.sealedPerSecond} |`,
      `| audit verify (whole chain) | ${result.verifySeconds} | ${result.verifiedPerSecond} |`,
      '',
      'Target: audit verify over 1,000,000 entries ≤ 10 s on PostgreSQL.',
      '',
      `Authorised client read (GET /api/clients/:id as demo-nurse: token, care relationship, access log entry) vs /healthz, 50 connections, ${DURATION} s each:`,
      '',
      '| database | /healthz req/s | read req/s | ratio | read p95 ms | errors |',
      '|---|---|---|---|---|---|',
      ...reads.map(
        (r) =>
          `| ${r.label} | ${r.healthz.requestsPerSec} | ${r.authorisedRead.requestsPerSec} | ${r.authorisedRead.ratioToHealthz} | ${r.authorisedRead.p95Ms} | ${r.authorisedRead.errors + r.authorisedRead.non2xx} |`,
      ),
      '',
    ].join('\n');
    writeFileSync(join(root, 'bench/results/access.md'), md);
    console.log(md);
  } finally {
    await h.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
