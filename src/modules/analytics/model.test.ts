import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_KINDS } from '../access/model.js';
import {
  AGE_BANDS,
  ageBand,
  ageOn,
  base32,
  birthYear5,
  type ClientCounts,
  checkPseudonymKey,
  clientAggregates,
  complementSafe,
  countByAgeBand,
  datesOf,
  isCalendarDate,
  MIN_CELL,
  periodDays,
  protectCells,
  protectTotal,
  pseudonym,
} from './model.js';

const published = (cells: { count: number | null }[]) => cells.map((c) => c.count);

describe('small-cell suppression', () => {
  it('suppresses a total of 1–4 and publishes 0 and 5 and over', () => {
    expect([0, 1, 4, 5, 120].map(protectTotal)).toEqual([
      { count: 0, suppressed: false },
      { count: null, suppressed: true },
      { count: null, suppressed: true },
      { count: 5, suppressed: false },
      { count: 120, suppressed: false },
    ]);
  });

  it('hides a second cell when one hidden cell could be worked out from the total', () => {
    // 3 alone would be 55 − 12 − 40; the smallest other cell (12) goes with it.
    expect(published(protectCells([12, 3, 40], true).cells)).toEqual([null, null, 40]);
    expect(protectCells([12, 3, 40], true).cells[1]).toEqual({ count: null, suppressed: true });
    // Two small cells that hold 5 or more together need no help.
    expect(published(protectCells([2, 3, 40], true).cells)).toEqual([null, null, 40]);
    // Two ones would both be known from a complement of 2.
    expect(published(protectCells([1, 1, 40, 50], true).cells)).toEqual([null, null, null, 50]);
    // Zeros stay published and do not count as hidden.
    expect(published(protectCells([0, 3, 0, 5], true).cells)).toEqual([0, null, 0, null]);
  });

  it('without a published total only the small counts are hidden', () => {
    expect(published(protectCells([3, 7], false).cells)).toEqual([null, 7]);
  });

  it('withholds a dimension that cannot be protected: all ones, or every count small and no total', () => {
    expect(protectCells([1, 1, 1, 1, 1], true)).toEqual({ cells: [], withheld: true });
    expect(protectCells([2, 2], false)).toEqual({ cells: [], withheld: true });
    expect(protectCells([0, 0], true)).toEqual({
      cells: [
        { count: 0, suppressed: false },
        { count: 0, suppressed: false },
      ],
      withheld: false,
    });
  });

  const counts = fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 200 })), {
    maxLength: 12,
  });

  it('never publishes a count of 1–4, and what it publishes is the true count', () => {
    fc.assert(
      fc.property(counts, fc.boolean(), (ns, totalPublished) => {
        const { cells, withheld } = protectCells(ns, totalPublished);
        if (withheld) return cells.length === 0;
        return cells.every(
          (c, i) =>
            (c.suppressed && c.count === null && (ns[i] ?? 0) > 0) ||
            (!c.suppressed && c.count === ns[i] && !(c.count >= 1 && c.count < MIN_CELL)),
        );
      }),
    );
  });

  it('leaves the total’s complement safe whenever the total is published', () => {
    fc.assert(
      fc.property(counts, (ns) => {
        const { cells, withheld } = protectCells(ns, true);
        return (
          withheld ||
          complementSafe(
            ns,
            cells.map((c) => c.suppressed),
          )
        );
      }),
    );
  });

  /** Every value a hidden cell can take, given what is published: the other cells and the total. */
  function possibleValues(total: number, shown: (number | null)[]): Set<number>[] {
    const hiddenAt = shown.flatMap((c, i) => (c === null ? [i] : []));
    const rest = total - shown.reduce<number>((s, c) => s + (c ?? 0), 0);
    const values = hiddenAt.map(() => new Set<number>());
    const walk = (i: number, left: number, chosen: number[]) => {
      if (i === hiddenAt.length) {
        // Something was hidden for being small, so at least one hidden cell is 1–4.
        if (left === 0 && chosen.some((v) => v < MIN_CELL))
          for (const [j, v] of chosen.entries()) values[j]?.add(v);
        return;
      }
      for (let v = 1; v <= left; v++) walk(i + 1, left - v, [...chosen, v]);
    };
    walk(0, rest, []);
    return values;
  }

  it('a hidden cell cannot be worked out exactly from the total and the published cells', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 5 }), (ns) => {
        const { cells, withheld } = protectCells(ns, true);
        if (withheld) return true;
        const total = ns.reduce((s, n) => s + n, 0);
        return possibleValues(total, published(cells)).every((vs) => vs.size >= 2);
      }),
      { numRuns: 300 },
    );
  });

  it('no count in the client aggregates is ever 1–4', () => {
    const row = fc.integer({ min: 0, max: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('109', '165', null), row), { maxLength: 4 }),
        fc.array(fc.tuple(fc.integer({ min: 1930, max: 2025 }), row), { maxLength: 8 }),
        fc.array(row, { minLength: 4, maxLength: 4 }),
        row,
        (munis, births, kinds, extra) => {
          const byBirthDate = births.map(([y, n]) => ({ birthDate: `${y}-06-15`, n }));
          const total = byBirthDate.reduce((s, r) => s + r.n, 0);
          const withRelationship = Math.min(total, Math.max(...kinds, 0) + extra);
          const c: ClientCounts = {
            total,
            byMunicipality: munis.map(([code, n]) => ({ code, name: null, n })),
            byBirthDate,
            byLanguage: [{ language: 'fi', n: total }],
            bySoteCentre: [{ unitId: null, unitName: null, n: total }],
            withRelationship,
            byRelationshipKind: RELATIONSHIP_KINDS.map((kind, i) => ({
              kind,
              n: Math.min(kinds[i] ?? 0, withRelationship),
            })),
          };
          const out = JSON.stringify(clientAggregates('2026-06-30', c, RELATIONSHIP_KINDS));
          const values = [...out.matchAll(/"count":(\d+)/g)].map((m) => Number(m[1]));
          return values.every((v) => v === 0 || v >= MIN_CELL);
        },
      ),
    );
  });

  it('keeps the clients without a relationship from giving away a small number with one', () => {
    const c: ClientCounts = {
      total: 50,
      byMunicipality: [],
      byBirthDate: [{ birthDate: '1980-01-01', n: 50 }],
      byLanguage: [{ language: 'fi', n: 50 }],
      bySoteCentre: [],
      withRelationship: 3,
      byRelationshipKind: [{ kind: 'care_team', n: 3 }],
    };
    const out = clientAggregates('2026-06-30', c, RELATIONSHIP_KINDS);
    expect(out.total).toEqual({ count: 50, suppressed: false });
    expect(out.relationships.inForce.items.map((i) => i.count)).toEqual([null, null]);
    // Their total is not published, so the kinds are only primarily suppressed — and 3 is small.
    expect(out.relationships.byKind.withheld).toBe(true);
  });
});

describe('age bands', () => {
  it('counts whole years, a birthday on the day itself included', () => {
    expect(ageOn('2000-06-15', '2018-06-14')).toBe(17);
    expect(ageOn('2000-06-15', '2018-06-15')).toBe(18);
    expect(ageOn('2030-01-01', '2026-01-01')).toBe(-4);
  });

  it('someone born on 29 February is a year older on 1 March in other years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('puts each age in its band at the band limits', () => {
    expect([0, 17, 18, 29, 30, 49, 50, 64, 65, 74, 75, 84, 85, 110].map(ageBand)).toEqual([
      '0-17',
      '0-17',
      '18-29',
      '18-29',
      '30-49',
      '30-49',
      '50-64',
      '50-64',
      '65-74',
      '65-74',
      '75-84',
      '75-84',
      '85+',
      '85+',
    ]);
  });

  it('bands never go down as age goes up', () => {
    fc.assert(
      fc.property(fc.nat(120), fc.nat(120), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return AGE_BANDS.indexOf(ageBand(lo)) <= AGE_BANDS.indexOf(ageBand(hi));
      }),
    );
  });

  it('counts every person born by the date in exactly one band', () => {
    const rows = [
      { birthDate: '2010-05-01', n: 3 },
      { birthDate: '1941-01-01', n: 7 },
      { birthDate: '1941-12-31', n: 2 },
      { birthDate: '2027-01-01', n: 9 },
    ];
    const bands = countByAgeBand(rows, '2026-06-30');
    expect(bands.map((b) => b.band)).toEqual([...AGE_BANDS]);
    expect(bands.find((b) => b.band === '85+')?.n).toBe(7);
    expect(bands.find((b) => b.band === '75-84')?.n).toBe(2);
    expect(bands.reduce((s, b) => s + b.n, 0)).toBe(12);
  });

  it('rounds birth years down to five years', () => {
    expect([1980, 1984, 1985, 1989, 2001].map(birthYear5)).toEqual([1980, 1980, 1985, 1985, 2000]);
  });
});

describe('periods', () => {
  it('knows real calendar dates', () => {
    expect(['2026-02-28', '2028-02-29', '2026-12-31'].every(isCalendarDate)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '2026-1-01', 'today'].some(isCalendarDate)).toBe(false);
  });

  it('counts both ends of a period, and a leap year has 366 days', () => {
    expect(periodDays('2026-01-01', '2026-01-01')).toBe(1);
    expect(periodDays('2028-01-01', '2028-12-31')).toBe(366);
    expect(periodDays('2026-01-02', '2026-01-01')).toBe(0);
    expect(datesOf('2026-03-28', '2026-03-30')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(datesOf('2026-03-30', '2026-03-28')).toEqual([]);
  });
});

describe('pseudonyms', () => {
  const key = 'a county secret of at least sixteen bytes';

  it('encodes base32 as RFC 4648 does', () => {
    expect(base32(Buffer.from('foobar'))).toBe('mzxw6ytboi');
    expect(base32(Buffer.from('f'))).toBe('my');
  });

  it('is 16 base32 characters, the same in every call and process for the same key', () => {
    const p = pseudonym(key, 'c1a2b3');
    expect(p).toMatch(/^[a-z2-7]{16}$/);
    expect(pseudonym(key, 'c1a2b3')).toBe(p);
    // Pinned: a pseudonym must not change between releases, or analyses lose their clients.
    expect(pseudonym(key, '00000000-0000-4000-8000-000000000000')).toBe('svqejg2pox236hcl');
  });

  it('differs between clients and between keys', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (a, b) => a === b || pseudonym(key, a) !== pseudonym(key, b)),
    );
    expect(pseudonym(key, 'c1')).not.toBe(pseudonym(`${key}!`, 'c1'));
  });

  it('refuses a key too short to be secret', () => {
    expect(() => checkPseudonymKey('short')).toThrow(/at least 16 bytes/);
    expect(() => checkPseudonymKey(Buffer.alloc(32, 7))).not.toThrow();
  });
});
