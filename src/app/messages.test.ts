import { describe, expect, it } from 'vitest';
import { LANGUAGES, localize, pickLanguage } from '../http/messages.js';
import { fieldErrors } from '../http/validation.js';
import { msg } from '../modules/catalogue/messages.js';
import { msg as pathwayMsg } from '../modules/pathways/messages.js';
import { MESSAGE_SOURCES, MESSAGES } from './messages.js';

const keys = Object.keys(MESSAGES);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it('has a non-empty text in Finnish, Swedish and English for every key', () => {
    for (const key of keys)
      for (const lang of LANGUAGES)
        expect([key, lang, MESSAGES[key]?.[lang].trim() !== '']).toEqual([key, lang, true]);
  });

  it('uses the same placeholders in every language', () => {
    for (const key of keys) {
      const want = placeholders(MESSAGES[key]?.en ?? '');
      expect([key, placeholders(MESSAGES[key]?.fi ?? '')]).toEqual([key, want]);
      expect([key, placeholders(MESSAGES[key]?.sv ?? '')]).toEqual([key, want]);
    }
  });

  it('has no stray braces (a placeholder typo would show as text)', () => {
    for (const key of keys)
      for (const lang of LANGUAGES) {
        const rest = (MESSAGES[key]?.[lang] ?? '').replace(/\{\w+\}/g, '');
        expect([key, lang, /[{}]/.test(rest)]).toEqual([key, lang, false]);
      }
  });

  it('keys are stable, dotted names', () => {
    for (const key of keys) expect(key).toMatch(/^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/);
  });
});

describe('localize', () => {
  it('fills placeholders and defaults to English', () => {
    expect(localize(msg('hours.dayInvalid', { day: 8 }))).toBe('Weekday 8 is not 1 (Monday) … 7 (Sunday).');
    expect(localize(msg('hours.dayInvalid', { day: 8 }), 'fi')).toBe(
      'Viikonpäivä 8 ei ole välillä 1 (maanantai) … 7 (sunnuntai).',
    );
  });

  it("picks a record's own name in the answer's language, falling back when it has none", () => {
    const name = { fi: 'Kotihoito', sv: 'Hemvård', en: 'Home care' };
    expect(localize(pathwayMsg('chain.noContract', { service: name }), 'sv')).toContain('"Hemvård"');
    expect(localize(pathwayMsg('chain.noContract', { service: name }), 'fi')).toContain('"Kotihoito"');
    expect(localize(pathwayMsg('chain.noContract', { service: { ...name, sv: '' } }), 'sv')).toContain(
      '"Home care"',
    );
  });

  it('localizes nested messages and lists of them', () => {
    const refs = [
      msg('ref.contract', { reference: 'KH-2026-001' }),
      msg('ref.chainStep', { step: 2, name: { fi: 'Lonkkamurtuma', sv: 'Höftfraktur', en: 'Hip fracture' } }),
    ];
    const name = { fi: 'Kuntoutus', sv: 'Rehabilitering', en: 'Rehabilitation' };
    expect(localize(msg('service.inUse', { name, references: refs }))).toMatch(
      /^Service "Rehabilitation" is used by contract KH-2026-001, step 2 of chain "Hip fracture"; it cannot be deleted\./,
    );
    expect(localize(msg('service.inUse', { name, references: refs }), 'fi')).toMatch(
      /^Palvelua "Kuntoutus" ei voi poistaa, koska se on käytössä: sopimus KH-2026-001, palveluketjun "Lonkkamurtuma" vaihe 2\./,
    );
    expect(localize(msg('service.inUse', { name, references: refs }), 'sv')).toMatch(
      /^Tjänsten "Rehabilitering" kan inte raderas eftersom den används: avtal KH-2026-001, steg 2 i servicekedjan "Höftfraktur"\./,
    );
  });
});

describe('pickLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['fi', 'fi'],
    ['sv', 'sv'],
    ['en', 'en'],
    ['fi-FI', 'fi'],
    ['sv-FI', 'sv'],
    ['SV-fi', 'sv'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9', 'en'],
    ['de-DE,sv;q=0.5,fi;q=0.4', 'sv'],
    ['fi;q=0.3, sv;q=0.8', 'sv'],
    ['en;q=0.2, fi-FI;q=0.9, sv', 'sv'],
    ['fi-FI,fi;q=0.9,en-US;q=0.8,en;q=0.7', 'fi'],
    ['sv;q=0, fi;q=0.1', 'fi'],
    ['*', 'en'],
    ['en;q=0, *', 'fi'],
    ['fi;q=abc, sv;q=0.5', 'sv'],
    [['sv-FI', 'fi'], 'sv'],
  ] as const)('%j → %s', (header, want) => {
    expect(pickLanguage(header)).toBe(want);
  });
});

describe('schema errors', () => {
  it('carry a key and localize in every language', () => {
    const [unknown] = fieldErrors(
      [
        {
          keyword: 'additionalProperties',
          instancePath: '',
          schemaPath: '#/additionalProperties',
          params: { additionalProperty: 'nmae' },
        },
      ],
      'body',
    );
    expect(unknown).toMatchObject({ field: '/nmae', code: 'schema.unknownField' });
    expect(unknown?.message).toMatch(/^Unknown field "nmae"/);
    expect(unknown && localize(unknown.detail, 'fi')).toMatch(/^Tuntematon kenttä "nmae"/);
  });

  it('fold the alternatives of a nullable field into one message naming both kinds', () => {
    const errors = fieldErrors(
      [
        {
          keyword: 'type',
          instancePath: '/businessId',
          schemaPath: '#/properties/businessId/anyOf/0/type',
          params: { type: 'string' },
        },
        {
          keyword: 'type',
          instancePath: '/businessId',
          schemaPath: '#/properties/businessId/anyOf/1/type',
          params: { type: 'null' },
        },
        {
          keyword: 'anyOf',
          instancePath: '/businessId',
          schemaPath: '#/properties/businessId/anyOf',
          params: {},
        },
      ],
      'body',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      field: '/businessId',
      code: 'schema.types',
      message: 'Must be one of the types: string, null.',
    });
    expect(errors[0] && localize(errors[0].detail, 'fi')).toBe(
      'Arvon on oltava jotakin seuraavista tyypeistä: merkkijono, tyhjä (null).',
    );
  });
});

describe('module message files', () => {
  it('never repeat a key of another file', () => {
    const seen = new Map<string, string>();
    for (const [owner, source] of Object.entries(MESSAGE_SOURCES))
      for (const key of Object.keys(source)) {
        expect([key, seen.get(key)]).toEqual([key, undefined]);
        seen.set(key, owner);
      }
  });
});
