/**
 * SQL for the catalogue tables. Only this folder touches producer, unit, service, channel,
 * contract and contract_service.
 */
import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { likePattern, type Page } from '../../db/query.js';
import type {
  ChannelTable,
  ContractServiceTable,
  ContractTable,
  ProducerTable,
  ServiceTable,
  UnitTable,
} from '../../db/schema.js';
import type { Channel, Contract, Producer, Service, Unit } from './model.js';
import { centsToEuros } from './model.js';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function producerFromRow(r: Selectable<ProducerTable>): Producer {
  return {
    id: r.id,
    version: r.version,
    active: r.active,
    name: r.name,
    kind: r.kind as Producer['kind'],
    businessId: r.businessId,
    oid: r.oid,
    description: r.description,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function unitFromRow(r: Selectable<UnitTable>): Unit {
  return {
    id: r.id,
    version: r.version,
    active: r.active,
    producerId: r.producerId,
    name: r.name,
    streetAddress: r.streetAddress,
    postalCode: r.postalCode,
    municipalityCode: r.municipalityCode,
    phone: r.phone,
    openingHours: r.openingHours,
    languages: r.languages,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function serviceFromRow(r: Selectable<ServiceTable>): Service {
  return {
    id: r.id,
    version: r.version,
    active: r.active,
    name: { fi: r.nameFi, sv: r.nameSv, en: r.nameEn },
    sector: r.sector as Service['sector'],
    level: r.level as Service['level'],
    classification: r.codeSystem && r.code ? { system: r.codeSystem, code: r.code } : null,
    deliveryUnit: r.deliveryUnit as Service['deliveryUnit'],
    unitPrice: centsToEuros(r.unitPriceCents),
    description: r.description,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function channelFromRow(r: Selectable<ChannelTable>): Channel {
  return {
    id: r.id,
    version: r.version,
    active: r.active,
    serviceId: r.serviceId,
    unitId: r.unitId,
    kind: r.kind as Channel['kind'],
    accessibility: r.accessibility,
    languages: r.languages,
    hours: r.hours,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function contractFromRows(
  r: Selectable<ContractTable>,
  services: Selectable<ContractServiceTable>[],
): Contract {
  return {
    id: r.id,
    version: r.version,
    active: r.active,
    producerId: r.producerId,
    reference: r.reference,
    validFrom: r.validFrom,
    validTo: r.validTo,
    qualityCriteria: r.qualityCriteria,
    obligations: r.obligations as Contract['obligations'],
    services: services.map((s) => ({
      serviceId: s.serviceId,
      unitPrice: centsToEuros(s.unitPriceCents),
      monthlyCapacity: s.monthlyCapacity,
      maxResponseDays: s.maxResponseDays,
    })),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export async function listProducers(
  db: Db,
  f: { q?: string | undefined; kind?: string | undefined; active?: boolean | undefined },
  page: Page,
) {
  let query = db.selectFrom('producer');
  if (f.q) {
    const p = likePattern(f.q);
    query = query.where((eb) => eb.or([eb('name', 'ilike', p), eb('businessId', 'ilike', p)]));
  }
  if (f.kind) query = query.where('kind', '=', f.kind);
  if (f.active !== undefined) query = query.where('active', '=', f.active);
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('name').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(producerFromRow), total: Number(total.n) };
}

export async function listUnits(
  db: Db,
  f: {
    q?: string | undefined;
    producerId?: string | undefined;
    municipalityCode?: string | undefined;
    language?: string | undefined;
    active?: boolean | undefined;
  },
  page: Page,
) {
  let query = db.selectFrom('unit');
  if (f.q) {
    const p = likePattern(f.q);
    query = query.where((eb) => eb.or([eb('name', 'ilike', p), eb('streetAddress', 'ilike', p)]));
  }
  if (f.producerId) query = query.where('producerId', '=', f.producerId);
  if (f.municipalityCode) query = query.where('municipalityCode', '=', f.municipalityCode);
  if (f.language) query = query.where(sql<boolean>`languages ? ${f.language}`);
  if (f.active !== undefined) query = query.where('active', '=', f.active);
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('name').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(unitFromRow), total: Number(total.n) };
}

export async function listServices(
  db: Db,
  f: {
    q?: string | undefined;
    sector?: string | undefined;
    level?: string | undefined;
    active?: boolean | undefined;
    code?: string | undefined;
  },
  page: Page,
) {
  let query = db.selectFrom('service');
  if (f.q) {
    const p = likePattern(f.q);
    query = query.where((eb) =>
      eb.or([
        eb('nameFi', 'ilike', p),
        eb('nameSv', 'ilike', p),
        eb('nameEn', 'ilike', p),
        eb('code', 'ilike', p),
      ]),
    );
  }
  if (f.sector) query = query.where('sector', '=', f.sector);
  if (f.level) query = query.where('level', '=', f.level);
  if (f.code) query = query.where('code', '=', f.code);
  if (f.active !== undefined) query = query.where('active', '=', f.active);
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('nameFi').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(serviceFromRow), total: Number(total.n) };
}

export async function listChannels(
  db: Db,
  f: {
    serviceId?: string | undefined;
    unitId?: string | undefined;
    kind?: string | undefined;
    accessible?: string | undefined;
    q?: string | undefined;
    active?: boolean | undefined;
  },
  page: Page,
) {
  let query = db.selectFrom('channel');
  if (f.serviceId) query = query.where('serviceId', '=', f.serviceId);
  if (f.unitId) query = query.where('unitId', '=', f.unitId);
  if (f.kind) query = query.where('kind', '=', f.kind);
  if (f.accessible) query = query.where(sql<boolean>`(accessibility ->> ${f.accessible})::boolean`);
  if (f.q) {
    // Channels are found by the name of their service (any language) or unit.
    const p = likePattern(f.q);
    query = query.where(({ exists, selectFrom, or }) =>
      or([
        exists(
          selectFrom('service as s')
            .select('s.id')
            .whereRef('s.id', '=', 'channel.serviceId')
            .where((eb) =>
              eb.or([eb('s.nameFi', 'ilike', p), eb('s.nameSv', 'ilike', p), eb('s.nameEn', 'ilike', p)]),
            ),
        ),
        exists(
          selectFrom('unit as u')
            .select('u.id')
            .whereRef('u.id', '=', 'channel.unitId')
            .where('u.name', 'ilike', p),
        ),
      ]),
    );
  }
  if (f.active !== undefined) query = query.where('active', '=', f.active);
  const [rows, total] = await Promise.all([
    query
      .selectAll()
      .orderBy('serviceId')
      .orderBy('unitId')
      .orderBy('kind')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(channelFromRow), total: Number(total.n) };
}

export async function contractsByIds(db: Db, rows: Selectable<ContractTable>[]): Promise<Contract[]> {
  if (rows.length === 0) return [];
  const services = await db
    .selectFrom('contractService')
    .selectAll()
    .where(
      'contractId',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('serviceId')
    .execute();
  return rows.map((r) =>
    contractFromRows(
      r,
      services.filter((s) => s.contractId === r.id),
    ),
  );
}

export async function listContracts(
  db: Db,
  f: {
    producerId?: string | undefined;
    serviceId?: string | undefined;
    validOn?: string | undefined;
    active?: boolean | undefined;
    q?: string | undefined;
  },
  page: Page,
) {
  let query = db.selectFrom('contract');
  if (f.producerId) query = query.where('producerId', '=', f.producerId);
  if (f.q) query = query.where('reference', 'ilike', likePattern(f.q));
  if (f.serviceId) {
    const serviceId = f.serviceId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('contractService')
          .select('contractService.contractId')
          .whereRef('contractService.contractId', '=', 'contract.id')
          .where('contractService.serviceId', '=', serviceId),
      ),
    );
  }
  if (f.validOn) {
    const day = f.validOn;
    query = query
      .where('validFrom', '<=', day)
      .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', day)]));
  }
  if (f.active !== undefined) query = query.where('active', '=', f.active);
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('reference').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await contractsByIds(db, rows), total: Number(total.n) };
}

/** Producers with an active contract in force on `day` that covers the service. */
export async function contractedProducers(db: Db, serviceId: string, day: string) {
  return db
    .selectFrom('contractService as cs')
    .innerJoin('contract as c', 'c.id', 'cs.contractId')
    .innerJoin('producer as p', 'p.id', 'c.producerId')
    .select([
      'p.id as producerId',
      'p.name as producerName',
      'p.kind as producerKind',
      'c.id as contractId',
      'c.reference',
      'cs.unitPriceCents',
      'cs.monthlyCapacity',
      'cs.maxResponseDays',
    ])
    .where('cs.serviceId', '=', serviceId)
    .where('c.active', '=', true)
    .where('p.active', '=', true)
    .where('c.validFrom', '<=', day)
    .where((eb) => eb.or([eb('c.validTo', 'is', null), eb('c.validTo', '>=', day)]))
    .orderBy('p.name')
    .execute();
}
