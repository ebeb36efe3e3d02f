import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on current table types
type AnyDb = Kysely<any>;

/**
 * A first contact recorded for a client already in the registry opens that client's existing
 * data to the professional's unit for 30 days. Like an emergency access, it carries the reason
 * the professional stated (why the client is at their unit) and waits for the organizer's
 * administrator's review: reviewed, or flagged. Other relationships have no review (null).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('care_relationship')
    .addColumn('reason_code', 'text')
    .addColumn('reason_text', 'text')
    .addColumn('review_status', 'text', (c) =>
      c.check(sql`review_status is null or review_status in ('pending', 'reviewed', 'flagged')`),
    )
    .addColumn('reviewed_by', 'text', (c) => c.references('user_account.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('review_note', 'text')
    .execute();
  // Only a first contact is reviewed, and only with the reason stated for it.
  await sql`alter table care_relationship add constraint care_relationship_review_ck
    check (review_status is null or (kind = 'first_contact' and reason_code is not null and reason_text is not null))`.execute(
    db,
  );
  // The review list reads the openings to review, newest first, without scanning every relationship.
  await sql`create index care_relationship_review_idx on care_relationship (review_status, valid_from)
    where review_status is not null`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index if exists care_relationship_review_idx`.execute(db);
  await sql`alter table care_relationship drop constraint if exists care_relationship_review_ck`.execute(db);
  await db.schema
    .alterTable('care_relationship')
    .dropColumn('review_note')
    .dropColumn('reviewed_at')
    .dropColumn('reviewed_by')
    .dropColumn('review_status')
    .dropColumn('reason_text')
    .dropColumn('reason_code')
    .execute();
}
