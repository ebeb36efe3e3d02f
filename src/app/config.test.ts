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

  it('starts one server process unless WORKERS asks for more, from 1 to 64', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ WORKERS: '4' }).workers).toBe(4);
    for (const bad of ['0', '-1', '1.5', 'two', '65', '1e1'])
      expect(() => loadConfig({ WORKERS: bad })).toThrow(
        `WORKERS must be a whole number of processes from 1 to 64, got "${bad}"`,
      );
  });

  it('keeps at most DB_POOL_SIZE connections per process, 10 by default', () => {
    expect(loadConfig({}).dbPoolSize).toBe(10);
    expect(loadConfig({ DB_POOL_SIZE: '4' }).dbPoolSize).toBe(4);
    for (const bad of ['1', '0', 'x', '101', '2.5'])
      expect(() => loadConfig({ DB_POOL_SIZE: bad })).toThrow(
        /DB_POOL_SIZE must be a whole number from 2 to 100/,
      );
  });
});
