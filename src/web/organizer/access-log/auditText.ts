/**
 * The access log as the organizer's administrator reads it: what was done in words (the same
 * phrases as the client's own log, as nouns, so they fit a refused attempt too), who did it
 * with role and unit, and the basis, outcome and channel by name. Pure, so unit-tested.
 */
import type { TFunction } from 'i18next';
import { phraseOf } from '../../client/accessLogText.js';
import { LOCALES } from '../../format.js';
import type { UiLanguage } from '../../i18n/index.js';
import { capitalize, roleName, tKey } from '../../roles.js';
import type { AccessLogEntry } from '../../trustApi.js';

export interface AuditRow {
  /** "Perustietojen katselu". */
  action: string;
  /** The professional's name, the system's, or "the client themselves" (never the client's name). */
  name: string;
  /** "Lääkäri, Hämeenlinnan terveysasema"; empty for the system. */
  roleAndOrg: string;
  basis: string;
  outcome: string;
  channel: string;
  denied: boolean;
  emergency: boolean;
  system: boolean;
}

export function describeForAudit(entry: AccessLogEntry, t: TFunction, lang: UiLanguage): AuditRow {
  const phrase = phraseOf(entry.action, entry.resource);
  const system = entry.actorRole === 'system' || entry.actorId.startsWith('system:');
  // A client acting on their own data is not named: the organizer knows clients by id only.
  const client = entry.actorRole === 'client';
  const role = capitalize(roleName(entry.actorRole, t), LOCALES[lang]);
  const org = entry.unitName ?? entry.producerName;
  return {
    action: tKey(t, `auditLog.actions.${phrase}`, t('auditLog.actions.other')),
    name: system
      ? t('accessLog.system')
      : client
        ? t('auditLog.clientSelf')
        : (entry.actorName ?? t('accessLog.unknownPerson')),
    roleAndOrg: system || client ? '' : org ? t('auditLog.roleAndOrg', { role, org }) : role,
    basis: tKey(t, `auditLog.bases.${entry.basis}`, entry.basis),
    outcome: tKey(t, `auditLog.outcomes.${entry.outcome}`, entry.outcome),
    channel: tKey(t, `auditLog.channels.${entry.channel}`, entry.channel),
    denied: entry.outcome === 'deny',
    emergency: entry.basis === 'break_the_glass' || phrase === 'break_the_glass',
    system,
  };
}
