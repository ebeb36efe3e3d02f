import { describe, expect, it } from 'vitest';
import { entryRegister } from './model.js';

describe('the register an entry goes to', () => {
  it("is the professional's own, or the one asked for when it is theirs", () => {
    expect(entryRegister(undefined, ['social'])).toEqual({ ok: true, register: 'social' });
    expect(entryRegister('health', ['health'])).toEqual({ ok: true, register: 'health' });
    expect(entryRegister('health', ['social', 'health'])).toEqual({ ok: true, register: 'health' });
  });

  it("is never the other register, whatever the client's consent: consent opens reading only", () => {
    expect(entryRegister('health', ['social'])).toEqual({ ok: false });
    expect(entryRegister(undefined, [])).toEqual({ ok: false });
  });
});
