/**
 * The access log: append an entry in the caller's transaction (so a rolled-back change leaves
 * no entry and a committed one always has its entry), seal committed entries into the hash
 * chain in the background, verify the chain, and purge what is past the retention period.
 */
import { sql } from 'kysely';
import { Batcher, BatchItemError, batcherPer } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { inTx } from '../../db/tx.js';
import {
  type AccessEntryInput,
  type ChainBreak,
  GENESIS_HASH,
  retentionCutoff,
  sealEntries,
} from './model.js';
import * as store from './store.js';

/**
 * Appends one entry. Inside a use case's transaction the entry is part of it: it commits with the
 * work or not at all. On the root database the entry commits on its own before this returns,
 * sharing its statement and commit with the entries of concurrent requests (group commit): a
 * read returns its data only after this resolves.
 */
export async function logAccess(db: Db, entry: AccessEntryInput): Promise<void> {
  if (db.isTransaction) await store.insertEntry(db, entry);
  else await entryBatcher(db).load(entry);
}

/** Appends several entries in one statement, in the caller's transaction (all or none). */
export async function logAccessMany(trx: Db, entries: readonly AccessEntryInput[]): Promise<void> {
  if (entries.length > 0) await store.insertEntries(trx, entries);
}

/**
 * One multi-row insert for the entries that arrived together. Should it fail, each entry is tried
 * on its own, so that one bad entry fails only its own request.
 */
const entryBatcher = batcherPer(
  (db: Db) =>
    new Batcher<AccessEntryInput, void>({
      maxBatch: 200,
      run: async (entries) => {
        try {
          await store.insertEntries(db, entries);
          return entries.map(() => undefined);
        } catch (e) {
          if (entries.length === 1) throw e;
          const one = await Promise.allSettled(entries.map((entry) => store.insertEntries(db, [entry])));
          return one.map((r) => (r.status === 'fulfilled' ? undefined : new BatchItemError(r.reason)));
        }
      },
    }),
);

// One sealer at a time, whoever seals: the server's background job (src/app/jobs.ts, itself run by
// one process at a time), `audit verify` and `audit purge` from the command line.
const SEAL_LOCK = 0x5a1a;

/** Where sealing can start: every entry up to `after` is sealed. Kept by a sealer between rounds. */
export interface SealProgress {
  after: number;
}

/** Seals up to `batch` committed entries; returns how many. Safe to run from several processes. */
export async function sealPending(
  db: Db,
  batch = 5000,
  progress: SealProgress = { after: 0 },
): Promise<number> {
  return inTx(db, async (trx) => {
    const locked = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${SEAL_LOCK}) as ok`.execute(
      trx,
    );
    if (!locked.rows[0]?.ok) return 0;
    const entries = await store.sealableEntries(trx, progress.after, batch);
    if (entries.length > 0) {
      const head = (await store.chainHead(trx)) ?? { seq: 0, hash: GENESIS_HASH };
      await store.writeSeals(trx, sealEntries(entries, head));
    }
    progress.after = await store.sealedThrough(trx, progress.after);
    return entries.length;
  });
}

/** Seals until nothing sealable is left (used by `audit verify` and tests). */
export async function sealAll(db: Db, batch = 5000, progress: SealProgress = { after: 0 }): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await sealPending(db, batch, progress);
    total += n;
    if (n < batch) return total;
  }
}

export interface VerifyResult {
  checked: number;
  unsealed: number;
  firstBreak: ChainBreak | null;
}

/** Checks the whole chain from its start (or the retention anchor) and names the first broken entry. */
export async function verifyChain(db: Db): Promise<VerifyResult> {
  const start = (await store.anchor(db)) ?? { seq: 0, hash: GENESIS_HASH };
  const { checked, broken } = await store.firstBreak(db, start);
  return { checked, unsealed: await store.countUnsealed(db), firstBreak: broken };
}

export interface PurgeOptions {
  /** Entries older than this many years go (a whole number, at least 1). */
  retentionYears: number;
  now?: Date;
}

/**
 * The retention purge: in one transaction, removes the sealed entries older than the retention
 * period from the start of the chain and moves the anchor to the last one removed, so the chain
 * that remains still verifies from there. Unsealed entries are never removed. Returns how many went.
 */
export async function purgeExpired(
  db: Db,
  { retentionYears, now = new Date() }: PurgeOptions,
): Promise<number> {
  const cutoff = retentionCutoff(now, retentionYears);
  return inTx(db, async (trx) => {
    // Not while a sealer is extending the chain: both move its ends.
    await sql`select pg_advisory_xact_lock(${SEAL_LOCK})`.execute(trx);
    const start = (await store.anchor(trx)) ?? { seq: 0, hash: GENESIS_HASH };
    const end = await store.purgeEnd(trx, start.seq, cutoff);
    return end ? store.purgeThrough(trx, end) : 0;
  });
}
