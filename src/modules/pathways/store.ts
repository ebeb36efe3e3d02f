/** SQL for service packages and service chains. Only this folder touches these tables. */
import type { Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import { likePattern, type Page } from '../../db/query.js';
import type { ServiceChainTable, ServicePackageTable } from '../../db/schema.js';
import type { ChainStep, ServiceChain, ServicePackage } from './model.js';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export async function packagesFromRows(
  db: Db,
  rows: Selectable<ServicePackageTable>[],
): Promise<ServicePackage[]> {
  if (rows.length === 0) return [];
  const items = await db
    .selectFrom('packageService')
    .selectAll()
    .where(
      'packageId',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    active: r.active,
    name: { fi: r.nameFi, sv: r.nameSv, en: r.nameEn },
    clientGroup: r.clientGroup as ServicePackage['clientGroup'],
    description: r.description,
    services: items
      .filter((i) => i.packageId === r.id)
      .map((i) => ({ serviceId: i.serviceId, note: i.note })),
    interfaces: r.interfaces,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  }));
}

export async function chainsFromRows(db: Db, rows: Selectable<ServiceChainTable>[]): Promise<ServiceChain[]> {
  if (rows.length === 0) return [];
  const steps = await db
    .selectFrom('chainStep')
    .selectAll()
    .where(
      'chainId',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    active: r.active,
    name: { fi: r.nameFi, sv: r.nameSv, en: r.nameEn },
    clientGroup: r.clientGroup as ServiceChain['clientGroup'],
    packageId: r.packageId,
    description: r.description,
    targets: r.targets,
    steps: steps
      .filter((s) => s.chainId === r.id)
      .map(
        (s): ChainStep => ({
          serviceId: s.serviceId,
          level: s.level as ChainStep['level'],
          responsibleProducerKind: s.responsibleProducerKind as ChainStep['responsibleProducerKind'],
          entryCriteria: s.entryCriteria,
          handover: s.handover as ChainStep['handover'],
          targetDays: s.targetDays,
        }),
      ),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  }));
}

export async function listPackages(
  db: Db,
  f: {
    q?: string | undefined;
    clientGroup?: string | undefined;
    active?: boolean | undefined;
    serviceId?: string | undefined;
  },
  page: Page,
) {
  let query = db.selectFrom('servicePackage');
  if (f.q) {
    const p = likePattern(f.q);
    query = query.where((eb) =>
      eb.or([eb('nameFi', 'ilike', p), eb('nameSv', 'ilike', p), eb('nameEn', 'ilike', p)]),
    );
  }
  if (f.clientGroup) query = query.where('clientGroup', '=', f.clientGroup);
  if (f.active !== undefined) query = query.where('active', '=', f.active);
  if (f.serviceId) {
    const serviceId = f.serviceId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('packageService')
          .select('packageService.packageId')
          .whereRef('packageService.packageId', '=', 'servicePackage.id')
          .where('packageService.serviceId', '=', serviceId),
      ),
    );
  }
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('nameFi').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await packagesFromRows(db, rows), total: Number(total.n) };
}

export async function listChains(
  db: Db,
  f: {
    q?: string | undefined;
    clientGroup?: string | undefined;
    packageId?: string | undefined;
    active?: boolean | undefined;
    serviceId?: string | undefined;
  },
  page: Page,
) {
  let query = db.selectFrom('serviceChain');
  if (f.q) {
    const p = likePattern(f.q);
    query = query.where((eb) =>
      eb.or([eb('nameFi', 'ilike', p), eb('nameSv', 'ilike', p), eb('nameEn', 'ilike', p)]),
    );
  }
  if (f.clientGroup) query = query.where('clientGroup', '=', f.clientGroup);
  if (f.packageId) query = query.where('packageId', '=', f.packageId);
  if (f.active !== undefined) query = query.where('active', '=', f.active);
  if (f.serviceId) {
    const serviceId = f.serviceId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('chainStep')
          .select('chainStep.chainId')
          .whereRef('chainStep.chainId', '=', 'serviceChain.id')
          .where('chainStep.serviceId', '=', serviceId),
      ),
    );
  }
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('nameFi').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await chainsFromRows(db, rows), total: Number(total.n) };
}
