import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.js';
import { logAccess, purgeExpired, sealAll, verifyChain } from './service.js';
import { anchor, countUnsealed } from './store.js';

let tdb: TestDb;
const NOW = new Date('2025-06-15T12:00:00.000Z');
const yearsAgo = (y: number, plusDays = 0) => {
  const d = new Date(NOW.getTime() + plusDays * 86_400_000);
  d.setUTCFullYear(d.getUTCFullYear() - y);
  return d.toISOString();
};

/** An entry written at a chosen moment (the log itself always takes the transaction's time). */
async function write(tag: string, at: string) {
  await tdb.db
    .insertInto('accessLog')
    .values({
      at,
      actorId: 'pro-1',
      actorRole: 'nurse',
      actorOrg: 'unit-1',
      clientId: 'client-1',
      action: 'read',
      resource: 'client/client-1',
      purpose: 'care',
      basis: 'care_team',
      outcome: 'allow',
      channel: 'rest',
      requestId: tag,
      details: '{}',
    })
    .execute();
}

/**
 * Seals until nothing is left unsealed. On a shared PostgreSQL server any transaction open
 * elsewhere holds back the horizon the sealer may chain up to, so one round may seal nothing.
 */
async function sealEverything(db: typeof tdb.db) {
  for (let tries = 0; ; tries++) {
    await sealAll(db);
    if ((await countUnsealed(db)) === 0 || tries > 200) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}

const tags = async () =>
  (await sql<{ requestId: string }>`select request_id from access_log order by id`.execute(tdb.db)).rows.map(
    (r) => r.requestId,
  );

/** Runs `fn` with the access log's guards off, as someone with the database's keys could. */
const behindTheGuards = (fn: (trx: typeof tdb.db) => Promise<unknown>) =>
  tdb.db.transaction().execute(async (trx) => {
    await sql`alter table access_log disable trigger access_log_guard`.execute(trx);
    await sql`alter table access_log_anchor disable trigger access_log_anchor_guard`.execute(trx);
    await fn(trx);
    await sql`alter table access_log enable trigger access_log_guard`.execute(trx);
    await sql`alter table access_log_anchor enable trigger access_log_anchor_guard`.execute(trx);
  });

beforeAll(async () => {
  tdb = await createTestDb();
  for (let i = 0; i < 4; i++) await write(`15y-${i}`, yearsAgo(15, i));
  for (let i = 0; i < 3; i++) await write(`13y-${i}`, yearsAgo(13, i));
  // Just inside twelve years: kept.
  await write('12y-kept', yearsAgo(12, 1));
  for (let i = 0; i < 2; i++) await write(`new-${i}`, NOW.toISOString());
  await sealEverything(tdb.db);
  // Old, but not sealed yet: a purge must leave it.
  await write('20y-unsealed', yearsAgo(20));
});
afterAll(async () => tdb.close());

describe('the retention purge', () => {
  it('refuses a retention that is not a whole number of years from 1', async () => {
    for (const retentionYears of [0, -1, 1.5, Number.NaN, 5000])
      await expect(purgeExpired(tdb.db, { retentionYears, now: NOW })).rejects.toThrow(
        /whole number of years/,
      );
    expect(await tags()).toHaveLength(11);
  });

  it('removes only sealed entries older than the retention period, from the start of the chain', async () => {
    expect(await purgeExpired(tdb.db, { retentionYears: 14, now: NOW })).toBe(4);
    expect(await tags()).toEqual(['13y-0', '13y-1', '13y-2', '12y-kept', 'new-0', 'new-1', '20y-unsealed']);
    expect(await anchor(tdb.db)).toMatchObject({ seq: 4 });
    expect(await purgeExpired(tdb.db, { retentionYears: 12, now: NOW })).toBe(3);
    expect(await tags()).toEqual(['12y-kept', 'new-0', 'new-1', '20y-unsealed']);
    expect(await purgeExpired(tdb.db, { retentionYears: 12, now: NOW })).toBe(0);
  });

  it('leaves a chain that verifies from the anchor and keeps being extended', async () => {
    expect(await verifyChain(tdb.db)).toEqual({ checked: 3, unsealed: 1, firstBreak: null });
    await sealEverything(tdb.db);
    expect(await verifyChain(tdb.db)).toEqual({ checked: 4, unsealed: 0, firstBreak: null });
    // The old entry was sealed behind newer ones: it waits until they expire too.
    expect(await purgeExpired(tdb.db, { retentionYears: 12, now: NOW })).toBe(0);
  });

  it('still notices tampering after a purge', async () => {
    const first = Number((await anchor(tdb.db))?.seq) + 1;
    const idOf = async (seq: number) =>
      Number(
        (await sql<{ id: string }>`select id::text as id from access_log where seq = ${seq}`.execute(tdb.db))
          .rows[0]?.id,
      );
    const id = await idOf(first);

    await behindTheGuards((trx) =>
      sql`update access_log set client_id = 'client-x' where seq = ${first}`.execute(trx),
    );
    expect((await verifyChain(tdb.db)).firstBreak).toEqual({ seq: first, id, reason: 'content-changed' });
    await behindTheGuards((trx) =>
      sql`update access_log set client_id = 'client-1' where seq = ${first}`.execute(trx),
    );
    expect((await verifyChain(tdb.db)).firstBreak).toBeNull();

    const hash = (await anchor(tdb.db))?.hash as string;
    await behindTheGuards((trx) => sql`update access_log_anchor set hash = ${'f'.repeat(64)}`.execute(trx));
    expect((await verifyChain(tdb.db)).firstBreak).toEqual({ seq: first, id, reason: 'wrong-previous-hash' });
    await behindTheGuards((trx) => sql`update access_log_anchor set hash = ${hash}`.execute(trx));

    await behindTheGuards((trx) => sql`delete from access_log where seq = ${first}`.execute(trx));
    expect((await verifyChain(tdb.db)).firstBreak).toMatchObject({ seq: first, reason: 'missing-entry' });
  });

  it('lets the purge flag remove nothing past the anchor, and the anchor move only forward with it', async () => {
    const a = (await anchor(tdb.db)) as { seq: number; hash: string };
    const purging = (fn: (trx: typeof tdb.db) => Promise<unknown>) =>
      tdb.db.transaction().execute(async (trx) => {
        await sql`select set_config('saumaton.purge', 'on', true)`.execute(trx);
        await fn(trx);
      });
    await expect(
      purging((trx) => sql`delete from access_log where seq = ${a.seq + 2}`.execute(trx)),
    ).rejects.toThrow(/cannot be deleted/);
    await expect(
      purging((trx) => sql`update access_log_anchor set seq = ${a.seq - 1}`.execute(trx)),
    ).rejects.toThrow(/cannot move back/);
    await expect(sql`update access_log_anchor set seq = ${a.seq + 1}`.execute(tdb.db)).rejects.toThrow(
      /only with a retention purge/,
    );
    await expect(sql`delete from access_log_anchor`.execute(tdb.db)).rejects.toThrow(/cannot be removed/);
    await expect(sql`truncate access_log`.execute(tdb.db)).rejects.toThrow(/cannot be truncated/);
    await expect(sql`truncate access_log_anchor`.execute(tdb.db)).rejects.toThrow(/cannot be truncated/);
    expect(await anchor(tdb.db)).toEqual(a);
  });
});

describe('a purge of the whole sealed chain', () => {
  let db2: TestDb;
  beforeAll(async () => {
    db2 = await createTestDb();
  });
  afterAll(async () => db2.close());

  it('leaves the anchor as the head the sealer continues from', async () => {
    const entry = (n: number) => ({
      actorId: 'pro-1',
      actorRole: 'nurse',
      actorOrg: 'unit-1',
      clientId: 'client-1',
      action: 'read',
      resource: 'client/client-1',
      purpose: 'care',
      basis: 'care_team' as const,
      outcome: 'allow' as const,
      channel: 'rest' as const,
      requestId: `r-${n}`,
      details: { n },
    });
    for (let i = 0; i < 5; i++) await logAccess(db2.db, entry(i));
    await sealEverything(db2.db);
    const later = new Date(Date.now() + 13 * 365.25 * 86_400_000);
    expect(await purgeExpired(db2.db, { retentionYears: 12, now: later })).toBe(5);
    expect(await anchor(db2.db)).toMatchObject({ seq: 5 });
    expect(await verifyChain(db2.db)).toEqual({ checked: 0, unsealed: 0, firstBreak: null });
    for (let i = 5; i < 8; i++) await logAccess(db2.db, entry(i));
    await sealEverything(db2.db);
    expect(await verifyChain(db2.db)).toEqual({ checked: 3, unsealed: 0, firstBreak: null });
    const seqs = await sql<{ seq: number }>`select seq from access_log order by seq`.execute(db2.db);
    expect(seqs.rows.map((r) => Number(r.seq))).toEqual([6, 7, 8]);
  });
});
