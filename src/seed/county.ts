/**
 * Deterministic demo county (DESIGN "Data the project ships"): producers, units, services,
 * channels, contracts, packages and chains for the municipalities of a real region. The same
 * seed and region always give byte-identical output; no clock, no Math.random.
 */
import { FinnishBusinessIds } from 'finnish-business-ids';
import type { OpeningHours } from '../db/schema.js';
import {
  CATALOGUE_FORMAT,
  CATALOGUE_FORMAT_VERSION,
  type CatalogueDocument,
} from '../modules/catalogue/document.js';
import { type ChannelKind, OBLIGATIONS } from '../modules/catalogue/model.js';
import {
  findCodeSystem,
  lookupConcept,
  type Municipality,
  type MunicipalityLanguage,
  municipalitiesOfRegion,
  regionOfMunicipality,
} from '../modules/codes/model.js';
import { CHAINS } from './data/chains.js';
import { FAMILY_AND_WORK_CHAINS } from './data/chains-family.js';
import { PACKAGES } from './data/packages.js';
import { AREA_CODES, ORG_NAMES, QUALITY_CRITERIA, STREETS_FI, STREETS_SV } from './data/places.js';
import { planProducers } from './data/producers.js';
import type { ServiceDef } from './data/service-def.js';
import { HEALTH_SERVICES } from './data/services-health.js';
import { SOCIAL_AND_OTHER_SERVICES } from './data/services-social.js';
import { Random } from './random.js';

export const DEFAULT_REGION = 'Kanta-Häme';
export const SERVICE_DEFS: ServiceDef[] = [...HEALTH_SERVICES, ...SOCIAL_AND_OTHER_SERVICES];

import type { CountyContext, Pair, ProducerPlan, UnitPlan } from './data/plan.js';

export type { CountyContext, ProducerPlan, UnitPlan };

/** Shows a name pair in the language order of a place: 'Vaasan … – Vasa …' in bilingual Vaasa. */
export function display(p: Pair, language: MunicipalityLanguage): string {
  if (p.fi === p.sv || language === 'fi') return p.fi;
  if (language === 'sv') return p.sv;
  return language === 'bilingual-fi' ? `${p.fi} – ${p.sv}` : `${p.sv} – ${p.fi}`;
}

const isSwedish = (l: MunicipalityLanguage) => l === 'sv' || l === 'bilingual-sv';

function unitLanguages(m: Municipality, county: boolean, english: boolean): string[] {
  const base: Record<MunicipalityLanguage, string[]> = {
    fi: ['fi'],
    'bilingual-fi': ['fi', 'sv'],
    'bilingual-sv': ['sv', 'fi'],
    sv: county ? ['sv', 'fi'] : ['sv'],
  };
  return english ? [...base[m.language], 'en'] : base[m.language];
}

const ALWAYS: OpeningHours[] = [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' }];
const WEEKDAYS: OpeningHours[] = [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' }];
const HOME_VISITS: OpeningHours[] = [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '07:00', closes: '21:00' }];

function channelHours(kind: ChannelKind, unit: UnitPlan, def: ServiceDef): OpeningHours[] {
  if (kind === 'e_service') return ALWAYS;
  if (kind === 'home_visit')
    return def.key === 'home_care' || def.key === 'home_rehabilitation' ? HOME_VISITS : WEEKDAYS;
  if (kind === 'remote_service') return WEEKDAYS;
  return unit.hours;
}

function accessibility(rng: Random, kind: ChannelKind) {
  switch (kind) {
    case 'e_service':
      return { stepFree: true, hearingLoop: false, signLanguage: false, easyRead: true };
    case 'remote_contact':
    case 'remote_service':
      return { stepFree: true, hearingLoop: false, signLanguage: rng.chance(0.3), easyRead: rng.chance(0.4) };
    case 'home_visit':
      return {
        stepFree: true,
        hearingLoop: false,
        signLanguage: rng.chance(0.05),
        easyRead: rng.chance(0.5),
      };
    default:
      return {
        stepFree: rng.chance(kind === 'mobile' ? 0.5 : 0.85),
        hearingLoop: rng.chance(0.55),
        signLanguage: rng.chance(0.1),
        easyRead: rng.chance(0.35),
      };
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function capacity(rng: Random, def: ServiceDef): number {
  const ranges: Record<ServiceDef['deliveryUnit'], [number, number]> = {
    visit: [15, 120],
    hour: [30, 250],
    day: [15, 90],
    month: [2, 40],
    episode: [1, 8],
    decision: [2, 12],
  };
  const [min, max] = ranges[def.deliveryUnit];
  return rng.int(min, max) * 10;
}

function regionAbbreviation(regionFi: string): string {
  const parts = regionFi.split('-');
  if (parts.length > 1)
    return parts
      .map((p) => p.charAt(0))
      .join('')
      .toUpperCase();
  return regionFi.slice(0, 3).toUpperCase();
}

export function generateCatalogue(options: { seed: number; region?: string }): CatalogueDocument {
  const rng = new Random(options.seed);
  const regionName = options.region ?? DEFAULT_REGION;
  const found = municipalitiesOfRegion(regionName);
  const first = found[0];
  const regionInfo = first && regionOfMunicipality(first.code);
  if (!first || !regionInfo) throw new Error(`Unknown region "${regionName}": no municipalities found.`);
  const region = regionInfo.name;
  // Largest first, by a proxy: towns have many PO box and parcel locker codes besides street codes.
  const special = (m: Municipality) => m.postalCodeCount - m.postalCodes.length;
  const municipalities = [...found].sort(
    (a, b) =>
      special(b) - special(a) || b.postalCodeCount - a.postalCodeCount || a.code.localeCompare(b.code),
  );

  const usedBusinessIds = new Set<string>();
  const newBusinessId = ([lo, hi]: [number, number] = [1, 3]): string => {
    for (;;) {
      const body = String(rng.int(lo, hi)) + rng.digits(6);
      const check = FinnishBusinessIds.calculateChecksum(body);
      const id = `${body}-${check}`;
      if (check < 0 || usedBusinessIds.has(id) || !FinnishBusinessIds.isValidBusinessId(id)) continue;
      usedBusinessIds.add(id);
      return id;
    }
  };
  const countyBusinessId = newBusinessId();
  let oidSeq = 0;
  const countyOid = () => `1.2.246.10.${countyBusinessId.slice(0, 7)}.10.${++oidSeq}`;
  const namesLeft = new Map<string, string[]>();
  const pickName = (list: keyof typeof ORG_NAMES, m: Municipality): string => {
    const lang = isSwedish(m.language) ? 'sv' : 'fi';
    const key = `${list}:${lang}`;
    const left = namesLeft.get(key) ?? rng.shuffle(ORG_NAMES[list][lang]);
    const name = left.shift() ?? `${ORG_NAMES[list][lang][0]} ${m.name.fi}`;
    namesLeft.set(key, left);
    return name;
  };

  const plans = planProducers(
    { rng, region, municipalities, newBusinessId, countyOid, pickName },
    countyBusinessId,
  );

  const doc: CatalogueDocument = {
    format: CATALOGUE_FORMAT,
    formatVersion: CATALOGUE_FORMAT_VERSION,
    title: `Demo county: ${region.fi} (seed ${options.seed})`,
    producers: [],
    units: [],
    services: [],
    channels: [],
    contracts: [],
    packages: [],
    chains: [],
  };

  // Producers and their units.
  const areaCode = AREA_CODES[region.fi] ?? '029';
  const unitsByService = new Map<string, { id: string; plan: UnitPlan; producer: ProducerPlan }[]>();
  const producerIds = new Map<ProducerPlan, string>();
  for (const p of plans) {
    const id = rng.uuid();
    producerIds.set(p, id);
    doc.producers.push({
      id,
      name: display(p.name, p.language),
      kind: p.kind,
      businessId: p.businessId,
      oid: p.oid,
      description: p.description,
    });
    for (const u of p.units) {
      const unitId = rng.uuid();
      const m = u.municipality;
      const streets = isSwedish(m.language) ? STREETS_SV : STREETS_FI;
      doc.units.push({
        id: unitId,
        producerId: id,
        name: display(u.name, m.language),
        streetAddress: `${rng.pick(streets)} ${rng.int(1, 48)}`,
        postalCode: rng.pick(m.postalCodes),
        municipalityCode: m.code,
        phone: rng.chance(0.9) ? `${areaCode} ${rng.int(200, 899)} ${rng.digits(4)}` : null,
        openingHours: u.hours,
        languages: unitLanguages(m, p.county, u.english ?? false),
      });
      for (const key of u.services) {
        const list = unitsByService.get(key) ?? [];
        list.push({ id: unitId, plan: u, producer: p });
        unitsByService.set(key, list);
      }
    }
  }

  // Services, with classifications that must exist in the shipped code systems.
  const serviceIds = new Map<string, string>();
  for (const def of SERVICE_DEFS) {
    const id = rng.uuid();
    serviceIds.set(def.key, id);
    let classification = null;
    if (def.code) {
      const system = findCodeSystem(def.code.system);
      if (!system || !lookupConcept(system.url, def.code.code))
        throw new Error(`Service ${def.key}: code ${def.code.code} is not in ${def.code.system}.`);
      classification = { system: system.url, code: def.code.code };
    }
    doc.services.push({
      id,
      name: def.name,
      sector: def.sector,
      level: def.level,
      classification,
      deliveryUnit: def.deliveryUnit,
      unitPrice: def.price,
      description: def.description,
    });
  }

  // Channels: each service at 1–4 units, different municipalities first.
  const seen = new Set<string>();
  for (const def of SERVICE_DEFS) {
    const candidates = rng.shuffle(unitsByService.get(def.key) ?? []);
    if (candidates.length === 0) throw new Error(`No unit delivers service ${def.key}.`);
    const places = new Set<string>();
    const spread = candidates.filter(
      (c) => !places.has(c.plan.municipality.code) && places.add(c.plan.municipality.code),
    );
    const chosen = [...spread, ...candidates.filter((c) => !spread.includes(c))].slice(0, 4);
    chosen.forEach((c, i) => {
      const [primary, secondary] = def.channels;
      const kinds = [primary];
      if (secondary && (i === 0 || (secondary !== 'e_service' && rng.chance(0.5)))) kinds.push(secondary);
      for (const kind of kinds) {
        if (!kind || seen.has(`${def.key}|${c.id}|${kind}`)) continue;
        seen.add(`${def.key}|${c.id}|${kind}`);
        const languages = doc.units.find((u) => u.id === c.id)?.languages ?? ['fi'];
        doc.channels.push({
          id: rng.uuid(),
          serviceId: serviceIds.get(def.key) as string,
          unitId: c.id,
          kind,
          accessibility: accessibility(rng, kind),
          languages: kind === 'e_service' ? ['fi', 'sv', 'en'] : languages,
          hours: channelHours(kind, c.plan, def),
        });
      }
    });
  }

  // Contracts: one per producer that delivers services, covering all of them.
  const abbreviation = regionAbbreviation(region.fi);
  let refNo = rng.int(1, 9);
  for (const p of plans) {
    const keys = [...new Set(p.units.flatMap((u) => u.services))];
    if (keys.length === 0) continue;
    const factor = p.kind === 'private_company' || p.kind === 'sote_centre' || p.kind === 'dental_clinic';
    const pool = QUALITY_CRITERIA[p.criteria];
    const general = rng.sample(QUALITY_CRITERIA.general, rng.int(1, 2));
    doc.contracts.push({
      id: rng.uuid(),
      producerId: producerIds.get(p) as string,
      reference: `${abbreviation}-2026-${String(refNo).padStart(3, '0')}`,
      validFrom: '2026-01-01',
      validTo: p.openEnded ? null : '2027-12-31',
      qualityCriteria: [rng.pick(pool), ...general],
      obligations: [...OBLIGATIONS],
      services: keys.map((key) => {
        const def = SERVICE_DEFS.find((d) => d.key === key);
        if (!def) throw new Error(`Unknown service ${key}.`);
        const price = factor && !p.county ? def.price * (0.92 + rng.next() * 0.16) : def.price;
        return {
          serviceId: serviceIds.get(key) as string,
          unitPrice: p.kind === 'ngo' ? round2(def.price * 0.9) : round2(price),
          monthlyCapacity: capacity(rng, def),
          maxResponseDays: def.responseDays,
        };
      }),
    });
    refNo += rng.int(1, 5);
  }

  // Packages and chains refer to services by key; every one must be delivered by someone.
  const serviceId = (key: string): string => {
    const id = serviceIds.get(key);
    if (!id || !unitsByService.has(key))
      throw new Error(`Service ${key} is not delivered in the demo county.`);
    return id;
  };
  const packageIds = new Map<string, string>();
  for (const pkg of PACKAGES) {
    const id = rng.uuid();
    packageIds.set(pkg.key, id);
    doc.packages.push({
      id,
      name: pkg.name,
      clientGroup: pkg.clientGroup,
      description: pkg.description,
      services: pkg.services.map(([key, note]) => ({ serviceId: serviceId(key), note })),
      interfaces: pkg.interfaces,
    });
  }
  for (const chain of [...CHAINS, ...FAMILY_AND_WORK_CHAINS]) {
    doc.chains.push({
      id: rng.uuid(),
      name: chain.name,
      clientGroup: chain.clientGroup,
      packageId: packageIds.get(chain.packageKey) ?? null,
      description: chain.description,
      targets: chain.targets,
      steps: chain.steps.map((s) => ({
        serviceId: s.service === null ? null : serviceId(s.service),
        level: s.level,
        responsibleProducerKind: s.responsible,
        entryCriteria: s.entry,
        handover: s.handover,
        targetDays: s.targetDays,
      })),
    });
  }
  // A deep copy, so that callers who change the document cannot change the tables it came from.
  return structuredClone(doc);
}
