import { describe, expect, it } from 'vitest';
import {
  codeSystems,
  findCodeSystem,
  lookupConcept,
  municipalitiesOfRegion,
  municipalityOfPostalCode,
  regionOfMunicipality,
  regions,
} from './model.js';

describe('code systems', () => {
  it('ships SPAT under its OID and a social services classification', () => {
    const spat = findCodeSystem('spat');
    expect(spat?.oid).toBe('1.2.246.537.6.128');
    expect(spat?.url).toBe('urn:oid:1.2.246.537.6.128');
    expect(spat?.concepts.length).toBeGreaterThanOrEqual(15);
    expect(spat?.concepts.length).toBeLessThanOrEqual(30);
    const social = findCodeSystem('social-services');
    expect(social?.concepts.length).toBeGreaterThanOrEqual(15);
    expect(social?.note).not.toBe('');
  });

  it('finds the same system by id, OID and urn:oid', () => {
    expect(findCodeSystem('1.2.246.537.6.128')?.id).toBe('spat');
    expect(findCodeSystem('urn:oid:1.2.246.537.6.128')?.id).toBe('spat');
    expect(findCodeSystem('urn:oid:1.2.246.537.6.999')).toBeUndefined();
  });

  it('looks up concepts by OID, urn:oid, id and URL', () => {
    expect(lookupConcept('1.2.246.537.6.128', 'SPAT1217')?.display.fi).toBe(
      'Palvelutarpeen arviointi (iäkkäät/hoitotuki)',
    );
    expect(lookupConcept('urn:oid:1.2.246.537.6.128', 'SPAT1237')?.display).toEqual({
      fi: 'Psykoterapia',
      sv: 'Psykoterapi',
      en: 'Psychotherapy',
    });
    expect(lookupConcept('spat', 'SPAT1410')?.code).toBe('SPAT1410');
    const social = findCodeSystem('social-services');
    expect(social && lookupConcept(social.url, '88101')?.display.fi).toBe(
      'Kotipalvelut ikääntyneille ja vammaisille',
    );
  });

  it('returns undefined for unknown codes and systems', () => {
    expect(lookupConcept('spat', 'SPAT0000')).toBeUndefined();
    expect(lookupConcept('spat', 'spat1217')).toBeUndefined();
    expect(lookupConcept('1.2.3.4', 'SPAT1217')).toBeUndefined();
  });

  it('has unique codes, all three languages and a URL in every system', () => {
    for (const system of codeSystems) {
      const codes = system.concepts.map((c) => c.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const c of system.concepts) {
        expect(c.display.fi && c.display.sv && c.display.en, `${system.id} ${c.code}`).toBeTruthy();
      }
      expect(system.url).not.toBe('');
    }
  });
});

describe('municipalities', () => {
  it('gives exactly the 11 municipalities of Kanta-Häme', () => {
    const ms = municipalitiesOfRegion('Kanta-Häme');
    expect(ms.map((m) => m.code)).toEqual([
      '061',
      '082',
      '086',
      '103',
      '109',
      '165',
      '169',
      '433',
      '694',
      '834',
      '981',
    ]);
    expect(ms.map((m) => m.name.fi).sort()).toEqual([
      'Forssa',
      'Hattula',
      'Hausjärvi',
      'Humppila',
      'Hämeenlinna',
      'Janakkala',
      'Jokioinen',
      'Loppi',
      'Riihimäki',
      'Tammela',
      'Ypäjä',
    ]);
    expect(ms.find((m) => m.code === '109')?.name.sv).toBe('Tavastehus');
    expect(ms.every((m) => m.language === 'fi' && m.postalCodes.length > 0)).toBe(true);
  });

  it('maps postal codes of Hämeenlinna to 109 and knows its region', () => {
    expect(municipalityOfPostalCode('13100')?.code).toBe('109');
    expect(municipalityOfPostalCode('16900')?.name.fi).toBe('Hämeenlinna');
    expect(municipalityOfPostalCode('00000')).toBeUndefined();
    expect(regionOfMunicipality('109')?.name).toEqual({ fi: 'Kanta-Häme', sv: 'Egentliga Tavastland' });
    expect(regionOfMunicipality('999')).toBeUndefined();
  });

  it('derives language status, with Swedish-majority municipalities in Pohjanmaa', () => {
    const ms = municipalitiesOfRegion('Pohjanmaa');
    const byCode = new Map(ms.map((m) => [m.code, m]));
    expect(byCode.get('905')?.language).toBe('bilingual-fi'); // Vaasa
    expect(byCode.get('499')?.language).toBe('bilingual-sv'); // Mustasaari / Korsholm
    expect(byCode.get('545')?.language).toBe('sv'); // Närpiö / Närpes
    expect(byCode.get('399')?.language).toBe('fi'); // Laihia
    expect(municipalitiesOfRegion('Österbotten').length).toBe(ms.length);
  });

  it('lists the regions', () => {
    const names = regions().map((r) => r.name.fi);
    expect(names).toContain('Kanta-Häme');
    expect(names).toContain('Pohjanmaa');
    expect(new Set(names).size).toBe(names.length);
  });

  it('returns [] for an unknown region', () => {
    expect(municipalitiesOfRegion('Atlantis')).toEqual([]);
  });
});
