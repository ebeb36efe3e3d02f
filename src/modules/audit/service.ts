/**
 * The access log: append an entry in the caller's transaction (so a rolled-back change leaves
 * no entry and a committed one always has its entry), seal committed entries into the hash
 * chain in the background, and verify the chain.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { inTx } from '../../db/tx.js';
import { type AccessEntryInput, type ChainBreak, GENESIS_HASH, sealEntries } from './model.js';
import * as store from './store.js';

/** Appends one entry. Call it inside the use case's transaction. */
export async function logAccess(trx: Db, entry: AccessEntryInput): Promise<void> {
  await store.insertEntry(trx, entry);
}

const SEAL_LOCK = 0x5a1a; // one sealer at a time across all server processes

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

/** Runs the sealer every `intervalMs` until stopped. */
export function startSealer(db: Db, intervalMs = 500, onError: (e: unknown) => void = () => {}) {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const progress: SealProgress = { after: 0 };
  const tick = async () => {
    if (stopped) return;
    running = sealAll(db, 5000, progress).catch(onError);
    await running;
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  let timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
