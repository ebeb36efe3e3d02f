import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.js';
import { openDb } from '../../db/connection.js';
import type { AccessEntryInput } from './model.js';
import { logAccess, type SealProgress, sealAll, sealPending, verifyChain } from './service.js';

let tdb: TestDb;
beforeAll(async () => {
  tdb = await createTestDb();
});
afterAll(async () => tdb.close());

const entry = (n: number, over: Partial<AccessEntryInput> = {}): AccessEntryInput => ({
  actorId: `pro-${n % 4}`,
  actorRole: 'nurse',
  actorOrg: 'unit-1',
  clientId: `client-${n % 7}`,
  action: 'read',
  resource: `client/client-${n % 7}`,
  purpose: 'care',
  basis: 'care_team',
  outcome: 'allow',
  channel: 'rest',
  requestId: `req-${n}`,
  details: { n },
  ...over,
});

/**
 * Seals until `n` more entries are chained. On a shared PostgreSQL server a transaction open
 * anywhere on it holds back the horizon the sealer may chain up to, so a round may fall short.
 */
async function sealAtLeast(n: number, seal: () => Promise<number>) {
  let sealed = 0;
  for (let tries = 0; sealed < n && tries < 400; tries++) {
    sealed += await seal();
    if (sealed < n) await new Promise((r) => setTimeout(r, 25));
  }
  return sealed;
}

const count = async () =>
  Number(
    (
      await tdb.db
        .selectFrom('accessLog')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the access log', () => {
  it('an entry written in a transaction that rolls back leaves nothing', async () => {
    const before = await count();
    await expect(
      tdb.db.transaction().execute(async (trx) => {
        await logAccess(trx, entry(1));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await count()).toBe(before);
  });

  it('seals committed entries into a chain that verifies', async () => {
    for (let i = 0; i < 30; i++) await tdb.db.transaction().execute((trx) => logAccess(trx, entry(i)));
    const progress: SealProgress = { after: 0 };
    expect(await sealAtLeast(30, () => sealAll(tdb.db, 7, progress))).toBe(30);
    expect(await verifyChain(tdb.db)).toEqual({ checked: 30, unsealed: 0, firstBreak: null });
    for (let i = 30; i < 35; i++) await logAccess(tdb.db, entry(i));
    expect(await sealAtLeast(5, () => sealPending(tdb.db))).toBe(5);
    expect((await verifyChain(tdb.db)).checked).toBe(35);
    // The chain follows the order in which entries were written (ids 2..36: past 9 → 10 and 99 → 100 in text).
    const ids = (
      await sql<{ id: string }>`select id::text as id from access_log order by seq`.execute(tdb.db)
    ).rows.map((r) => Number(r.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('refuses to change or delete an entry', async () => {
    await expect(
      sql`update access_log set actor_id = 'someone-else' where seq = 3`.execute(tdb.db),
    ).rejects.toThrow(/cannot be changed/);
    await expect(sql`delete from access_log where seq = 3`.execute(tdb.db)).rejects.toThrow(
      /cannot be deleted/,
    );
    await expect(sql`update access_log set hash = 'x' where seq = 3`.execute(tdb.db)).rejects.toThrow(
      /cannot be changed/,
    );
  });

  let original = '';
  it('verify names the first entry that was tampered with behind the guard', async () => {
    original = String(
      (await sql<{ clientId: string }>`select client_id from access_log where seq = 12`.execute(tdb.db))
        .rows[0]?.clientId,
    );
    await tdb.db.transaction().execute(async (trx) => {
      await sql`alter table access_log disable trigger access_log_guard`.execute(trx);
      await sql`update access_log set client_id = 'client-x' where seq = 12`.execute(trx);
      await sql`alter table access_log enable trigger access_log_guard`.execute(trx);
    });
    const id = Number(
      (await sql<{ id: string }>`select id::text as id from access_log where seq = 12`.execute(tdb.db))
        .rows[0]?.id,
    );
    expect(await verifyChain(tdb.db)).toEqual({
      checked: 11,
      unsealed: 0,
      firstBreak: { seq: 12, id, reason: 'content-changed' },
    });
  });

  it('verify notices a deleted entry', async () => {
    await tdb.db.transaction().execute(async (trx) => {
      await sql`alter table access_log disable trigger access_log_guard`.execute(trx);
      await sql`update access_log set client_id = ${original} where seq = 12`.execute(trx);
      await sql`delete from access_log where seq = 20`.execute(trx);
      await sql`alter table access_log enable trigger access_log_guard`.execute(trx);
    });
    const r = await verifyChain(tdb.db);
    expect(r.firstBreak).toMatchObject({ seq: 20, reason: 'missing-entry' });
  });

  it.runIf(process.env.DATABASE_URL)(
    'does not chain past an entry whose transaction is still open',
    async () => {
      const other = await openDb({ databaseUrl: tdb.url, poolSize: 2 });
      try {
        await sealAll(tdb.db);
        let release!: () => void;
        const held = new Promise<void>((r) => {
          release = r;
        });
        let inserted!: () => void;
        const didInsert = new Promise<void>((r) => {
          inserted = r;
        });
        const slow = other.db.transaction().execute(async (trx) => {
          await logAccess(trx, entry(100, { requestId: 'slow' }));
          inserted();
          await held;
        });
        await didInsert;
        await logAccess(tdb.db, entry(101, { requestId: 'fast' }));
        expect(await sealPending(tdb.db)).toBe(0);
        release();
        await slow;
        expect(await sealAtLeast(2, () => sealPending(tdb.db))).toBe(2);
        const chained = await sql<{ requestId: string }>`
        select request_id from access_log where request_id in ('slow', 'fast') order by seq`.execute(tdb.db);
        expect(chained.rows.map((r) => r.requestId)).toEqual(['slow', 'fast']);
      } finally {
        await other.close();
      }
    },
  );
});

describe('group commit of access-log entries outside a transaction', () => {
  let gdb: TestDb;
  beforeAll(async () => {
    gdb = await createTestDb();
  });
  afterAll(async () => gdb.close());

  it('commits the entries of concurrent requests together, each committed before its caller goes on', async () => {
    const batch = `group-${Date.now()}`;
    const entries = Array.from({ length: 40 }, (_, i) => entry(i, { requestId: `${batch}-${i}` }));
    await Promise.all(
      entries.map(async (e) => {
        await logAccess(gdb.db, e);
        // Committed: another connection sees it as soon as the call returns.
        const seen = await gdb.db
          .selectFrom('accessLog')
          .select('id')
          .where('requestId', '=', e.requestId)
          .execute();
        expect(seen).toHaveLength(1);
      }),
    );
    const rows = await sql<{ txid: string }>`select txid::text as txid from access_log
      where request_id like ${`${batch}-%`}`.execute(gdb.db);
    expect(rows.rows).toHaveLength(40);
    // Fewer commits than entries: they shared statements.
    expect(new Set(rows.rows.map((r) => r.txid)).size).toBeLessThan(40);
  });

  it('an entry the database refuses fails only its own caller; the others are committed', async () => {
    const batch = `bad-${Date.now()}`;
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        // A NUL character cannot be stored in a text column.
        logAccess(
          gdb.db,
          entry(i, { requestId: `${batch}-${i}`, actorId: i === 3 ? 'pro-\u0000' : 'pro-1' }),
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(
      Array.from({ length: 10 }, (_, i) => (i === 3 ? 'rejected' : 'fulfilled')),
    );
    const rows = await gdb.db
      .selectFrom('accessLog')
      .select('requestId')
      .where('requestId', 'like', `${batch}-%`)
      .orderBy('requestId')
      .execute();
    expect(rows.map((r) => r.requestId)).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9].map((i) => `${batch}-${i}`));
  });
});
