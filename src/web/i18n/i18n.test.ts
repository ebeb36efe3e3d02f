import { describe, expect, it } from 'vitest';
import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';

/** Every key path to a string, with plural suffixes (_one, _other) folded into their base key. */
function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj === 'string') return [prefix.replace(/_(one|other)$/, '')];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

function strings(obj: unknown, prefix = ''): [string, string][] {
  if (typeof obj === 'string') return [[prefix, obj]];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    strings(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('UI translations', () => {
  const fiKeys = [...new Set(keys(fi))].sort();

  it.each([
    ['sv', sv],
    ['en', en],
  ])('%s has exactly the Finnish keys', (_lang, bundle) => {
    expect([...new Set(keys(bundle))].sort()).toEqual(fiKeys);
  });

  it.each([
    ['fi', fi],
    ['sv', sv],
    ['en', en],
  ])('%s has no empty texts', (_lang, bundle) => {
    expect(strings(bundle).filter(([, v]) => !v.trim())).toEqual([]);
  });

  it('keeps the same placeholders in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const svMap = new Map(strings(sv));
    const enMap = new Map(strings(en));
    for (const [key, text] of strings(fi)) {
      const want = placeholders(text);
      expect([key, placeholders(svMap.get(key) ?? '')]).toEqual([key, want]);
      expect([key, placeholders(enMap.get(key) ?? '')]).toEqual([key, want]);
    }
  });
});
