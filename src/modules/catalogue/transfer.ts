/**
 * Catalogue import and export (`saumaton catalogue import|export`, the demo seed). An import is
 * one transaction through the same use cases as the API, so it obeys every rule and either
 * lands whole or not at all. Records with an id that exists are replaced, others created.
 */
import { type TObject, Type } from '@sinclair/typebox';
import type { Db } from '../../db/connection.js';
import { inTx } from '../../db/tx.js';
import { DomainError, fieldError, invalid } from '../../http/errors.js';
import { Id } from '../../http/schema-kit.js';
import { validateAgainst } from '../../http/validation.js';
import * as P from '../pathways/schemas.js';
import * as pathways from '../pathways/service.js';
import { CATALOGUE_FORMAT, CATALOGUE_FORMAT_VERSION, type CatalogueDocument } from './document.js';
import { msg } from './messages.js';
import * as S from './schemas.js';
import * as svc from './service.js';
import * as store from './store.js';

export interface ImportSummary {
  created: number;
  updated: number;
  byKind: Record<string, number>;
}

type Kind = 'producers' | 'services' | 'units' | 'contracts' | 'channels' | 'packages' | 'chains';

// Order matters: what is referred to comes first.
const ORDER: Kind[] = ['producers', 'services', 'units', 'contracts', 'channels', 'packages', 'chains'];

const withId = <T extends TObject>(t: T) =>
  Type.Composite([t, Type.Object({ id: Id() })], { additionalProperties: false });

/** The file format, from the same schemas the API validates with. */
export const CatalogueDocumentSchema = Type.Object(
  {
    format: Type.Literal(CATALOGUE_FORMAT),
    formatVersion: Type.Literal(CATALOGUE_FORMAT_VERSION),
    title: Type.String({ maxLength: 500 }),
    producers: Type.Array(withId(S.ProducerInput)),
    units: Type.Array(withId(S.UnitInput)),
    services: Type.Array(withId(S.ServiceInput)),
    channels: Type.Array(withId(S.ChannelInput)),
    contracts: Type.Array(withId(S.ContractInput)),
    packages: Type.Array(withId(P.PackageInput)),
    chains: Type.Array(withId(P.ChainInput)),
  },
  { additionalProperties: false },
);

export async function importCatalogue(db: Db, doc: CatalogueDocument): Promise<ImportSummary> {
  const d = doc as unknown as { format?: unknown; formatVersion?: unknown } | null;
  if (d?.format !== CATALOGUE_FORMAT || d.formatVersion !== CATALOGUE_FORMAT_VERSION)
    throw invalid(
      [
        fieldError(
          '/format',
          msg('import.format', {
            format: CATALOGUE_FORMAT,
            version: CATALOGUE_FORMAT_VERSION,
          }),
        ),
      ],
      msg('import.notCatalogue'),
    );
  const problems = validateAgainst(CatalogueDocumentSchema, doc);
  if (problems.length) throw invalid(problems.slice(0, 50), msg('import.schema'));
  const summary: ImportSummary = { created: 0, updated: 0, byKind: {} };
  await inTx(db, async (trx) => {
    for (const kind of ORDER) {
      const records = doc[kind] ?? [];
      for (let i = 0; i < records.length; i++) {
        // biome-ignore lint/suspicious/noExplicitAny: each kind's record goes to its own use case below
        const rec = records[i] as any;
        try {
          const existing = await currentVersion(trx, kind, rec.id);
          if (existing === null) {
            await create(trx, kind, rec);
            summary.created++;
          } else {
            await update(trx, kind, rec.id, existing, rec);
            summary.updated++;
          }
          summary.byKind[kind] = (summary.byKind[kind] ?? 0) + 1;
        } catch (e) {
          if (e instanceof DomainError)
            throw new DomainError(
              e.status,
              e.code,
              msg('import.record', { kind, index: i, id: String(rec.id), reason: e.detail }),
              e.errors.map((f) => ({ ...f, field: `/${kind}/${i}${f.field}` })),
            );
          throw e;
        }
      }
    }
    await analyze(trx);
  });
  return summary;
}

const TABLE = {
  producers: 'producer',
  services: 'service',
  units: 'unit',
  contracts: 'contract',
  channels: 'channel',
  packages: 'servicePackage',
  chains: 'serviceChain',
} as const;

async function currentVersion(db: Db, kind: Kind, id: string): Promise<number | null> {
  const row = await db.selectFrom(TABLE[kind]).select('version').where('id', '=', id).executeTakeFirst();
  return row ? row.version : null;
}

// biome-ignore lint/suspicious/noExplicitAny: dispatch on kind
async function create(db: Db, kind: Kind, rec: any) {
  const empty = { fi: '', sv: '', en: '' };
  switch (kind) {
    case 'producers':
      return svc.createProducer(db, { description: '', ...rec });
    case 'services':
      return svc.createService(db, { description: empty, ...rec });
    case 'units':
      return svc.createUnit(db, rec);
    case 'contracts':
      return svc.createContract(db, rec);
    case 'channels':
      return svc.createChannel(db, rec);
    case 'packages':
      return pathways.createPackage(db, { description: empty, ...rec });
    case 'chains':
      return pathways.createChain(db, { description: empty, ...rec });
  }
}

// biome-ignore lint/suspicious/noExplicitAny: dispatch on kind
async function update(db: Db, kind: Kind, id: string, version: number, rec: any) {
  const empty = { fi: '', sv: '', en: '' };
  switch (kind) {
    case 'producers':
      return svc.updateProducer(db, id, version, { description: '', ...rec });
    case 'services':
      return svc.updateService(db, id, version, { description: empty, ...rec });
    case 'units':
      return svc.updateUnit(db, id, version, rec);
    case 'contracts':
      return svc.updateContract(db, id, version, rec);
    case 'channels':
      return svc.updateChannel(db, id, version, rec);
    case 'packages':
      return pathways.updatePackage(db, id, version, { description: empty, ...rec });
    case 'chains':
      return pathways.updateChain(db, id, version, { description: empty, ...rec });
  }
}

/** After a bulk load the planner needs fresh statistics (autovacuum may be off). */
async function analyze(db: Db) {
  const { sql } = await import('kysely');
  for (const t of [
    'producer',
    'unit',
    'service',
    'channel',
    'contract',
    'contract_service',
    'service_package',
    'package_service',
    'service_chain',
    'chain_step',
  ])
    await sql.raw(`analyze ${t}`).execute(db);
}

const ALL = { limit: 1_000_000, offset: 0 };
const strip = <T extends { version: number; createdAt: string; updatedAt: string }>({
  version: _v,
  createdAt: _c,
  updatedAt: _u,
  ...rest
}: T) => rest;

export async function exportCatalogue(
  db: Db,
  title = 'Saumaton catalogue export',
): Promise<CatalogueDocument> {
  const [producers, units, services, channels, contracts, packages, chains] = await Promise.all([
    store.listProducers(db, {}, ALL),
    store.listUnits(db, {}, ALL),
    store.listServices(db, {}, ALL),
    store.listChannels(db, {}, ALL),
    store.listContracts(db, {}, ALL),
    pathways.listPackages(db, {}, ALL),
    pathways.listChains(db, {}, ALL),
  ]);
  return {
    format: CATALOGUE_FORMAT,
    formatVersion: CATALOGUE_FORMAT_VERSION,
    title,
    producers: producers.items.map(strip),
    units: units.items.map(strip),
    services: services.items.map(strip),
    channels: channels.items.map(strip),
    contracts: contracts.items.map(strip),
    packages: packages.items.map(strip),
    chains: chains.items.map(strip),
  };
}
