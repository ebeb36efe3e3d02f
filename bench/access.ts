/**
 * `npm run bench:access`: the access log at scale. Loads N synthetic entries (default 1,000,000)
 * into a fresh PostgreSQL database, seals them into the hash chain, and times `audit verify`
 * (target ≤ 10 s for 1,000,000 on PostgreSQL). Writes bench/results/access.json and .md.
 *
 * Not yet here: the authorised client read as a ratio to /healthz, which needs the clients API.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openDb } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { sealAll, verifyChain } from '../src/modules/audit/service.js';

const N = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const root = new URL('..', import.meta.url).pathname;

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
    const result = {
      benchmark: 'access',
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
