import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on current table types
type AnyDb = Kysely<any>;

/**
 * The trust layer's records (DOMAIN §7): users of every kind, the client registry, and the
 * facts that let a professional open a client's data — care relationships, consents, legal
 * bases, refusals of disclosure and break-the-glass declarations.
 */
export async function up(db: AnyDb): Promise<void> {
  const versioned = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`));

  await versioned('user_account')
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('professional', 'organizer', 'client')`))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('profession', 'text')
    .addColumn('producer_id', 'text', (c) => c.references('producer.id'))
    .addColumn('unit_id', 'text', (c) => c.references('unit.id'))
    .addColumn('registers', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('organizer_role', 'text')
    .addColumn('client_id', 'text')
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addUniqueConstraint('user_account_subject_uq', ['issuer', 'subject'])
    .execute();

  await versioned('client')
    // identity_system: 'pic' (henkilötunnus, urn:oid:1.2.246.21) or 'temporary' (a producer's temporary id)
    .addColumn('identity_system', 'text', (c) =>
      c.notNull().check(sql`identity_system in ('pic', 'temporary')`),
    )
    .addColumn('identity_value', 'text', (c) => c.notNull())
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('given_names', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'date', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('street_address', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('municipality_code', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    // DVV non-disclosure for personal safety (turvakielto): address and municipality are never disclosed.
    .addColumn('non_disclosure', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('sote_centre_unit_id', 'text', (c) => c.references('unit.id'))
    .addColumn('sote_centre_chosen_on', 'date')
    .addColumn('dental_unit_id', 'text', (c) => c.references('unit.id'))
    .addColumn('dental_chosen_on', 'date')
    .addUniqueConstraint('client_identity_uq', ['identity_system', 'identity_value'])
    .execute();
  await sql`create index client_name_idx on client (lower(family_name), lower(given_names))`.execute(db);
  await sql`alter table user_account add constraint user_account_client_fk foreign key (client_id) references client (id)`.execute(
    db,
  );

  await db.schema
    .createTable('guardianship')
    .addColumn('client_id', 'text', (c) => c.notNull().references('client.id'))
    .addColumn('guardian_id', 'text', (c) => c.notNull().references('client.id'))
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_until', 'date')
    .addPrimaryKeyConstraint('guardianship_pk', ['client_id', 'guardian_id'])
    .execute();

  const fact = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('client_id', 'text', (c) => c.notNull().references('client.id'))
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('user_account.id'))
      .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('valid_from', 'timestamptz', (c) => c.notNull())
      .addColumn('valid_until', 'timestamptz');

  await fact('care_relationship')
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('care_team', 'referral', 'first_contact', 'personal_worker')`),
    )
    .addColumn('user_id', 'text', (c) => c.references('user_account.id'))
    .addColumn('unit_id', 'text', (c) => c.references('unit.id'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addCheckConstraint('care_relationship_who_ck', sql`user_id is not null or unit_id is not null`)
    .addCheckConstraint(
      'care_relationship_until_ck',
      sql`valid_until is not null and valid_until > valid_from`,
    )
    .execute();
  await db.schema
    .createIndex('care_relationship_client_idx')
    .on('care_relationship')
    .columns(['client_id', 'valid_until'])
    .execute();

  await fact('consent')
    .addColumn('register', 'text', (c) => c.notNull().check(sql`register in ('social', 'health')`))
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('withdrawn_at', 'timestamptz')
    .addColumn('withdrawn_by', 'text', (c) => c.references('user_account.id'))
    .execute();
  await db.schema.createIndex('consent_client_idx').on('consent').column('client_id').execute();

  await fact('legal_basis')
    .addColumn('register', 'text', (c) => c.notNull().check(sql`register in ('social', 'health')`))
    .addColumn('statute', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('legal_basis_client_idx').on('legal_basis').column('client_id').execute();

  await fact('disclosure_refusal')
    .addColumn('producer_id', 'text', (c) => c.notNull().references('producer.id'))
    .addColumn('withdrawn_at', 'timestamptz')
    .addColumn('withdrawn_by', 'text', (c) => c.references('user_account.id'))
    .execute();
  await db.schema
    .createIndex('disclosure_refusal_client_idx')
    .on('disclosure_refusal')
    .column('client_id')
    .execute();

  await fact('break_glass')
    .addColumn('reason_code', 'text', (c) => c.notNull())
    .addColumn('reason_text', 'text', (c) => c.notNull())
    .addColumn('review_status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`review_status in ('pending', 'reviewed', 'flagged')`),
    )
    .addColumn('reviewed_by', 'text', (c) => c.references('user_account.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('review_note', 'text')
    .execute();
  await db.schema
    .createIndex('break_glass_client_idx')
    .on('break_glass')
    .columns(['client_id', 'recorded_by'])
    .execute();
  await db.schema
    .createIndex('break_glass_review_idx')
    .on('break_glass')
    .columns(['review_status', 'recorded_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of [
    'break_glass',
    'disclosure_refusal',
    'legal_basis',
    'consent',
    'care_relationship',
    'guardianship',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  await sql`alter table user_account drop constraint if exists user_account_client_fk`.execute(db);
  await db.schema.dropTable('client').ifExists().execute();
  await db.schema.dropTable('user_account').ifExists().execute();
}
