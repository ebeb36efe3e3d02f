import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH, isRetentionYears, retentionCutoff, sealEntries } from './model.js';

describe('the access log chain', () => {
  it('links each entry to the one before it, starting from the head', () => {
    const links = sealEntries(
      [
        { id: 7, content: 'a' },
        { id: 9, content: 'b' },
      ],
      { seq: 41, hash: GENESIS_HASH },
    );
    expect(links.map((l) => [l.id, l.seq])).toEqual([
      [7, 42],
      [9, 43],
    ]);
    expect(links[0]?.prevHash).toBe(GENESIS_HASH);
    expect(links[1]?.prevHash).toBe(links[0]?.hash);
    expect(links[1]?.hash).toBe(entryHash(links[0]?.hash as string, 43, 'b'));
  });

  it('sealing in two batches gives the same chain as in one', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 30 }), fc.nat(), (contents, cut) => {
        const entries = contents.map((content, i) => ({ id: i + 1, content }));
        const k = cut % entries.length;
        const first = sealEntries(entries.slice(0, k), { seq: 0, hash: GENESIS_HASH });
        const last = first[first.length - 1];
        const rest = sealEntries(
          entries.slice(k),
          last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH },
        );
        expect([...first, ...rest]).toEqual(sealEntries(entries, { seq: 0, hash: GENESIS_HASH }));
      }),
    );
  });

  it('the hash depends on the previous hash, the place and every character of the content', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(), (a, b, seq) => {
        fc.pre(a !== b);
        expect(entryHash(GENESIS_HASH, seq, a)).not.toBe(entryHash(GENESIS_HASH, seq, b));
        expect(entryHash(GENESIS_HASH, seq, a)).not.toBe(entryHash(GENESIS_HASH, seq + 1, a));
        expect(entryHash(GENESIS_HASH, seq, a)).not.toBe(entryHash('f'.repeat(64), seq, a));
      }),
    );
  });
});

describe('the retention period', () => {
  it('reaches back whole calendar years in UTC', () => {
    expect(retentionCutoff(new Date('2025-06-15T12:00:00Z'), 12).toISOString()).toBe(
      '2013-06-15T12:00:00.000Z',
    );
    // From a leap day, a year back is the first of March.
    expect(retentionCutoff(new Date('2024-02-29T00:00:00Z'), 1).toISOString()).toBe(
      '2023-03-01T00:00:00.000Z',
    );
  });

  it('is a whole number of years from 1 to 1000', () => {
    for (const ok of [1, 12, 1000]) expect(isRetentionYears(ok)).toBe(true);
    for (const bad of [0, -3, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1001]) {
      expect(isRetentionYears(bad)).toBe(false);
      expect(() => retentionCutoff(new Date(), bad)).toThrow(RangeError);
    }
  });
});
