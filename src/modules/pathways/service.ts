/** Use cases for service packages and chains: one transaction each, versioned, with history. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection.js';
import { inTx } from '../../db/tx.js';
import { bumpVersion, recordHistory } from '../../db/versioned.js';
import { conflict, Problems } from '../../http/errors.js';
import { doesNotExist as catalogueRecordMissing } from '../catalogue/errors.js';
import type { Input } from '../catalogue/model.js';
import { today } from '../catalogue/service.js';
import { doesNotExist, notFound, versionErrors } from './errors.js';
import { msg } from './messages.js';
import { chainStepProblems, type ServiceChain, type ServicePackage } from './model.js';
import * as store from './store.js';

function nameProblems(p: Problems, name: { fi: string; sv: string; en: string }) {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    if (!name[lang].trim())
      p.add(`/name/${lang}`, msg('name.required', { language: msg(`inLanguage.${lang}`) }));
  }
}

// ---------- packages ----------

async function validatePackage(db: Db, input: Input<ServicePackage>) {
  const p = new Problems();
  nameProblems(p, input.name);
  const ids = input.services.map((s) => s.serviceId);
  const known = new Set(
    ids.length
      ? (await db.selectFrom('service').select('id').where('id', 'in', ids).execute()).map((r) => r.id)
      : [],
  );
  const seen = new Set<string>();
  input.services.forEach((s, i) => {
    if (!known.has(s.serviceId))
      p.add(`/services/${i}/serviceId`, catalogueRecordMissing('service', s.serviceId));
    if (seen.has(s.serviceId)) p.add(`/services/${i}/serviceId`, msg('package.serviceTwice'));
    seen.add(s.serviceId);
  });
  p.throwIfAny();
}

/** Packages and chains as listed (filters, a page): the catalogue's export uses these. */
export const listPackages = store.listPackages;
export const listChains = store.listChains;

export async function getPackage(db: Db, id: string): Promise<ServicePackage> {
  const row = await db.selectFrom('servicePackage').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('package', id);
  return (await store.packagesFromRows(db, [row]))[0] as ServicePackage;
}

const packageColumns = (input: Input<ServicePackage>) => ({
  nameFi: input.name.fi,
  nameSv: input.name.sv,
  nameEn: input.name.en,
  clientGroup: input.clientGroup,
  description: JSON.stringify(input.description),
  interfaces: JSON.stringify(input.interfaces),
  active: input.active ?? true,
});

async function writePackageServices(trx: Db, id: string, input: Input<ServicePackage>) {
  await trx.deleteFrom('packageService').where('packageId', '=', id).execute();
  if (input.services.length)
    await trx
      .insertInto('packageService')
      .values(
        input.services.map((s, position) => ({
          packageId: id,
          serviceId: s.serviceId,
          position,
          note: s.note,
        })),
      )
      .execute();
}

export async function createPackage(db: Db, input: Input<ServicePackage>): Promise<ServicePackage> {
  return inTx(db, async (trx) => {
    await validatePackage(trx, input);
    const id = input.id ?? randomUUID();
    await trx
      .insertInto('servicePackage')
      .values({ id, ...packageColumns(input) })
      .execute();
    await writePackageServices(trx, id, input);
    const created = await getPackage(trx, id);
    await recordHistory(trx, 'servicePackage', id, created.version, created);
    return created;
  });
}

export async function updatePackage(
  db: Db,
  id: string,
  version: number,
  input: Input<ServicePackage>,
): Promise<ServicePackage> {
  return inTx(db, async (trx) => {
    await getPackage(trx, id);
    await validatePackage(trx, input);
    await bumpVersion(trx, 'servicePackage', id, version, packageColumns(input)).catch(
      versionErrors('package'),
    );
    await writePackageServices(trx, id, input);
    const updated = await getPackage(trx, id);
    await recordHistory(trx, 'servicePackage', id, updated.version, updated);
    return updated;
  });
}

export async function deletePackage(db: Db, id: string): Promise<void> {
  await inTx(db, async (trx) => {
    const pkg = await getPackage(trx, id);
    const chains = await trx
      .selectFrom('serviceChain')
      .select(['nameFi', 'nameSv', 'nameEn'])
      .where('packageId', '=', id)
      .execute();
    if (chains.length)
      throw conflict(
        msg('package.hasChains', {
          name: pkg.name,
          chains: chains.map((c) => ({ fi: c.nameFi, sv: c.nameSv, en: c.nameEn })),
        }),
      );
    await trx.deleteFrom('servicePackage').where('id', '=', id).execute();
  });
}

// ---------- chains ----------

async function validateChain(db: Db, input: Input<ServiceChain>) {
  const p = new Problems();
  nameProblems(p, input.name);
  p.list.push(...chainStepProblems(input.steps));
  if (input.packageId) {
    const pkg = await db
      .selectFrom('servicePackage')
      .select('id')
      .where('id', '=', input.packageId)
      .executeTakeFirst();
    if (!pkg) p.add('/packageId', doesNotExist('package', input.packageId));
  }
  const codes = new Set<string>();
  input.targets.forEach((t, i) => {
    if (codes.has(t.code)) p.add(`/targets/${i}/code`, msg('chain.targetTwice', { code: t.code }));
    codes.add(t.code);
  });
  const ids = [...new Set(input.steps.map((s) => s.serviceId).filter((s): s is string => s !== null))];
  const services = ids.length
    ? await db
        .selectFrom('service')
        .select(['id', 'nameFi', 'nameSv', 'nameEn', 'level'])
        .where('id', 'in', ids)
        .execute()
    : [];
  // A step may only point at a service that some producer is contracted to deliver (now or later).
  const contracted = new Set(
    ids.length
      ? (
          await db
            .selectFrom('contractService as cs')
            .innerJoin('contract as c', 'c.id', 'cs.contractId')
            .innerJoin('producer as pr', 'pr.id', 'c.producerId')
            .select('cs.serviceId')
            .where('cs.serviceId', 'in', ids)
            .where('c.active', '=', true)
            .where('pr.active', '=', true)
            .where((eb) => eb.or([eb('c.validTo', 'is', null), eb('c.validTo', '>=', today())]))
            .execute()
        ).map((r) => r.serviceId)
      : [],
  );
  input.steps.forEach((s, i) => {
    if (s.serviceId === null) return;
    const service = services.find((x) => x.id === s.serviceId);
    if (!service) p.add(`/steps/${i}/serviceId`, catalogueRecordMissing('service', s.serviceId));
    else if (!contracted.has(s.serviceId))
      p.add(
        `/steps/${i}/serviceId`,
        msg('chain.noContract', {
          service: { fi: service.nameFi, sv: service.nameSv, en: service.nameEn },
        }),
      );
  });
  p.throwIfAny();
}

export async function getChain(db: Db, id: string): Promise<ServiceChain> {
  const row = await db.selectFrom('serviceChain').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('chain', id);
  return (await store.chainsFromRows(db, [row]))[0] as ServiceChain;
}

const chainColumns = (input: Input<ServiceChain>) => ({
  nameFi: input.name.fi,
  nameSv: input.name.sv,
  nameEn: input.name.en,
  clientGroup: input.clientGroup,
  packageId: input.packageId,
  description: JSON.stringify(input.description),
  targets: JSON.stringify(input.targets),
  active: input.active ?? true,
});

async function writeSteps(trx: Db, id: string, input: Input<ServiceChain>) {
  await trx.deleteFrom('chainStep').where('chainId', '=', id).execute();
  await trx
    .insertInto('chainStep')
    .values(
      input.steps.map((s, position) => ({
        chainId: id,
        position,
        serviceId: s.serviceId,
        level: s.level,
        responsibleProducerKind: s.responsibleProducerKind,
        entryCriteria: JSON.stringify(s.entryCriteria),
        handover: s.handover,
        targetDays: s.targetDays,
      })),
    )
    .execute();
}

export async function createChain(db: Db, input: Input<ServiceChain>): Promise<ServiceChain> {
  return inTx(db, async (trx) => {
    await validateChain(trx, input);
    const id = input.id ?? randomUUID();
    await trx
      .insertInto('serviceChain')
      .values({ id, ...chainColumns(input) })
      .execute();
    await writeSteps(trx, id, input);
    const created = await getChain(trx, id);
    await recordHistory(trx, 'serviceChain', id, created.version, created);
    return created;
  });
}

export async function updateChain(
  db: Db,
  id: string,
  version: number,
  input: Input<ServiceChain>,
): Promise<ServiceChain> {
  return inTx(db, async (trx) => {
    await getChain(trx, id);
    await validateChain(trx, input);
    await bumpVersion(trx, 'serviceChain', id, version, chainColumns(input)).catch(versionErrors('chain'));
    await writeSteps(trx, id, input);
    const updated = await getChain(trx, id);
    await recordHistory(trx, 'serviceChain', id, updated.version, updated);
    return updated;
  });
}

/** Chains are only deleted while nothing refers to them; later plans and referrals will, so they are deactivated. */
export async function deleteChain(db: Db, id: string): Promise<void> {
  await inTx(db, async (trx) => {
    await getChain(trx, id);
    await trx.deleteFrom('serviceChain').where('id', '=', id).execute();
  });
}
