import { describe, expect, it } from 'vitest';
import { identityCodeProblem } from './identityCode.js';

describe('identity code check before a search', () => {
  it('accepts valid codes of every century, in any case and with spaces around', () => {
    expect(identityCodeProblem('010190-901R')).toBeNull();
    expect(identityCodeProblem(' 010190-901r ')).toBeNull();
    expect(identityCodeProblem('010190Y901R')).toBeNull();
    expect(identityCodeProblem('010105A901T')).toBeNull();
  });

  it('tells a wrong shape from a wrong check character', () => {
    expect(identityCodeProblem('Virtanen')).toBe('format');
    expect(identityCodeProblem('010190-90')).toBe('format');
    expect(identityCodeProblem('010190-9012')).toBe('checksum');
  });
});
