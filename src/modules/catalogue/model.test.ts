import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  centsToEuros,
  contractInForce,
  eurosToCents,
  isValidBusinessId,
  isValidIsoDate,
  isValidOid,
  openingHoursProblems,
  periodsOverlap,
} from './model.js';

const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const period = fc
  .tuple(day, fc.option(day, { nil: null }))
  .map(([a, b]) => (b !== null && b < a ? { from: b, to: a } : { from: a, to: b }));

describe('business IDs (Y-tunnus)', () => {
  it('accepts valid ones and rejects wrong check digits and shapes', () => {
    expect(isValidBusinessId('2606155-7')).toBe(true);
    expect(isValidBusinessId('0100002-9')).toBe(true);
    expect(isValidBusinessId('2606155-8')).toBe(false);
    expect(isValidBusinessId('26061557')).toBe(false);
    expect(isValidBusinessId("1' or 1=1--")).toBe(false);
  });
});

describe('OIDs', () => {
  it('accepts dotted numbers starting with 0–2 and nothing else', () => {
    expect(isValidOid('1.2.246.10.2606155.10.1')).toBe(true);
    expect(isValidOid('1.2.246.537.6.128')).toBe(true);
    expect(isValidOid('3.1')).toBe(false);
    expect(isValidOid('1.02')).toBe(false);
    expect(isValidOid('1..2')).toBe(false);
    expect(isValidOid('urn:oid:1.2')).toBe(false);
  });
});

describe('dates', () => {
  it('accepts only real calendar days', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('1.1.2026')).toBe(false);
  });
});

describe('opening hours', () => {
  it('names each wrong field', () => {
    expect(openingHoursProblems([{ days: [1, 2], opens: '08:00', closes: '16:00' }], '/h')).toEqual([]);
    const problems = openingHoursProblems([{ days: [0], opens: '8', closes: '07:00' }], '/h');
    expect(problems.map((p) => p.field)).toEqual(['/h/0/days', '/h/0/opens']);
    expect(
      openingHoursProblems([{ days: [], opens: '10:00', closes: '09:00' }], '/h').map((p) => p.field),
    ).toEqual(['/h/0/days', '/h/0/closes']);
  });
});

describe('contract periods', () => {
  it('overlap is symmetric', () => {
    fc.assert(fc.property(period, period, (a, b) => periodsOverlap(a, b) === periodsOverlap(b, a)));
  });
  it('two periods overlap exactly when some day is in force in both', () => {
    fc.assert(
      fc.property(period, period, day, (a, b, d) => {
        const inA = { validFrom: a.from, validTo: a.to, active: true };
        const inB = { validFrom: b.from, validTo: b.to, active: true };
        if (contractInForce(inA, d) && contractInForce(inB, d)) expect(periodsOverlap(a, b)).toBe(true);
        if (!periodsOverlap(a, b)) expect(contractInForce(inA, d) && contractInForce(inB, d)).toBe(false);
      }),
    );
  });
  it('back-to-back periods do not overlap, a shared day does', () => {
    expect(periodsOverlap({ from: '2026-01-01', to: '2026-12-31' }, { from: '2027-01-01', to: null })).toBe(
      false,
    );
    expect(periodsOverlap({ from: '2026-01-01', to: '2026-12-31' }, { from: '2026-12-31', to: null })).toBe(
      true,
    );
    expect(contractInForce({ validFrom: '2026-01-01', validTo: null, active: false }, '2026-05-05')).toBe(
      false,
    );
  });
});

describe('prices', () => {
  it('round-trips every cent amount exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
        expect(eurosToCents(centsToEuros(cents))).toBe(cents);
      }),
    );
  });
  it('refuses fractions of a cent', () => {
    expect(eurosToCents(85.5)).toBe(8550);
    expect(eurosToCents(0.1 + 0.2)).toBe(30);
    expect(eurosToCents(1.005)).toBeNull();
  });
});
