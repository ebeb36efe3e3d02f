/**
 * Catalogue use cases: one transaction each, validation of the rules a schema cannot express
 * (checksums, references, contract overlaps), versioned updates and history.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { inTx } from '../../db/tx.js';
import { bumpVersion, recordHistory } from '../../db/versioned.js';
import { conflict, fieldError, Problems } from '../../http/errors.js';
import type { Message } from '../../http/messages.js';
import {
  findCodeSystem,
  lookupConcept,
  municipalityOfPostalCode,
  regionOfMunicipality,
} from '../codes/model.js';
import { doesNotExist, notFound, versionErrors } from './errors.js';
import { msg } from './messages.js';
import {
  type Channel,
  type Contract,
  eurosToCents,
  type Input,
  isValidBusinessId,
  isValidIsoDate,
  isValidOid,
  LANGUAGE_CODE,
  OBLIGATIONS,
  openingHoursProblems,
  type Producer,
  periodsOverlap,
  type Service,
  type Unit,
} from './model.js';
import * as store from './store.js';

export const today = () => new Date().toISOString().slice(0, 10);

function languageProblems(p: Problems, langs: string[], field: string) {
  langs.forEach((l, i) => {
    if (!LANGUAGE_CODE.test(l)) p.add(`${field}/${i}`, msg('language.invalid', { code: l }));
  });
  if (new Set(langs).size !== langs.length) p.add(field, msg('language.duplicate'));
}

// ---------- producers ----------

async function validateProducer(db: Db, input: Input<Producer>, selfId: string | null) {
  const p = new Problems();
  if (input.businessId !== null && !isValidBusinessId(input.businessId))
    p.add('/businessId', msg('producer.businessIdInvalid', { value: input.businessId }));
  if (input.oid !== null && !isValidOid(input.oid))
    p.add('/oid', msg('producer.oidInvalid', { value: input.oid }));
  p.throwIfAny();
  if (input.businessId) {
    const other = await db
      .selectFrom('producer')
      .select(['id', 'name'])
      .where('businessId', '=', input.businessId)
      .$if(selfId !== null, (q) => q.where('id', '!=', selfId as string))
      .executeTakeFirst();
    if (other)
      throw conflict(
        msg('producer.businessIdTaken', { businessId: input.businessId, name: other.name, id: other.id }),
        [fieldError('/businessId', msg('producer.businessIdUnique'))],
      );
  }
}

export async function getProducer(db: Db, id: string): Promise<Producer> {
  const row = await db.selectFrom('producer').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('producer', id);
  return store.producerFromRow(row);
}

export async function createProducer(db: Db, input: Input<Producer>): Promise<Producer> {
  return inTx(db, async (trx) => {
    await validateProducer(trx, input, null);
    const id = input.id ?? randomUUID();
    await trx
      .insertInto('producer')
      .values({
        id,
        name: input.name,
        kind: input.kind,
        businessId: input.businessId,
        oid: input.oid,
        description: input.description,
        active: input.active ?? true,
      })
      .execute();
    const created = await getProducer(trx, id);
    await recordHistory(trx, 'producer', id, created.version, created);
    return created;
  });
}

export async function updateProducer(
  db: Db,
  id: string,
  version: number,
  input: Input<Producer>,
): Promise<Producer> {
  return inTx(db, async (trx) => {
    await getProducer(trx, id);
    await validateProducer(trx, input, id);
    await bumpVersion(trx, 'producer', id, version, {
      name: input.name,
      kind: input.kind,
      businessId: input.businessId,
      oid: input.oid,
      description: input.description,
      active: input.active ?? true,
    }).catch(versionErrors('producer'));
    const updated = await getProducer(trx, id);
    await recordHistory(trx, 'producer', id, updated.version, updated);
    return updated;
  });
}

/**
 * What uses a producer: its units and contracts, the user accounts of its staff, and clients'
 * refusals of disclosure to it. Counts only: the names of staff and clients are not the
 * catalogue editor's to see.
 */
export async function producerReferences(db: Db, id: string): Promise<Message[]> {
  const [counts, contracts] = await Promise.all([
    sql<{ units: string; users: string; refusals: string }>`
      select (select count(*) from unit where producer_id = ${id}) as units,
             (select count(*) from user_account where producer_id = ${id}) as users,
             (select count(*) from disclosure_refusal where producer_id = ${id}) as refusals`.execute(db),
    db.selectFrom('contract').select('reference').where('producerId', '=', id).orderBy('reference').execute(),
  ]);
  const c = counts.rows[0];
  const refs: Message[] = [];
  if (Number(c?.units)) refs.push(msg('ref.units', { count: Number(c?.units) }));
  for (const k of contracts) refs.push(msg('ref.contract', { reference: k.reference }));
  if (Number(c?.users)) refs.push(msg('ref.userAccounts', { count: Number(c?.users) }));
  if (Number(c?.refusals)) refs.push(msg('ref.refusals', { count: Number(c?.refusals) }));
  return refs;
}

/** Deletion is for mistakes; a producer in use is deactivated instead, keeping its history. */
export async function deleteProducer(db: Db, id: string): Promise<void> {
  await inTx(db, async (trx) => {
    const producer = await getProducer(trx, id);
    const refs = await producerReferences(trx, id);
    if (refs.length) throw conflict(msg('producer.inUse', { name: producer.name, references: refs }));
    await trx.deleteFrom('producer').where('id', '=', id).execute();
  });
}

// ---------- units ----------

async function validateUnit(db: Db, input: Input<Unit>): Promise<string> {
  const p = new Problems();
  const producer = await db
    .selectFrom('producer')
    .select('id')
    .where('id', '=', input.producerId)
    .executeTakeFirst();
  if (!producer) p.add('/producerId', doesNotExist('producer', input.producerId));
  const municipality = municipalityOfPostalCode(input.postalCode);
  if (!municipality) p.add('/postalCode', msg('unit.postalCodeUnknown', { code: input.postalCode }));
  let municipalityCode = municipality?.code ?? '';
  if (input.municipalityCode) {
    if (!regionOfMunicipality(input.municipalityCode))
      p.add('/municipalityCode', msg('unit.municipalityCodeInvalid', { code: input.municipalityCode }));
    else municipalityCode = input.municipalityCode;
  }
  p.list.push(...openingHoursProblems(input.openingHours, '/openingHours'));
  languageProblems(p, input.languages, '/languages');
  if (input.languages.length === 0) p.add('/languages', msg('unit.languagesRequired'));
  p.throwIfAny();
  return municipalityCode;
}

export async function getUnit(db: Db, id: string): Promise<Unit> {
  const row = await db.selectFrom('unit').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('unit', id);
  return store.unitFromRow(row);
}

const unitColumns = (input: Input<Unit>, municipalityCode: string) => ({
  producerId: input.producerId,
  name: input.name,
  streetAddress: input.streetAddress,
  postalCode: input.postalCode,
  municipalityCode,
  phone: input.phone,
  openingHours: JSON.stringify(input.openingHours),
  languages: JSON.stringify(input.languages),
  active: input.active ?? true,
});

export async function createUnit(db: Db, input: Input<Unit>): Promise<Unit> {
  return inTx(db, async (trx) => {
    const municipalityCode = await validateUnit(trx, input);
    const id = input.id ?? randomUUID();
    await trx
      .insertInto('unit')
      .values({ id, ...unitColumns(input, municipalityCode) })
      .execute();
    const created = await getUnit(trx, id);
    await recordHistory(trx, 'unit', id, created.version, created);
    return created;
  });
}

export async function updateUnit(db: Db, id: string, version: number, input: Input<Unit>): Promise<Unit> {
  return inTx(db, async (trx) => {
    await getUnit(trx, id);
    const municipalityCode = await validateUnit(trx, input);
    await bumpVersion(trx, 'unit', id, version, unitColumns(input, municipalityCode)).catch(
      versionErrors('unit'),
    );
    const updated = await getUnit(trx, id);
    await recordHistory(trx, 'unit', id, updated.version, updated);
    return updated;
  });
}

/**
 * What uses a unit: its channels, the user accounts of the staff working there, clients who chose
 * it as their sote centre or dental clinic, care and client relationships to it (referrals, first
 * contacts) and record entries written there. Counts only, as for a producer.
 */
export async function unitReferences(db: Db, id: string): Promise<Message[]> {
  const { rows } = await sql<Record<'channels' | 'users' | 'choices' | 'relationships' | 'entries', string>>`
    select (select count(*) from channel where unit_id = ${id}) as channels,
           (select count(*) from user_account where unit_id = ${id}) as users,
           (select count(*) from client where sote_centre_unit_id = ${id} or dental_unit_id = ${id}) as choices,
           (select count(*) from care_relationship where unit_id = ${id}) as relationships,
           (select count(*) from client_entry where unit_id = ${id}) as entries`.execute(db);
  const c = rows[0];
  const refs: Message[] = [];
  for (const [count, key] of [
    [c?.channels, 'ref.channels'],
    [c?.users, 'ref.userAccounts'],
    [c?.choices, 'ref.clientChoices'],
    [c?.relationships, 'ref.careRelationships'],
    [c?.entries, 'ref.entries'],
  ] as const)
    if (Number(count)) refs.push(msg(key, { count: Number(count) }));
  return refs;
}

export async function deleteUnit(db: Db, id: string): Promise<void> {
  await inTx(db, async (trx) => {
    const unit = await getUnit(trx, id);
    const refs = await unitReferences(trx, id);
    if (refs.length) throw conflict(msg('unit.inUse', { name: unit.name, references: refs }));
    await trx.deleteFrom('unit').where('id', '=', id).execute();
  });
}

// ---------- services ----------

function validateService(input: Input<Service>): number {
  const p = new Problems();
  for (const lang of ['fi', 'sv', 'en'] as const) {
    if (!input.name[lang].trim())
      p.add(`/name/${lang}`, msg('service.nameRequired', { language: msg(`inLanguage.${lang}`) }));
  }
  if (input.classification) {
    const { system, code } = input.classification;
    if (!findCodeSystem(system)) {
      p.add('/classification/system', msg('service.codeSystemUnknown', { system }));
    } else if (!lookupConcept(system, code)) {
      p.add('/classification/code', msg('service.codeUnknown', { code, system }));
    }
  }
  const cents = eurosToCents(input.unitPrice);
  if (input.unitPrice < 0) p.add('/unitPrice', msg('price.negative'));
  else if (cents === null) p.add('/unitPrice', msg('price.decimalsExample'));
  p.throwIfAny();
  return cents as number;
}

export async function getService(db: Db, id: string): Promise<Service> {
  const row = await db.selectFrom('service').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('service', id);
  return store.serviceFromRow(row);
}

const serviceColumns = (input: Input<Service>, cents: number) => ({
  nameFi: input.name.fi,
  nameSv: input.name.sv,
  nameEn: input.name.en,
  sector: input.sector,
  level: input.level,
  codeSystem: input.classification?.system ?? null,
  code: input.classification?.code ?? null,
  deliveryUnit: input.deliveryUnit,
  unitPriceCents: cents,
  description: JSON.stringify(input.description),
  active: input.active ?? true,
});

export async function createService(db: Db, input: Input<Service>): Promise<Service> {
  const cents = validateService(input);
  return inTx(db, async (trx) => {
    const id = input.id ?? randomUUID();
    await trx
      .insertInto('service')
      .values({ id, ...serviceColumns(input, cents) })
      .execute();
    const created = await getService(trx, id);
    await recordHistory(trx, 'service', id, created.version, created);
    return created;
  });
}

export async function updateService(
  db: Db,
  id: string,
  version: number,
  input: Input<Service>,
): Promise<Service> {
  const cents = validateService(input);
  return inTx(db, async (trx) => {
    await getService(trx, id);
    await bumpVersion(trx, 'service', id, version, serviceColumns(input, cents)).catch(
      versionErrors('service'),
    );
    const updated = await getService(trx, id);
    await recordHistory(trx, 'service', id, updated.version, updated);
    return updated;
  });
}

/** Where a service is used: a service in use is deactivated, never deleted. */
export async function serviceReferences(db: Db, id: string): Promise<Message[]> {
  const [channels, contracts, packages, steps] = await Promise.all([
    db.selectFrom('channel').select('id').where('serviceId', '=', id).execute(),
    db
      .selectFrom('contractService as cs')
      .innerJoin('contract as c', 'c.id', 'cs.contractId')
      .select('c.reference')
      .where('cs.serviceId', '=', id)
      .execute(),
    db
      .selectFrom('packageService as ps')
      .innerJoin('servicePackage as p', 'p.id', 'ps.packageId')
      .select(['p.nameFi', 'p.nameSv', 'p.nameEn'])
      .where('ps.serviceId', '=', id)
      .execute(),
    db
      .selectFrom('chainStep as s')
      .innerJoin('serviceChain as c', 'c.id', 's.chainId')
      .select(['c.nameFi', 'c.nameSv', 'c.nameEn', 's.position'])
      .where('s.serviceId', '=', id)
      .execute(),
  ]);
  const refs: Message[] = [];
  if (channels.length) refs.push(msg('ref.channels', { count: channels.length }));
  for (const c of contracts) refs.push(msg('ref.contract', { reference: c.reference }));
  for (const p of packages)
    refs.push(msg('ref.package', { name: { fi: p.nameFi, sv: p.nameSv, en: p.nameEn } }));
  for (const s of steps)
    refs.push(
      msg('ref.chainStep', { step: s.position + 1, name: { fi: s.nameFi, sv: s.nameSv, en: s.nameEn } }),
    );
  return refs;
}

export async function deleteService(db: Db, id: string): Promise<void> {
  await inTx(db, async (trx) => {
    const service = await getService(trx, id);
    const refs = await serviceReferences(trx, id);
    if (refs.length) throw conflict(msg('service.inUse', { name: service.name, references: refs }));
    await trx.deleteFrom('service').where('id', '=', id).execute();
  });
}

// ---------- channels ----------

/** A producer without a contract for a service (in force now or later) cannot be offered for it. */
export async function producerContractedFor(db: Db, producerId: string, serviceId: string, fromDay: string) {
  const row = await db
    .selectFrom('contractService as cs')
    .innerJoin('contract as c', 'c.id', 'cs.contractId')
    .select('c.id')
    .where('c.producerId', '=', producerId)
    .where('cs.serviceId', '=', serviceId)
    .where('c.active', '=', true)
    .where((eb) => eb.or([eb('c.validTo', 'is', null), eb('c.validTo', '>=', fromDay)]))
    .executeTakeFirst();
  return row !== undefined;
}

async function validateChannel(db: Db, input: Input<Channel>) {
  const p = new Problems();
  const [service, unit] = await Promise.all([
    db
      .selectFrom('service')
      .select(['id', 'nameFi', 'nameSv', 'nameEn'])
      .where('id', '=', input.serviceId)
      .executeTakeFirst(),
    db
      .selectFrom('unit')
      .select(['id', 'producerId', 'name'])
      .where('id', '=', input.unitId)
      .executeTakeFirst(),
  ]);
  if (!service) p.add('/serviceId', doesNotExist('service', input.serviceId));
  if (!unit) p.add('/unitId', doesNotExist('unit', input.unitId));
  p.list.push(...openingHoursProblems(input.hours, '/hours'));
  languageProblems(p, input.languages, '/languages');
  p.throwIfAny();
  if (service && unit && !(await producerContractedFor(db, unit.producerId, service.id, today()))) {
    p.add(
      '/serviceId',
      msg('channel.noContract', {
        unit: unit.name,
        service: { fi: service.nameFi, sv: service.nameSv, en: service.nameEn },
      }),
    );
    p.throwIfAny();
  }
}

export async function getChannel(db: Db, id: string): Promise<Channel> {
  const row = await db.selectFrom('channel').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('channel', id);
  return store.channelFromRow(row);
}

const channelColumns = (input: Input<Channel>) => ({
  serviceId: input.serviceId,
  unitId: input.unitId,
  kind: input.kind,
  accessibility: JSON.stringify(input.accessibility),
  languages: JSON.stringify(input.languages),
  hours: JSON.stringify(input.hours),
  active: input.active ?? true,
});

async function assertChannelUnique(db: Db, input: Input<Channel>, selfId: string | null) {
  const other = await db
    .selectFrom('channel')
    .select('id')
    .where('serviceId', '=', input.serviceId)
    .where('unitId', '=', input.unitId)
    .where('kind', '=', input.kind)
    .$if(selfId !== null, (q) => q.where('id', '!=', selfId as string))
    .executeTakeFirst();
  if (other)
    throw conflict(msg('channel.duplicate', { kind: msg(`channelKind.${input.kind}`), id: other.id }), [
      fieldError('/kind', msg('channel.kindTaken')),
    ]);
}

export async function createChannel(db: Db, input: Input<Channel>): Promise<Channel> {
  return inTx(db, async (trx) => {
    await validateChannel(trx, input);
    await assertChannelUnique(trx, input, null);
    const id = input.id ?? randomUUID();
    await trx
      .insertInto('channel')
      .values({ id, ...channelColumns(input) })
      .execute();
    const created = await getChannel(trx, id);
    await recordHistory(trx, 'channel', id, created.version, created);
    return created;
  });
}

export async function updateChannel(
  db: Db,
  id: string,
  version: number,
  input: Input<Channel>,
): Promise<Channel> {
  return inTx(db, async (trx) => {
    await getChannel(trx, id);
    await validateChannel(trx, input);
    await assertChannelUnique(trx, input, id);
    await bumpVersion(trx, 'channel', id, version, channelColumns(input)).catch(versionErrors('channel'));
    const updated = await getChannel(trx, id);
    await recordHistory(trx, 'channel', id, updated.version, updated);
    return updated;
  });
}

export async function deleteChannel(db: Db, id: string): Promise<void> {
  await inTx(db, async (trx) => {
    await getChannel(trx, id);
    await trx.deleteFrom('channel').where('id', '=', id).execute();
  });
}

// ---------- contracts ----------

function validateContractShape(input: Input<Contract>): Map<string, number> {
  const p = new Problems();
  if (!isValidIsoDate(input.validFrom)) p.add('/validFrom', msg('date.invalid'));
  if (input.validTo !== null && !isValidIsoDate(input.validTo)) p.add('/validTo', msg('date.invalidOrNull'));
  if (input.validTo !== null && isValidIsoDate(input.validFrom) && input.validTo < input.validFrom)
    p.add('/validTo', msg('contract.endsBeforeStart', { to: input.validTo, from: input.validFrom }));
  const missing = OBLIGATIONS.filter((o) => !input.obligations.includes(o));
  if (missing.length)
    p.add(
      '/obligations',
      msg('contract.obligationsMissing', {
        missing: missing.map((o) => msg(`obligation.${o}`)),
      }),
    );
  if (input.services.length === 0) p.add('/services', msg('contract.servicesRequired'));
  const cents = new Map<string, number>();
  input.services.forEach((s, i) => {
    if (cents.has(s.serviceId)) p.add(`/services/${i}/serviceId`, msg('contract.serviceTwice'));
    const c = eurosToCents(s.unitPrice);
    if (s.unitPrice < 0) p.add(`/services/${i}/unitPrice`, msg('price.negative'));
    else if (c === null) p.add(`/services/${i}/unitPrice`, msg('price.decimals'));
    cents.set(s.serviceId, c ?? 0);
  });
  p.throwIfAny();
  return cents;
}

async function validateContractRefs(db: Db, input: Input<Contract>, selfId: string | null) {
  const p = new Problems();
  const producer = await db
    .selectFrom('producer')
    .select('id')
    .where('id', '=', input.producerId)
    .executeTakeFirst();
  if (!producer) p.add('/producerId', doesNotExist('producer', input.producerId));
  const ids = input.services.map((s) => s.serviceId);
  const known = new Set(
    (await db.selectFrom('service').select('id').where('id', 'in', ids).execute()).map((r) => r.id),
  );
  input.services.forEach((s, i) => {
    if (!known.has(s.serviceId)) p.add(`/services/${i}/serviceId`, doesNotExist('service', s.serviceId));
  });
  p.throwIfAny();
  // Serialise contract writes per producer so two concurrent contracts cannot both pass the overlap check.
  await sql`select pg_advisory_xact_lock(hashtext(${`contract:${input.producerId}`}))`.execute(db);
  const others = await db
    .selectFrom('contract as c')
    .innerJoin('contractService as cs', 'cs.contractId', 'c.id')
    .select(['c.id', 'c.reference', 'c.validFrom', 'c.validTo', 'cs.serviceId'])
    .where('c.producerId', '=', input.producerId)
    .where('c.active', '=', true)
    .where('cs.serviceId', 'in', ids)
    .$if(selfId !== null, (q) => q.where('c.id', '!=', selfId as string))
    .execute();
  const q = new Problems();
  input.services.forEach((s, i) => {
    for (const o of others) {
      if (
        o.serviceId === s.serviceId &&
        periodsOverlap({ from: input.validFrom, to: input.validTo }, { from: o.validFrom, to: o.validTo })
      )
        q.add(
          `/services/${i}/serviceId`,
          msg('contract.overlapsService', {
            reference: o.reference,
            from: o.validFrom,
            to: o.validTo ?? msg('contract.openEnded'),
          }),
        );
    }
  });
  if (q.list.length) throw conflict(msg('contract.overlaps'), q.list);
}

export async function getContract(db: Db, id: string): Promise<Contract> {
  const row = await db.selectFrom('contract').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('contract', id);
  const [contract] = await store.contractsByIds(db, [row]);
  return contract as Contract;
}

async function writeContractServices(
  trx: Db,
  id: string,
  input: Input<Contract>,
  cents: Map<string, number>,
) {
  await trx.deleteFrom('contractService').where('contractId', '=', id).execute();
  await trx
    .insertInto('contractService')
    .values(
      input.services.map((s) => ({
        contractId: id,
        serviceId: s.serviceId,
        unitPriceCents: cents.get(s.serviceId) ?? 0,
        monthlyCapacity: s.monthlyCapacity,
        maxResponseDays: s.maxResponseDays,
      })),
    )
    .execute();
}

const contractColumns = (input: Input<Contract>) => ({
  producerId: input.producerId,
  reference: input.reference,
  validFrom: input.validFrom,
  validTo: input.validTo,
  qualityCriteria: JSON.stringify(input.qualityCriteria),
  obligations: JSON.stringify(input.obligations),
  active: input.active ?? true,
});

export async function createContract(db: Db, input: Input<Contract>): Promise<Contract> {
  const cents = validateContractShape(input);
  return inTx(db, async (trx) => {
    await validateContractRefs(trx, input, null);
    const id = input.id ?? randomUUID();
    await trx
      .insertInto('contract')
      .values({ id, ...contractColumns(input) })
      .execute();
    await writeContractServices(trx, id, input, cents);
    const created = await getContract(trx, id);
    await recordHistory(trx, 'contract', id, created.version, created);
    return created;
  });
}

export async function updateContract(
  db: Db,
  id: string,
  version: number,
  input: Input<Contract>,
): Promise<Contract> {
  const cents = validateContractShape(input);
  return inTx(db, async (trx) => {
    await getContract(trx, id);
    await validateContractRefs(trx, input, id);
    await bumpVersion(trx, 'contract', id, version, contractColumns(input)).catch(versionErrors('contract'));
    await writeContractServices(trx, id, input, cents);
    const updated = await getContract(trx, id);
    await recordHistory(trx, 'contract', id, updated.version, updated);
    return updated;
  });
}

export async function deleteContract(db: Db, id: string): Promise<void> {
  await inTx(db, async (trx) => {
    const contract = await getContract(trx, id);
    if (contract.validFrom <= today())
      throw conflict(msg('contract.inForce', { reference: contract.reference, from: contract.validFrom }));
    await trx.deleteFrom('contract').where('id', '=', id).execute();
  });
}
