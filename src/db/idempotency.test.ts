import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, requestHash } from './idempotency.js';

/** The same value with the keys of every object in reverse order. */
const reversed = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(reversed)
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .reverse()
            .map(([k, x]) => [k, reversed(x)]),
        )
      : v;

describe('the request hash of an Idempotency-Key', () => {
  it('property: the same JSON meaning gives the same hash, whatever the order of keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(requestHash(JSON.parse(JSON.stringify(reversed(value))))).toBe(requestHash(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('another value, another hash', () => {
    expect(requestHash({ a: 1, b: [1, 2] })).toBe(requestHash(JSON.parse('{"b":[1,2.0],"a":1}')));
    expect(requestHash({ a: 1, b: [1, 2] })).not.toBe(requestHash({ a: 1, b: [2, 1] }));
    expect(requestHash({ a: '1' })).not.toBe(requestHash({ a: 1 }));
    expect(requestHash({ a: null })).not.toBe(requestHash({}));
  });
});
