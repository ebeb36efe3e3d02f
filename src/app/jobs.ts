/**
 * Background jobs (the access log's sealer and retention purge; later the fall-through scan),
 * run by every server process but by one process at a time, and once per interval across all
 * of them.
 *
 * Every process looks now and then whether a job is due. On PostgreSQL it first takes the job's
 * advisory lock (pg_try_advisory_lock) on a connection of its own, and runs the job on that very
 * connection: if the connection is lost, the lock goes with it and so do the job's queries, so
 * two processes never run one job at the same time. Whoever holds the lock checks the job's last
 * run (table job_run) and runs it only when the interval has passed since; a process that finds
 * the lock taken or the job not yet due waits for its next look. PGlite is one process's
 * database: there the job runs without a lock.
 */
import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { Db, DbHandle } from '../db/connection.js';
import { purgeExpired, type SealProgress, sealAll } from '../modules/audit/service.js';

export interface Job {
  /** Unique: the job's lock and its row in job_run are keyed by it. */
  name: string;
  /** How often the job runs, across all processes together. */
  intervalMs: number;
  /** Before a process first looks whether the job is due; default the interval, at most a minute. */
  firstDelayMs?: number;
  /**
   * One run. `db` is the connection that holds the job's lock: run the job's queries on it
   * (transactions on it are fine), not on another connection.
   */
  run(db: Db): Promise<unknown>;
}

export type RunOutcome = 'ran' | 'failed' | 'busy' | 'not-due';

export interface JobRunnerOptions {
  /** Who runs the jobs, as job_run records it: host and process id by default. */
  runner?: string;
  onError?: (job: Job, error: unknown) => void;
  /** After each look (tests, metrics). */
  onOutcome?: (job: Job, outcome: RunOutcome) => void;
}

export interface JobRunner {
  /** Looks once whether the job is due and runs it if so (tests, the CLI). */
  runDue(name: string): Promise<RunOutcome>;
  /** Stops looking and waits for the runs under way. */
  stop(): Promise<void>;
}

/** Two-key advisory locks (LOCK_SPACE, hashtext(job name)): apart from the single-key locks elsewhere. */
const LOCK_SPACE = 0x5a4a0b;
/** The longest a process waits between looks at one job. */
const MAX_LOOK_MS = 60_000;

export const defaultRunner = () => `${hostname()}:${process.pid}`;

/** Runs the job if its interval has passed since its last run; records the run. */
async function runIfDue(db: Db, job: Job, runner: string): Promise<RunOutcome> {
  const due = await sql<{ due: boolean; now: Date }>`
    select coalesce(
             (select not ok or finished_at + ${job.intervalMs} * interval '1 millisecond' <= clock_timestamp()
              from job_run where name = ${job.name}),
             true) as due,
           clock_timestamp() as now`.execute(db);
  const row = due.rows[0];
  if (!row?.due) return 'not-due';
  let ok = true;
  try {
    await job.run(db);
  } catch (e) {
    ok = false;
    throw e;
  } finally {
    await db
      .insertInto('jobRun')
      .values({
        name: job.name,
        startedAt: row.now,
        finishedAt: sql<Date>`clock_timestamp()`,
        ok,
        ranBy: runner,
      })
      .onConflict((oc) =>
        oc.column('name').doUpdateSet((eb) => ({
          startedAt: eb.ref('excluded.startedAt'),
          finishedAt: eb.ref('excluded.finishedAt'),
          ok: eb.ref('excluded.ok'),
          ranBy: eb.ref('excluded.ranBy'),
          runs: sql<number>`job_run.runs + 1`,
        })),
      )
      .execute()
      // The run's own error matters more than a failed record of it (e.g. the connection is gone).
      .catch((e) => {
        if (ok) throw e;
      });
  }
  return 'ran';
}

/** One look at a job: on PostgreSQL under its lock, on the connection that holds it. */
async function look(handle: Pick<DbHandle, 'db' | 'kind'>, job: Job, runner: string): Promise<RunOutcome> {
  if (handle.kind === 'pglite') return runIfDue(handle.db, job, runner);
  return handle.db.connection().execute(async (conn) => {
    const locked = await sql<{
      ok: boolean;
    }>`select pg_try_advisory_lock(${LOCK_SPACE}, hashtext(${job.name})) as ok`.execute(conn);
    if (!locked.rows[0]?.ok) return 'busy';
    try {
      return await runIfDue(conn, job, runner);
    } finally {
      // A lost connection has released the lock already.
      await sql`select pg_advisory_unlock(${LOCK_SPACE}, hashtext(${job.name}))`
        .execute(conn)
        .catch(() => undefined);
    }
  });
}

/** Starts looking at each job now and then until stopped. */
export function startJobs(
  handle: Pick<DbHandle, 'db' | 'kind'>,
  jobs: Job[],
  opts: JobRunnerOptions = {},
): JobRunner {
  const names = new Set(jobs.map((j) => j.name));
  if (names.size !== jobs.length) throw new Error('Two background jobs have the same name.');
  const runner = opts.runner ?? defaultRunner();
  let stopped = false;
  const timers = new Map<string, NodeJS.Timeout>();
  const underWay = new Set<Promise<unknown>>();

  const lookAt = async (job: Job): Promise<RunOutcome> => {
    let outcome: RunOutcome;
    try {
      outcome = await look(handle, job, runner);
    } catch (e) {
      outcome = 'failed';
      opts.onError?.(job, e);
    }
    opts.onOutcome?.(job, outcome);
    return outcome;
  };
  const track = <T>(p: Promise<T>): Promise<T> => {
    underWay.add(p);
    void p.finally(() => underWay.delete(p)).catch(() => undefined);
    return p;
  };
  const schedule = (job: Job, delayMs: number) => {
    if (stopped) return;
    const timer = setTimeout(async () => {
      await track(lookAt(job));
      schedule(job, Math.min(job.intervalMs, MAX_LOOK_MS));
    }, delayMs);
    timer.unref?.();
    timers.set(job.name, timer);
  };
  for (const job of jobs) schedule(job, job.firstDelayMs ?? Math.min(job.intervalMs, MAX_LOOK_MS));

  return {
    runDue(name) {
      const job = jobs.find((j) => j.name === name);
      if (!job) throw new Error(`No background job "${name}".`);
      return track(lookAt(job));
    },
    async stop() {
      stopped = true;
      for (const t of timers.values()) clearTimeout(t);
      await Promise.allSettled([...underWay]);
    },
  };
}

const DAY_MS = 86_400_000;

export interface ServerJobsOptions {
  /** Years the access log is kept (AUDIT_RETENTION_YEARS). */
  retentionYears: number;
  /** How often committed access log entries are chained (default half a second). */
  sealIntervalMs?: number;
  onPurged?: (removed: number) => void;
}

/** The server's background jobs. */
export function serverJobs(o: ServerJobsOptions): Job[] {
  // Where this process's sealer can start looking (a lower bound, whoever sealed since).
  const progress: SealProgress = { after: 0 };
  return [
    {
      // Chains committed access log entries into the hash chain.
      name: 'audit-seal',
      intervalMs: o.sealIntervalMs ?? 500,
      run: (db) => sealAll(db, 5000, progress),
    },
    {
      // Removes access log entries past the retention period, daily; first a minute after the
      // start, so that starting the server is not slowed.
      name: 'audit-purge',
      intervalMs: DAY_MS,
      firstDelayMs: 60_000,
      run: async (db) => o.onPurged?.(await purgeExpired(db, { retentionYears: o.retentionYears })),
    },
  ];
}
