import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from './json-body.js';

/** How deep a parsed JSON value nests (a scalar: 0). */
const depthOf = (v: unknown): number =>
  Array.isArray(v)
    ? 1 + Math.max(0, ...v.map(depthOf))
    : v !== null && typeof v === 'object'
      ? 1 + Math.max(0, ...Object.values(v).map(depthOf))
      : 0;

describe('nestsDeeperThan', () => {
  it('property: agrees with the depth of the value the text parses to, whatever its strings hold', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 9 }), (value, max) => {
        const text = JSON.stringify(value);
        expect(nestsDeeperThan(text, max)).toBe(depthOf(value) > max);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('counts no bracket inside a string, escaped quotes included', () => {
    expect(nestsDeeperThan(JSON.stringify({ a: '[[[[{{{{', b: '\\"[[[[' }), 1)).toBe(false);
    expect(nestsDeeperThan('[[[]]]', 2)).toBe(true);
    expect(nestsDeeperThan('[[[', 3)).toBe(false);
  });
});
