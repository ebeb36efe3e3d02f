#!/usr/bin/env node
/**
 * `saumaton` command: serve, migrate, seed, catalogue import|export.
 * Runs against PostgreSQL when DATABASE_URL is set, else the embedded database in DATA_DIR.
 */
import cluster from 'node:cluster';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Config, loadConfig, parseWorkers } from '../app/config.js';
import { openDb } from '../db/connection.js';
import { acquireDataLock } from '../db/lock.js';
import { migrateToLatest } from '../db/migrate.js';
import { DomainError } from '../http/errors.js';
import { isRetentionYears } from '../modules/audit/model.js';
import { purgeExpired, sealAll, verifyChain } from '../modules/audit/service.js';
import { allowedScopes, type Scope } from '../modules/auth/model.js';
import { DEMO_ISSUER, issueToken } from '../modules/auth/tokens.js';
import { exportCatalogue, importCatalogue } from '../modules/catalogue/transfer.js';
import { seedDemo } from '../seed/seed.js';
import { checkWorkers, serve, serveCluster, UsageError } from './serve.js';

const HELP = `Usage: saumaton <command> [options]

Commands:
  serve [--workers N]            migrate, seed the demo county on an empty database, and serve (PORT, default 8080);
                                 with N > 1, N server processes on the port (PostgreSQL only)
  migrate                        apply database migrations
  seed [--seed N] [--region R]   load the deterministic demo county (default seed 1, region Kanta-Häme)
  catalogue export [FILE]        write the catalogue as JSON (to stdout without FILE)
  catalogue import FILE          read a catalogue JSON file; all of it lands or none of it
  audit verify                   seal committed access log entries, then check the whole hash chain
  audit purge [--years N]        remove sealed access log entries older than N years (default AUDIT_RETENTION_YEARS, 12)
  token USER [--scope "a b"]     print a 15-minute API access token for a user of the built-in identity provider

Environment: DATABASE_URL (PostgreSQL; otherwise PGlite in DATA_DIR, default ./data), PORT, HOST, LOG_LEVEL,
SEED_DEMO=false (no demo data at first start), DEMO_SEED, DEMO_REGION, AUDIT_RETENTION_YEARS,
WORKERS (as --workers), DB_POOL_SIZE.`;

/** Stops on SIGINT or SIGTERM (once, whichever comes first and however often), then exits. */
function stopOnSignals(stop: () => Promise<void>) {
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(`Error while stopping: ${(e as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

async function withDb<T>(
  config: Config,
  purpose: string,
  fn: (db: Awaited<ReturnType<typeof openDb>>['db']) => Promise<T>,
) {
  const lock = config.databaseUrl ? null : acquireDataLock(config.dataDir, purpose);
  const handle = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    await migrateToLatest(handle.db);
    return await fn(handle.db);
  } finally {
    await handle.close();
    lock?.release();
  }
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seed: { type: 'string' },
      scope: { type: 'string' },
      region: { type: 'string' },
      years: { type: 'string' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub, file] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return command || values.help ? 0 : 1;
  }
  const config = loadConfig();
  switch (command) {
    case 'serve': {
      if (cluster.isWorker) {
        // A worker of `serve --workers N`: the primary has migrated and seeded, and tells the address.
        const running = await serve(config, { migrate: false });
        stopOnSignals(() => running.stop());
        return -1;
      }
      const workers =
        values.workers === undefined ? config.workers : parseWorkers('--workers', values.workers);
      checkWorkers(config, workers, values.workers === undefined ? `WORKERS=${workers}` : undefined);
      if (workers > 1) {
        const c = await serveCluster(config, workers);
        console.error(`Saumaton serving on ${c.url} with ${c.workers} worker processes (postgres)`);
        stopOnSignals(() => c.stop());
        return -1;
      }
      const running = await serve(config);
      console.error(`Saumaton serving on ${running.url} (${running.handle.kind})`);
      stopOnSignals(() => running.stop());
      return -1;
    }
    case 'migrate': {
      const applied = await withDb(config, 'migrate', async () => []);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
      return 0;
    }
    case 'seed': {
      const seed = Number(values.seed ?? config.demoSeed);
      if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
      const region = values.region ?? config.demoRegion;
      const s = await withDb(config, 'seed', (db) => seedDemo(db, { seed, region }));
      console.log(`Demo county (${region}, seed ${seed}): ${s.created} created, ${s.updated} updated.`);
      return 0;
    }
    case 'catalogue': {
      if (sub === 'export') {
        const doc = await withDb(config, 'catalogue export', (db) => exportCatalogue(db));
        const json = `${JSON.stringify(doc, null, 2)}\n`;
        if (file) writeFileSync(file, json);
        // A pipe is written asynchronously: exiting before the write is flushed would cut the document short.
        else
          await new Promise<void>((done, fail) => process.stdout.write(json, (e) => (e ? fail(e) : done())));
        return 0;
      }
      if (sub === 'import') {
        if (!file) throw new Error('catalogue import needs a FILE');
        let doc: unknown;
        try {
          doc = JSON.parse(readFileSync(file, 'utf8'));
        } catch (e) {
          throw new Error(`${file} is not readable JSON: ${(e as Error).message}`);
        }
        const s = await withDb(config, 'catalogue import', (db) => importCatalogue(db, doc as never));
        console.log(`Imported ${file}: ${s.created} created, ${s.updated} updated.`);
        return 0;
      }
      console.error('Use "catalogue export [FILE]" or "catalogue import FILE".');
      return 2;
    }
    case 'token': {
      if (!sub) throw new Error('token needs the user, e.g. "saumaton token demo-nurse"');
      const accessToken = await withDb(config, 'token', async (db) => {
        const user = await db
          .selectFrom('userAccount')
          .select(['kind', 'organizerRole'])
          .where('issuer', '=', DEMO_ISSUER)
          .where('subject', '=', sub)
          .where('active', '=', true)
          .executeTakeFirst();
        if (!user) throw new Error(`"${sub}" is not a user of the built-in identity provider.`);
        const allowed = allowedScopes(user.kind, user.organizerRole);
        const asked = values.scope ? values.scope.split(' ').filter(Boolean) : allowed;
        const extra = asked.filter((s) => !(allowed as string[]).includes(s));
        if (extra.length)
          throw new Error(
            `${sub} cannot have the scope(s) ${extra.join(', ')}; allowed: ${allowed.join(' ')}`,
          );
        return (await issueToken(db, sub, asked as Scope[])).accessToken;
      });
      console.log(accessToken);
      return 0;
    }
    case 'audit': {
      if (sub === 'purge') {
        const years = values.years === undefined ? config.auditRetentionYears : Number(values.years);
        if (!/^\d+$/.test(values.years ?? '1') || !isRetentionYears(years))
          throw new Error(`--years must be a whole number of years from 1 to 1000, got "${values.years}"`);
        const removed = await withDb(config, 'audit purge', async (db) => {
          // Entries are purged only once sealed: seal what has committed first.
          await sealAll(db);
          return purgeExpired(db, { retentionYears: years });
        });
        console.log(`Removed ${removed} access log entries older than ${years} years.`);
        return 0;
      }
      if (sub !== 'verify') {
        console.error('Use "audit verify" or "audit purge [--years N]".');
        return 2;
      }
      const t0 = performance.now();
      const r = await withDb(config, 'audit verify', async (db) => {
        await sealAll(db);
        return verifyChain(db);
      });
      const secs = ((performance.now() - t0) / 1000).toFixed(1);
      if (r.firstBreak) {
        console.error(
          `The access log is BROKEN at entry seq ${r.firstBreak.seq} (id ${r.firstBreak.id}): ${r.firstBreak.reason}. ` +
            `${r.checked} entries before it are intact.`,
        );
        return 1;
      }
      console.log(
        `The access log is intact: ${r.checked} entries verified in ${secs} s (${r.unsealed} not yet sealed).`,
      );
      return 0;
    }
    default:
      console.error(`Unknown command "${command}".\n\n${HELP}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`Error: ${e.message}`);
      process.exit(2);
    }
    if (e instanceof DomainError) {
      console.error(`Error: ${e.message}`);
      for (const f of e.errors) console.error(`  ${f.field}: ${f.message}`);
    } else console.error(`Error: ${(e as Error).message}`);
    process.exit(1);
  },
);
