import { type Kysely, sql } from 'kysely';

// Migrations take Kysely<any>: they describe the schema as it was then, not today's types.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on current table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const common = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`));

  await common('producer')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('business_id', 'text')
    .addColumn('oid', 'text')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('producer_business_id_uq')
    .on('producer')
    .column('business_id')
    .unique()
    .execute();

  await common('unit')
    .addColumn('producer_id', 'text', (c) => c.notNull().references('producer.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('street_address', 'text', (c) => c.notNull())
    .addColumn('postal_code', 'text', (c) => c.notNull())
    .addColumn('municipality_code', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('opening_hours', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('languages', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await db.schema.createIndex('unit_producer_idx').on('unit').column('producer_id').execute();

  await common('service')
    .addColumn('name_fi', 'text', (c) => c.notNull())
    .addColumn('name_sv', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('code_system', 'text')
    .addColumn('code', 'text')
    .addColumn('delivery_unit', 'text', (c) => c.notNull())
    .addColumn('unit_price_cents', 'integer', (c) => c.notNull().check(sql`unit_price_cents >= 0`))
    .addColumn('description', 'jsonb', (c) => c.notNull().defaultTo(sql`'{"fi":"","sv":"","en":""}'::jsonb`))
    .execute();

  await common('channel')
    .addColumn('service_id', 'text', (c) => c.notNull().references('service.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('accessibility', 'jsonb', (c) => c.notNull())
    .addColumn('languages', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('hours', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addUniqueConstraint('channel_service_unit_kind_uq', ['service_id', 'unit_id', 'kind'])
    .execute();
  await db.schema.createIndex('channel_unit_idx').on('channel').column('unit_id').execute();

  await common('contract')
    .addColumn('producer_id', 'text', (c) => c.notNull().references('producer.id'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date')
    .addColumn('quality_criteria', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('obligations', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addCheckConstraint('contract_period_ck', sql`valid_to is null or valid_to >= valid_from`)
    .execute();
  await db.schema.createIndex('contract_producer_idx').on('contract').column('producer_id').execute();

  await db.schema
    .createTable('contract_service')
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contract.id').onDelete('cascade'))
    .addColumn('service_id', 'text', (c) => c.notNull().references('service.id'))
    .addColumn('unit_price_cents', 'integer', (c) => c.notNull().check(sql`unit_price_cents >= 0`))
    .addColumn('monthly_capacity', 'integer', (c) => c.notNull().check(sql`monthly_capacity >= 0`))
    .addColumn('max_response_days', 'integer', (c) => c.notNull().check(sql`max_response_days >= 0`))
    .addPrimaryKeyConstraint('contract_service_pk', ['contract_id', 'service_id'])
    .execute();
  await db.schema
    .createIndex('contract_service_service_idx')
    .on('contract_service')
    .column('service_id')
    .execute();

  await common('service_package')
    .addColumn('name_fi', 'text', (c) => c.notNull())
    .addColumn('name_sv', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('client_group', 'text', (c) => c.notNull())
    .addColumn('description', 'jsonb', (c) => c.notNull())
    .addColumn('interfaces', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();

  await db.schema
    .createTable('package_service')
    .addColumn('package_id', 'text', (c) => c.notNull().references('service_package.id').onDelete('cascade'))
    .addColumn('service_id', 'text', (c) => c.notNull().references('service.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('package_service_pk', ['package_id', 'service_id'])
    .execute();
  await db.schema
    .createIndex('package_service_service_idx')
    .on('package_service')
    .column('service_id')
    .execute();

  await common('service_chain')
    .addColumn('name_fi', 'text', (c) => c.notNull())
    .addColumn('name_sv', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('client_group', 'text', (c) => c.notNull())
    .addColumn('package_id', 'text', (c) => c.references('service_package.id'))
    .addColumn('description', 'jsonb', (c) => c.notNull())
    .addColumn('targets', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();

  await db.schema
    .createTable('chain_step')
    .addColumn('chain_id', 'text', (c) => c.notNull().references('service_chain.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('service_id', 'text', (c) => c.references('service.id'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('responsible_producer_kind', 'text', (c) => c.notNull())
    .addColumn('entry_criteria', 'jsonb', (c) => c.notNull())
    .addColumn('handover', 'text', (c) => c.notNull())
    .addColumn('target_days', 'integer')
    .addPrimaryKeyConstraint('chain_step_pk', ['chain_id', 'position'])
    .execute();
  await db.schema.createIndex('chain_step_service_idx').on('chain_step').column('service_id').execute();

  await db.schema
    .createTable('record_history')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('idempotency_key')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('response', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('idempotency_key_pk', ['key', 'route'])
    .execute();

  await db.schema
    .createIndex('record_history_entity_idx')
    .on('record_history')
    .columns(['entity', 'entity_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of [
    'idempotency_key',
    'record_history',
    'chain_step',
    'service_chain',
    'package_service',
    'service_package',
    'contract_service',
    'contract',
    'channel',
    'service',
    'unit',
    'producer',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
