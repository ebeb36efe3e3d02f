import { FinnishBusinessIds } from 'finnish-business-ids';
import { describe, expect, it } from 'vitest';
import type { CatalogueDocument } from '../modules/catalogue/document.js';
import {
  CHANNEL_KINDS,
  isValidOid,
  LEVELS,
  OBLIGATIONS,
  openingHoursProblems,
  PRODUCER_KINDS,
  periodsOverlap,
  SECTORS,
} from '../modules/catalogue/model.js';
import {
  lookupConcept,
  municipalitiesOfRegion,
  municipalityOfPostalCode,
  regions,
} from '../modules/codes/model.js';
import { CLIENT_GROUPS, chainStepProblems, INTERFACE_KINDS } from '../modules/pathways/model.js';
import { generateCatalogue } from './county.js';
import { Random } from './random.js';

const kantaHame = generateCatalogue({ seed: 1, region: 'Kanta-Häme' });
const pohjanmaa = generateCatalogue({ seed: 1, region: 'Pohjanmaa' });
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Every service that appears in a channel, a package or a chain step. */
function usedServices(doc: CatalogueDocument): Set<string> {
  const used = new Set(doc.channels.map((c) => c.serviceId));
  for (const p of doc.packages) for (const s of p.services) used.add(s.serviceId);
  for (const c of doc.chains) for (const s of c.steps) if (s.serviceId) used.add(s.serviceId);
  return used;
}

function checkDocument(doc: CatalogueDocument) {
  const ids = [
    doc.producers,
    doc.units,
    doc.services,
    doc.channels,
    doc.contracts,
    doc.packages,
    doc.chains,
  ].flatMap((list) => list.map((r) => r.id));
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(UUID_V4);

  const producers = new Map(doc.producers.map((p) => [p.id, p]));
  const units = new Map(doc.units.map((u) => [u.id, u]));
  const services = new Set(doc.services.map((s) => s.id));
  const packages = new Set(doc.packages.map((p) => p.id));

  for (const u of doc.units) {
    expect(producers.has(u.producerId)).toBe(true);
    expect(municipalityOfPostalCode(u.postalCode)?.code).toBe(u.municipalityCode);
    expect(openingHoursProblems(u.openingHours, '/openingHours')).toEqual([]);
    expect(u.languages.length).toBeGreaterThan(0);
  }
  for (const c of doc.channels) {
    expect(services.has(c.serviceId)).toBe(true);
    expect(units.has(c.unitId)).toBe(true);
    expect(CHANNEL_KINDS).toContain(c.kind);
    expect(openingHoursProblems(c.hours, '/hours')).toEqual([]);
  }
  const triples = doc.channels.map((c) => `${c.serviceId}|${c.unitId}|${c.kind}`);
  expect(new Set(triples).size).toBe(triples.length);
  for (const s of doc.services) {
    const n = new Set(doc.channels.filter((c) => c.serviceId === s.id).map((c) => c.unitId)).size;
    expect(n, s.name.en).toBeGreaterThanOrEqual(1);
    expect(n, s.name.en).toBeLessThanOrEqual(4);
  }

  const covered = new Map<string, Set<string>>();
  for (const c of doc.contracts) {
    expect(producers.has(c.producerId)).toBe(true);
    expect(c.obligations).toEqual([...OBLIGATIONS]);
    expect(c.qualityCriteria.length).toBeGreaterThanOrEqual(2);
    expect(c.qualityCriteria.length).toBeLessThanOrEqual(3);
    expect(c.reference).toMatch(/^[A-Z]{2,3}-2026-\d{3}$/);
    for (const s of c.services) {
      expect(services.has(s.serviceId)).toBe(true);
      expect(Math.round(s.unitPrice * 100)).toBeCloseTo(s.unitPrice * 100, 6);
      expect(s.unitPrice).toBeGreaterThan(0);
      const set = covered.get(c.producerId) ?? new Set();
      set.add(s.serviceId);
      covered.set(c.producerId, set);
    }
  }
  // No producer has two contracts covering the same service in overlapping periods.
  for (const a of doc.contracts)
    for (const b of doc.contracts) {
      if (a === b || a.producerId !== b.producerId) continue;
      if (!periodsOverlap({ from: a.validFrom, to: a.validTo }, { from: b.validFrom, to: b.validTo }))
        continue;
      const shared = a.services.filter((s) => b.services.some((t) => t.serviceId === s.serviceId));
      expect(shared).toEqual([]);
    }
  // Every used service is contracted, and a unit offers only what its producer's contract covers.
  const allCovered = new Set([...covered.values()].flatMap((s) => [...s]));
  for (const id of usedServices(doc)) expect(allCovered.has(id)).toBe(true);
  for (const c of doc.channels) {
    const producerId = units.get(c.unitId)?.producerId ?? '';
    expect(covered.get(producerId)?.has(c.serviceId), `${units.get(c.unitId)?.name}`).toBe(true);
  }

  for (const p of doc.packages) {
    for (const s of p.services) expect(services.has(s.serviceId)).toBe(true);
    for (const i of p.interfaces) expect(INTERFACE_KINDS).toContain(i.kind);
  }
  for (const c of doc.chains) {
    if (c.packageId !== null) expect(packages.has(c.packageId)).toBe(true);
    expect(chainStepProblems(c.steps)).toEqual([]);
    for (const s of c.steps) {
      expect(PRODUCER_KINDS).toContain(s.responsibleProducerKind);
      if (s.serviceId === null) continue;
      expect(services.has(s.serviceId)).toBe(true);
      // The producer kind responsible for the step really delivers the step's service.
      const delivers = doc.contracts.some(
        (k) =>
          producers.get(k.producerId)?.kind === s.responsibleProducerKind &&
          k.services.some((x) => x.serviceId === s.serviceId),
      );
      expect(delivers, `${c.name.en}: ${s.responsibleProducerKind}`).toBe(true);
    }
  }
}

describe('random', () => {
  it('is deterministic and makes RFC 4122 v4 uuids', () => {
    const a = new Random(42);
    const b = new Random(42);
    const seq = Array.from({ length: 5 }, () => a.uuid());
    expect(Array.from({ length: 5 }, () => b.uuid())).toEqual(seq);
    for (const id of seq) expect(id).toMatch(UUID_V4);
    expect(new Random(43).uuid()).not.toBe(seq[0]);
    const r = new Random(1);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 7);
      expect(n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true);
    }
    expect(r.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('generateCatalogue', () => {
  it('gives identical output for the same seed and different ids for another seed', () => {
    const again = generateCatalogue({ seed: 1, region: 'Kanta-Häme' });
    expect(again).toEqual(kantaHame);
    expect(JSON.stringify(again)).toBe(JSON.stringify(kantaHame));
    const other = generateCatalogue({ seed: 2, region: 'Kanta-Häme' });
    const ids = new Set(kantaHame.producers.map((p) => p.id));
    expect(other.producers.some((p) => ids.has(p.id))).toBe(false);
    expect(kantaHame.title).toBe('Demo county: Kanta-Häme (seed 1)');
    expect(generateCatalogue({ seed: 1 })).toEqual(kantaHame);
  });

  it('has moderate sizes and is fast', () => {
    const start = performance.now();
    generateCatalogue({ seed: 99, region: 'Kanta-Häme' });
    expect(performance.now() - start).toBeLessThan(200);
    expect(kantaHame.producers.length).toBeGreaterThanOrEqual(15);
    expect(kantaHame.producers.length).toBeLessThanOrEqual(25);
    expect(kantaHame.units.length).toBeGreaterThanOrEqual(30);
    expect(kantaHame.units.length).toBeLessThanOrEqual(50);
    expect(kantaHame.services.length).toBeGreaterThanOrEqual(30);
    expect(kantaHame.services.length).toBeLessThanOrEqual(45);
  });

  it('keeps all references and contract rules', () => {
    checkDocument(kantaHame);
    checkDocument(pohjanmaa);
    checkDocument(generateCatalogue({ seed: 12345, region: 'Kanta-Häme' }));
  });

  it('gives valid, unique business ids and county OIDs', () => {
    for (const doc of [kantaHame, pohjanmaa]) {
      const bids = doc.producers.map((p) => p.businessId).filter((b): b is string => b !== null);
      expect(new Set(bids).size).toBe(bids.length);
      for (const b of bids) expect(FinnishBusinessIds.isValidBusinessId(b), b).toBe(true);
      const county = doc.producers.find((p) => p.kind === 'county_business_unit');
      const base = `1.2.246.10.${county?.businessId?.slice(0, 7)}.10.`;
      expect(county?.oid?.startsWith(base)).toBe(true);
      for (const p of doc.producers) if (p.oid) expect(isValidOid(p.oid), p.oid).toBe(true);
      const kinds = new Set(doc.producers.map((p) => p.kind));
      for (const kind of PRODUCER_KINDS) expect(kinds.has(kind), kind).toBe(true);
    }
  });

  it('uses every municipality of the region and real postal codes', () => {
    const codes = municipalitiesOfRegion('Kanta-Häme').map((m) => m.code);
    expect(new Set(kantaHame.units.map((u) => u.municipalityCode))).toEqual(new Set(codes));
  });

  it('covers sectors, levels and client groups with real classification codes', () => {
    expect(new Set(kantaHame.services.map((s) => s.sector))).toEqual(new Set(SECTORS));
    expect(new Set(kantaHame.services.map((s) => s.level))).toEqual(new Set(LEVELS));
    for (const s of kantaHame.services) {
      if (s.classification)
        expect(lookupConcept(s.classification.system, s.classification.code), s.name.en).toBeDefined();
      expect(s.name.fi && s.name.sv && s.name.en && s.description.sv).toBeTruthy();
    }
    expect(kantaHame.services.some((s) => s.classification?.system === 'urn:oid:1.2.246.537.6.128')).toBe(
      true,
    );
    const groups = new Set(kantaHame.packages.map((p) => p.clientGroup));
    for (const g of CLIENT_GROUPS.filter((c) => c !== 'other')) expect(groups.has(g), g).toBe(true);
    for (const p of kantaHame.packages) {
      expect(p.services.length).toBeGreaterThanOrEqual(4);
      expect(p.services.length).toBeLessThanOrEqual(10);
      expect(p.interfaces.length).toBeGreaterThan(0);
    }
  });

  it('has at least three home-to-home chains entered directly', () => {
    expect(kantaHame.chains.length).toBeGreaterThanOrEqual(3);
    for (const c of kantaHame.chains) {
      expect(c.steps.length).toBeGreaterThanOrEqual(4);
      expect(c.steps[0]?.handover).toBe('entry');
      expect(c.steps[0]?.targetDays).toBeNull();
      expect(c.targets.length).toBeGreaterThanOrEqual(2);
      expect(c.targets.length).toBeLessThanOrEqual(4);
    }
    const hip = kantaHame.chains.find((c) => c.name.en.includes('Hip fracture'));
    expect(hip?.targets.map((t) => t.code)).toContain('surgery_within_48h_share');
  });

  it('works for Pohjanmaa with Swedish-language units', () => {
    const codes = new Set(municipalitiesOfRegion('Pohjanmaa').map((m) => m.code));
    expect(pohjanmaa.units.every((u) => codes.has(u.municipalityCode))).toBe(true);
    const swedish = pohjanmaa.units.filter((u) => u.languages[0] === 'sv');
    expect(swedish.length).toBeGreaterThanOrEqual(10);
    expect(swedish.some((u) => /social- och hälsostation|Hemvården/.test(u.name))).toBe(true);
    expect(kantaHame.units.every((u) => u.languages[0] === 'fi')).toBe(true);
  });

  it('works for every region in the postal code data', () => {
    const all = regions().map((r) => r.name.fi);
    expect(all.length).toBeGreaterThanOrEqual(18);
    for (const region of all) checkDocument(generateCatalogue({ seed: 3, region }));
  });

  it('does not share objects with its tables between runs', () => {
    const doc = generateCatalogue({ seed: 5, region: 'Kanta-Häme' });
    doc.units[0]?.openingHours.push({ days: [7], opens: '10:00', closes: '11:00' });
    const first = doc.services[0];
    if (first) first.name.fi = 'changed';
    expect(generateCatalogue({ seed: 5, region: 'Kanta-Häme' })).not.toEqual(doc);
    expect(generateCatalogue({ seed: 5, region: 'Kanta-Häme' }).services[0]?.name.fi).not.toBe('changed');
  });

  it('rejects an unknown region', () => {
    expect(() => generateCatalogue({ seed: 1, region: 'Atlantis' })).toThrow(/Atlantis/);
  });
});
