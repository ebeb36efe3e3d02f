import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on current table types
type AnyDb = Kysely<any>;

/**
 * What several server processes on one PostgreSQL share beyond the data itself:
 * - job_run: the last run of each background job (which process ran it, when, whether it
 *   succeeded), so a job runs once per interval across all processes, not once per process;
 * - rate_limit_hit: the rate limits' counters (sign-in attempts), counted across all processes.
 *   The key is a hash: no address or user name is kept.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('job_run')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ok', 'boolean', (c) => c.notNull())
    .addColumn('ran_by', 'text', (c) => c.notNull())
    .addColumn('runs', 'bigint', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('rate_limit_hit')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('window_ends_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('rate_limit_hit_window_idx')
    .on('rate_limit_hit')
    .column('window_ends_at')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('rate_limit_hit').ifExists().execute();
  await db.schema.dropTable('job_run').ifExists().execute();
}
