import { sql } from 'kysely';
import type { Db } from '../db/connection.js';
import { inTx } from '../db/tx.js';
import { type ImportSummary, importCatalogue } from '../modules/catalogue/transfer.js';
import { generateCatalogue } from './county.js';
import { seedPeople } from './people.js';

export interface SeedOptions {
  seed: number;
  region: string;
}

/**
 * Loads the deterministic demo county: the same seed and region give the same data. The
 * catalogue can be loaded again (records are matched by id); the demo people only once.
 */
export async function seedDemo(db: Db, opts: SeedOptions): Promise<ImportSummary> {
  return inTx(db, async (trx) => {
    const summary = await importCatalogue(trx, generateCatalogue(opts));
    const people = await trx.selectFrom('userAccount').select('id').limit(1).executeTakeFirst();
    if (!people) await seedPeople(trx, { seed: opts.seed });
    return summary;
  });
}

/** Serialises the first start's seeding: server processes starting together seed once. */
const SEED_LOCK = 0x5a4c01;

/** The first start on an empty database gets the demo county; a database with data is left alone. */
export async function seedDemoIfEmpty(db: Db, opts: SeedOptions): Promise<ImportSummary | null> {
  const any = await db.selectFrom('producer').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  return inTx(db, async (trx) => {
    // Another process may be seeding: wait for it, then look again.
    await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    const seeded = await trx.selectFrom('producer').select('id').limit(1).executeTakeFirst();
    return seeded ? null : seedDemo(trx, opts);
  });
}
