import { describe, expect, it } from 'vitest';
import {
  BASES as SERVER_BASES,
  CHANNELS as SERVER_CHANNELS,
  OUTCOMES as SERVER_OUTCOMES,
} from '../../../modules/audit/model.js';
import { PHRASES } from '../../client/accessLogText.js';
import { translator } from '../../i18n/translator.js';
import { type AccessLogEntry, BASES, CHANNELS, OUTCOMES } from '../../trustApi.js';
import { describeForAudit } from './auditText.js';

const emergency: AccessLogEntry = {
  id: 7,
  at: '2026-11-23T12:02:00.000Z',
  actorId: 'demo-physiotherapist',
  actorName: 'Pekka Fysioterapeutti',
  actorRole: 'physiotherapist',
  unitName: 'Kuntoutus Oy',
  producerName: 'Kuntoutus Oy',
  clientId: 'c1',
  action: 'break-the-glass',
  resource: 'client/c1',
  purpose: 'emergency',
  basis: 'break_the_glass',
  outcome: 'allow',
  channel: 'rest',
  requestId: null,
};

describe("the administrator's access log in words", () => {
  it('knows the same bases, outcomes and channels as the server', () => {
    expect([...BASES]).toEqual([...SERVER_BASES]);
    expect([...OUTCOMES]).toEqual([...SERVER_OUTCOMES]);
    expect([...CHANNELS]).toEqual([...SERVER_CHANNELS]);
  });

  it('names every basis, outcome, channel and action in every language', () => {
    for (const lng of ['fi', 'sv', 'en'] as const) {
      const t = translator(lng);
      for (const b of BASES) expect(t(`auditLog.bases.${b}`)).not.toContain('auditLog.');
      for (const o of OUTCOMES) expect(t(`auditLog.outcomes.${o}`)).not.toContain('auditLog.');
      for (const c of CHANNELS) expect(t(`auditLog.channels.${c}`)).not.toContain('auditLog.');
      for (const p of PHRASES) expect(t(`auditLog.actions.${p}`)).not.toContain('auditLog.');
    }
  });

  it('says who, what, on what basis and with what outcome', () => {
    expect(describeForAudit(emergency, translator('fi'), 'fi')).toEqual({
      action: 'Tietojen avaaminen hätäkäytöllä',
      name: 'Pekka Fysioterapeutti',
      roleAndOrg: 'Fysioterapeutti, Kuntoutus Oy',
      basis: 'Hätäkäyttö',
      outcome: 'Sallittu',
      channel: 'Rajapinta',
      denied: false,
      emergency: true,
      system: false,
    });
    const refused = { ...emergency, action: 'read', basis: 'none', outcome: 'deny', unitName: null };
    const sv = describeForAudit(refused, translator('sv'), 'sv');
    expect([sv.action, sv.roleAndOrg, sv.basis, sv.outcome, sv.denied]).toEqual([
      'Visning av basuppgifter',
      'Fysioterapeut, Kuntoutus Oy',
      'Ingen grund',
      'Nekad',
      true,
    ]);
    const en = describeForAudit({ ...refused, actorName: null, producerName: null }, translator('en'), 'en');
    expect([en.name, en.roleAndOrg, en.outcome]).toEqual(['(name not known)', 'Physiotherapist', 'Refused']);
  });

  it('never names a client, who appears only as "the client themselves"', () => {
    const own = { ...emergency, actorId: 'demo-client', actorName: 'Aino Virtanen', actorRole: 'client' };
    for (const lng of ['fi', 'sv', 'en'] as const) {
      const row = describeForAudit({ ...own, unitName: null, producerName: null }, translator(lng), lng);
      expect(row.name).not.toContain('Virtanen');
      expect(row.roleAndOrg).toBe('');
    }
    expect(describeForAudit(own, translator('fi'), 'fi').name).toBe('Asiakas itse');
  });

  it('names the system, and keeps what it has no words for as the log wrote it', () => {
    const system = {
      ...emergency,
      actorId: 'system:seed',
      actorRole: 'system',
      action: 'purge',
      resource: 'x',
    };
    const row = describeForAudit(system, translator('fi'), 'fi');
    expect([row.name, row.roleAndOrg, row.action]).toEqual(['Saumaton-järjestelmä', '', 'Muu käsittely']);
    expect(describeForAudit({ ...system, basis: 'future' }, translator('en'), 'en').basis).toBe('future');
  });
});
