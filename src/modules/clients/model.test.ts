import fc from 'fast-check';
import { FinnishSSN } from 'finnish-ssn';
import { describe, expect, it } from 'vitest';
import { ageOn, checkIdentityCode, isValidTemporaryId } from './model.js';

describe('personal identity codes (henkilötunnus)', () => {
  it('accepts valid codes of every century sign, including those of 2023', () => {
    expect(checkIdentityCode('020516C903K')).toEqual({
      ok: true,
      value: '020516C903K',
      birthDate: '2016-05-02',
      temporaryRange: true,
    });
    expect(checkIdentityCode(' 131052-308t ')).toMatchObject({
      ok: true,
      value: '131052-308T',
      birthDate: '1952-10-13',
    });
    for (const code of [
      '010594Y9032',
      '010594Y9021',
      '020594X903P',
      '020594X902N',
      '020505A902E',
      '020505D901L',
      '010197V900X',
      '010197U900L',
      '110153A903Y',
    ])
      expect(checkIdentityCode(code).ok, code).toBe(FinnishSSN.validate(code));
  });

  it('says what is wrong: shape, date or check character', () => {
    expect(checkIdentityCode('13105-308T')).toEqual({ ok: false, reason: 'format' });
    expect(checkIdentityCode('131052G308T')).toEqual({ ok: false, reason: 'format' });
    expect(checkIdentityCode('310252-308T')).toEqual({ ok: false, reason: 'date' });
    expect(checkIdentityCode('131052-308U')).toEqual({ ok: false, reason: 'checksum' });
    expect(checkIdentityCode("1' or '1'='1")).toEqual({ ok: false, reason: 'format' });
  });

  it('property: any code the library generates passes, and changing its check character fails', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), (age) => {
        const code = FinnishSSN.createWithAge(age);
        expect(checkIdentityCode(code).ok).toBe(true);
        const chars = '0123456789ABCDEFHJKLMNPRSTUVWXY';
        const last = code.slice(-1);
        const other = chars[(chars.indexOf(last) + 1) % chars.length];
        expect(checkIdentityCode(code.slice(0, -1) + other)).toEqual({ ok: false, reason: 'checksum' });
      }),
    );
  });
});

describe('other client rules', () => {
  it('temporary identifiers', () => {
    expect(isValidTemporaryId('1.2.246.10.2606155.22.2026.17')).toBe(true);
    expect(isValidTemporaryId('x')).toBe(false);
    expect(isValidTemporaryId('<script>')).toBe(false);
  });
  it('age on a day, birthdays included', () => {
    expect(ageOn('2008-06-01', '2026-05-31')).toBe(17);
    expect(ageOn('2008-06-01', '2026-06-01')).toBe(18);
  });
});
