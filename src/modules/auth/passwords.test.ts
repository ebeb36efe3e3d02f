import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.js';

describe('password hashes', () => {
  it('verify the password they were made from, and nothing else', async () => {
    const stored = await hashPassword('demo');
    expect(stored).toMatch(/^scrypt\$16384\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('demo', stored)).toBe(true);
    expect(await verifyPassword('Demo', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salt each hash, so equal passwords do not show', async () => {
    expect(await hashPassword('demo')).not.toBe(await hashPassword('demo'));
  });

  it('refuse users without a password and malformed hashes', async () => {
    expect(await verifyPassword('demo', null)).toBe(false);
    expect(await verifyPassword('demo', 'plain')).toBe(false);
    expect(await verifyPassword('demo', 'scrypt$1$aa$bb')).toBe(false);
  });
});
