import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../test/db.js';
import { type Db, openDb } from '../db/connection.js';
import { logAccess } from '../modules/audit/service.js';
import { type Job, type RunOutcome, serverJobs, startJobs } from './jobs.js';

/** The background job runner: once per interval, one process at a time, and the server's own jobs. */
let tdb: TestDb;
beforeAll(async () => {
  tdb = await createTestDb();
});
afterAll(async () => tdb.close());

const HOUR = 3_600_000;
const lastRun = (db: Db, name: string) =>
  db.selectFrom('jobRun').selectAll().where('name', '=', name).executeTakeFirst();

/** A job whose runs wait at a gate the test opens; it notes which database session ran it. */
function gatedJob(name: string, intervalMs = HOUR) {
  const gates: (() => void)[] = [];
  const entered: ((pid: number) => void)[] = [];
  const job: Job = {
    name,
    intervalMs,
    async run(db) {
      const pid = Number(
        (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]?.pid,
      );
      entered.shift()?.(pid);
      await new Promise<void>((open) => gates.push(open));
      // The job's own work after the gate: on the connection that holds its lock.
      await sql`select 1`.execute(db);
    },
  };
  return {
    job,
    /** Resolves with the run's database session once a run has started. */
    started: () => new Promise<number>((r) => entered.push(r)),
    open: () => gates.shift()?.(),
  };
}

describe('the job runner', () => {
  it('runs a job once per interval, records who ran it, and runs a failed job again at the next look', async () => {
    let runs = 0;
    let fail = true;
    const errors: unknown[] = [];
    const job: Job = {
      name: 'test-once',
      intervalMs: HOUR,
      async run() {
        runs++;
        if (fail) throw new Error('not today');
      },
    };
    const runner = startJobs(tdb, [job], { runner: 'host-a:1', onError: (_j, e) => errors.push(e) });
    try {
      expect(await runner.runDue('test-once')).toBe('failed');
      expect(errors.map((e) => (e as Error).message)).toEqual(['not today']);
      expect(await lastRun(tdb.db, 'test-once')).toMatchObject({ ok: false, ranBy: 'host-a:1', runs: 1 });
      fail = false;
      expect(await runner.runDue('test-once')).toBe('ran');
      expect(await runner.runDue('test-once')).toBe('not-due');
      expect(runs).toBe(2);
      expect(await lastRun(tdb.db, 'test-once')).toMatchObject({ ok: true, ranBy: 'host-a:1', runs: 2 });
    } finally {
      await runner.stop();
    }
  });

  it('looks in the background until stopped', async () => {
    const outcomes: RunOutcome[] = [];
    let runs = 0;
    const runner = startJobs(
      tdb,
      [{ name: 'test-often', intervalMs: 20, firstDelayMs: 0, run: async () => runs++ }],
      { onOutcome: (_j, o) => outcomes.push(o) },
    );
    while (runs < 2) await new Promise((r) => setTimeout(r, 10));
    await runner.stop();
    const seen = outcomes.length;
    await new Promise((r) => setTimeout(r, 80));
    expect(outcomes.length).toBe(seen);
    expect(outcomes).not.toContain('failed');
  });

  it('refuses two jobs of one name', () => {
    const job: Job = { name: 'twice', intervalMs: HOUR, run: async () => undefined };
    expect(() => startJobs(tdb, [job, job])).toThrow('Two background jobs have the same name.');
  });
});

describe("the server's jobs", () => {
  it('seal committed access log entries and purge none that are within retention', async () => {
    const purged: number[] = [];
    const runner = startJobs(tdb, serverJobs({ retentionYears: 12, onPurged: (n) => purged.push(n) }));
    try {
      for (let i = 0; i < 3; i++)
        await logAccess(tdb.db, {
          actorId: 'u',
          actorRole: 'nurse',
          actorOrg: null,
          clientId: null,
          action: 'search',
          resource: 'client',
          purpose: 'care',
          basis: 'none',
          outcome: 'allow',
          channel: 'rest',
          requestId: `job-${i}`,
          details: {},
        });
      // The background sealer of startJobs may have sealed them already: then this run seals none.
      expect(['ran', 'not-due', 'busy']).toContain(await runner.runDue('audit-seal'));
      let unsealed = 3;
      for (let i = 0; i < 100 && unsealed > 0; i++) {
        unsealed = Number(
          (
            await sql<{ n: number }>`select count(*)::int as n from access_log
              where request_id like 'job-%' and seq is null`.execute(tdb.db)
          ).rows[0]?.n,
        );
        if (unsealed > 0) await new Promise((r) => setTimeout(r, 50));
      }
      expect(unsealed).toBe(0);
      expect(await runner.runDue('audit-purge')).toBe('ran');
      expect(purged).toEqual([0]);
      expect(await runner.runDue('audit-purge')).toBe('not-due');
    } finally {
      await runner.stop();
    }
  });
});

describe.runIf(process.env.DATABASE_URL)(
  'two processes on one PostgreSQL (PostgreSQL only: PGlite is one process)',
  () => {
    it('runs a job in one process at a time, and once per interval across both', async () => {
      const other = await openDb({ databaseUrl: tdb.url, poolSize: 2 });
      const { job, started, open } = gatedJob('test-exclusive');
      const a = startJobs(tdb, [job], { runner: 'a' });
      const b = startJobs(other, [job], { runner: 'b' });
      try {
        const entered = started();
        const running = a.runDue('test-exclusive');
        await entered;
        // While the first process runs it, the second finds the job taken.
        expect(await b.runDue('test-exclusive')).toBe('busy');
        open();
        expect(await running).toBe('ran');
        // And once it has run, it is not due again in either process before its interval passes.
        expect(await b.runDue('test-exclusive')).toBe('not-due');
        expect(await a.runDue('test-exclusive')).toBe('not-due');
        expect(await lastRun(tdb.db, 'test-exclusive')).toMatchObject({ ok: true, ranBy: 'a', runs: 1 });
      } finally {
        await a.stop();
        await b.stop();
        await other.close();
      }
    });

    it('lets another process take over a job whose process lost its connection, and the lost run does no more work', async () => {
      const other = await openDb({ databaseUrl: tdb.url, poolSize: 2 });
      const { job, started, open } = gatedJob('test-takeover');
      const errors: unknown[] = [];
      const a = startJobs(tdb, [job], { runner: 'a', onError: (_j, e) => errors.push(e) });
      const b = startJobs(other, [job], { runner: 'b' });
      try {
        const entered = started();
        const lost = a.runDue('test-takeover');
        const pid = await entered;
        // Waits (up to 5 s) until the session has ended: its lock goes only then.
        await sql`select pg_terminate_backend(${pid}, 5000)`.execute(other.db);
        // The lock went with the session: the second process runs the job now.
        const takeover = started();
        const second = b.runDue('test-takeover');
        await takeover;
        // Both runs wait at their gates: open both.
        open();
        open();
        expect(await second).toBe('ran');
        // The first run's work after its gate fails: its connection is gone.
        expect(await lost).toBe('failed');
        expect(errors).toHaveLength(1);
        expect(await lastRun(tdb.db, 'test-takeover')).toMatchObject({ ok: true, ranBy: 'b' });
      } finally {
        await a.stop();
        await b.stop();
        await other.close();
      }
    });
  },
);
