import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('keeps the access log 12 years unless AUDIT_RETENTION_YEARS says otherwise', () => {
    expect(loadConfig({}).auditRetentionYears).toBe(12);
    expect(loadConfig({ AUDIT_RETENTION_YEARS: '20' }).auditRetentionYears).toBe(20);
    expect(loadConfig({ AUDIT_RETENTION_YEARS: '1' }).auditRetentionYears).toBe(1);
  });

  it('refuses to start with a retention that is not a whole number of years from 1', () => {
    for (const bad of ['0', '-1', '1.5', '12y', 'twelve', '', ' ', '1e3', '0x10', '5000'])
      expect(() => loadConfig({ AUDIT_RETENTION_YEARS: bad })).toThrow(
        `AUDIT_RETENTION_YEARS must be a whole number of years from 1 to 1000 (default 12), got "${bad}"`,
      );
  });
});
