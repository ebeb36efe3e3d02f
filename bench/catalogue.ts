/**
 * `npm run bench:catalogue`: throughput and p95 latency of catalogue list and read, each as a
 * ratio to /healthz measured in the same run, on PGlite and (when reachable) PostgreSQL.
 * The server runs in its own process; autocannon drives it over loopback with 50 connections.
 * Also measures the time from `serve` on an empty data directory to the first ready answer
 * (migrations + demo seed included). Writes bench/results/catalogue.json and .md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const root = new URL('..', import.meta.url).pathname;

interface Figure {
  requestsPerSec: number;
  p95Ms: number;
  p50Ms: number;
  errors: number;
  non2xx: number;
}

async function waitReady(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${url}/readyz`);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not become ready');
}

function startServer(env: Record<string, string>, port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}

function percentile95(result: autocannon.Result): number {
  // autocannon reports p90 and p97_5; p95 is interpolated between them.
  const l = result.latency as unknown as Record<string, number>;
  const p90 = l.p90 ?? 0;
  const p975 = l.p97_5 ?? 0;
  return p90 + ((p975 - p90) * (95 - 90)) / (97.5 - 90);
}

async function load(url: string): Promise<Figure> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, pipelining: 1 });
  return {
    requestsPerSec: Math.round(result.requests.average),
    p95Ms: Number(percentile95(result).toFixed(2)),
    p50Ms: result.latency.p50,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function benchOne(label: string, env: Record<string, string>, port: number) {
  const child = startServer(env, port);
  const t0 = performance.now();
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitReady(base, child);
    const startupMs = Math.round(performance.now() - t0);
    const services = (await (await fetch(`${base}/api/services?limit=1`)).json()) as {
      items: { id: string }[];
      total: number;
    };
    const id = services.items[0]?.id;
    if (!id) throw new Error('no services: the demo county did not load');
    // warm up
    await autocannon({ url: `${base}/api/services/${id}`, connections: 10, duration: 2 });
    const healthz = await load(`${base}/healthz`);
    const list = await load(`${base}/api/services?limit=50`);
    const read = await load(`${base}/api/services/${id}`);
    const producersList = await load(`${base}/api/producers?limit=50`);
    return {
      label,
      startupMs,
      servicesInCatalogue: services.total,
      healthz,
      serviceList: {
        ...list,
        ratioToHealthz: Number((list.requestsPerSec / healthz.requestsPerSec).toFixed(3)),
      },
      serviceRead: {
        ...read,
        ratioToHealthz: Number((read.requestsPerSec / healthz.requestsPerSec).toFixed(3)),
      },
      producerList: {
        ...producersList,
        ratioToHealthz: Number((producersList.requestsPerSec / healthz.requestsPerSec).toFixed(3)),
      },
    };
  } finally {
    await stop(child);
  }
}

async function main() {
  const runs = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'saumaton-bench-'));
  try {
    runs.push(await benchOne('PGlite', { DATA_DIR: dataDir }, 18_081));
    runs.push(await benchOne('PGlite, read cache off', { DATA_DIR: dataDir, READ_CACHE: 'false' }, 18_083));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const admin = new pg.Client({ connectionString: PG_URL });
  let pgAvailable = true;
  try {
    await admin.connect();
  } catch {
    pgAvailable = false;
    console.error(`PostgreSQL at ${PG_URL} is not reachable: skipping the PostgreSQL run.`);
  }
  if (pgAvailable) {
    const name = `saumaton_bench_${Date.now()}`;
    await admin.query(`create database ${name}`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    try {
      runs.push(await benchOne('PostgreSQL', { DATABASE_URL: url.toString() }, 18_082));
      runs.push(
        await benchOne(
          'PostgreSQL, read cache off',
          { DATABASE_URL: url.toString(), READ_CACHE: 'false' },
          18_084,
        ),
      );
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
  const result = {
    benchmark: 'catalogue',
    at: new Date().toISOString(),
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    targets: { readRatioToHealthz: 0.4, p95Ms: 20 },
    runs,
  };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/catalogue.json'), `${JSON.stringify(result, null, 2)}\n`);
  const rows = runs.flatMap((r) =>
    (['healthz', 'serviceList', 'serviceRead', 'producerList'] as const).map((k) => {
      const f = r[k] as Figure & { ratioToHealthz?: number };
      return `| ${r.label} | ${k} | ${f.requestsPerSec} | ${f.ratioToHealthz ?? 1} | ${f.p50Ms} | ${f.p95Ms} | ${f.errors + f.non2xx} |`;
    }),
  );
  const md = [
    `# Catalogue benchmark (${result.at})`,
    '',
    `Node ${result.node}, ${result.cpus} CPUs, ${CONNECTIONS} connections, ${DURATION} s per endpoint. Targets: read ≥ 40 % of /healthz, p95 ≤ 20 ms.`,
    '',
    '| database | endpoint | req/s | ratio to /healthz | p50 ms | p95 ms | errors |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...runs.map((r) =>
      r.label.includes('cache off')
        ? `- ${r.label}: start on the already migrated and seeded database to ready: ${r.startupMs} ms`
        : `- ${r.label}: start on an empty database to ready (migrate + demo seed): ${r.startupMs} ms`,
    ),
    '',
    'The catalogue read cache keeps GET answers in memory and drops all of them on every catalogue change',
    '(in this process at once; in other processes on the database notification sent at commit). The',
    '"read cache off" rows measure the database path alone.',
    '',
  ].join('\n');
  writeFileSync(join(root, 'bench/results/catalogue.md'), md);
  console.log(md);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
