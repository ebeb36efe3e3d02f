import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import type { Db } from './connection.js';
import * as m0001 from './migrations/0001_catalogue.js';
import * as m0002 from './migrations/0002_access_log.js';
import * as m0003 from './migrations/0003_clients_access.js';
import * as m0004 from './migrations/0004_auth_keys.js';
import * as m0005 from './migrations/0005_sign_in.js';
import * as m0006 from './migrations/0006_audit_retention.js';
import * as m0007 from './migrations/0007_client_entries.js';
import * as m0008 from './migrations/0008_idp_store.js';
import * as m0009 from './migrations/0009_sign_in_hint.js';
import * as m0010 from './migrations/0010_shared_state.js';
import * as m0011 from './migrations/0011_first_contact_review.js';
import * as m0012 from './migrations/0012_idempotency_request.js';

// Migrations are listed here, not read from the file system, so they work the same from
// source (tsx), from a bundle and in tests. Add new ones at the end; never edit a shipped one.
const migrations: Record<string, Migration> = {
  '0001_catalogue': m0001,
  '0002_access_log': m0002,
  '0003_clients_access': m0003,
  '0004_auth_keys': m0004,
  '0005_sign_in': m0005,
  '0006_audit_retention': m0006,
  '0007_client_entries': m0007,
  '0008_idp_store': m0008,
  '0009_sign_in_hint': m0009,
  '0010_shared_state': m0010,
  '0011_first_contact_review': m0011,
  '0012_idempotency_request': m0012,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  // biome-ignore lint/suspicious/noExplicitAny: the migrator does not need table types
  const migrator = new Migrator({ db: db as any, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
