import type { Db } from '../db/connection.js';
import { type ImportSummary, importCatalogue } from '../modules/catalogue/transfer.js';
import { generateCatalogue } from './county.js';

export interface SeedOptions {
  seed: number;
  region: string;
}

/** Loads the deterministic demo county: the same seed and region give the same data. */
export async function seedDemo(db: Db, opts: SeedOptions): Promise<ImportSummary> {
  return importCatalogue(db, generateCatalogue(opts));
}

/** The first start on an empty database gets the demo county; a database with data is left alone. */
export async function seedDemoIfEmpty(db: Db, opts: SeedOptions): Promise<ImportSummary | null> {
  const any = await db.selectFrom('producer').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  return seedDemo(db, opts);
}
