/**
 * One access log entry in plain language: "Sairaanhoitaja Niina Hoitaja (Hämeenlinnan
 * terveysasema) katsoi perustietojasi 23.11.2026 klo 14.02." and the basis it had. Pure, so the
 * wording is unit-tested in all three languages without a browser.
 */
import type { TFunction } from 'i18next';
import { dateTimeParts, LOCALES } from '../format.js';
import type { UiLanguage } from '../i18n/index.js';
import { capitalize, roleName, tKey } from '../roles.js';
import type { AccessLogEntry } from '../trustApi.js';

/** What was done, as the log's action and resource name it; each has its own wording. */
export const PHRASES = [
  'read_client',
  'read_consents',
  'search',
  'create',
  'update',
  'consent_give',
  'refusal_give',
  'consent_withdraw',
  'break_the_glass',
  'first_contact',
  'read_break_glass',
  'review_break_glass',
  'read_first_contact',
  'review_first_contact',
  'read_relationships',
  'relationship_add',
  'relationship_end',
  'legal_basis_add',
  'read_entries',
  'entry_write',
  'other',
] as const;
export type Phrase = (typeof PHRASES)[number];

export function phraseOf(action: string, resource: string): Phrase {
  // The administrator's review of an emergency access is about the client too, and logged so.
  if (resource.startsWith('break-glass/'))
    return action === 'review' ? 'review_break_glass' : action === 'read' ? 'read_break_glass' : 'other';
  // So is the review of a first contact recorded for a client already registered.
  if (resource.startsWith('first-contact/'))
    return action === 'review' ? 'review_first_contact' : action === 'read' ? 'read_first_contact' : 'other';
  const consents = /^client\/[^/]+\/consents/.test(resource);
  const relationships = /^client\/[^/]+\/relationships/.test(resource);
  const entries = /^client\/[^/]+\/entries/.test(resource);
  switch (action) {
    case 'read':
      if (entries) return 'read_entries';
      return consents ? 'read_consents' : relationships ? 'read_relationships' : 'read_client';
    case 'first_contact':
      return 'first_contact';
    case 'search':
    case 'create':
    case 'update':
      return action;
    case 'consent.give':
      return 'consent_give';
    case 'refusal.give':
      return 'refusal_give';
    case 'consent.withdraw':
      return 'consent_withdraw';
    case 'break-the-glass':
      return 'break_the_glass';
    case 'relationship.add':
      return 'relationship_add';
    case 'relationship.end':
      return 'relationship_end';
    case 'legal-basis.add':
      return 'legal_basis_add';
    case 'entry.write':
      return 'entry_write';
    default:
      return 'other';
  }
}

export interface EntryText {
  sentence: string;
  /** Why it was allowed ("Peruste: hän kuuluu hoitotiimiisi."), or why not. */
  basis: string | null;
  emergency: boolean;
  denied: boolean;
  /** The client's own doing. */
  self: boolean;
}

export function describeEntry(
  entry: AccessLogEntry,
  t: TFunction,
  lang: UiLanguage,
  selfUserId: string | null,
): EntryText {
  const phrase = phraseOf(entry.action, entry.resource);
  const { date, time } = dateTimeParts(entry.at, lang);
  const when = t('accessLog.when', { date, time });
  const denied = entry.outcome === 'deny';
  const emergency = entry.basis === 'break_the_glass' || phrase === 'break_the_glass';
  const self = selfUserId !== null && entry.actorId === selfUserId;

  if (self) {
    const did = tKey(t, `accessLog.selfDid.${phrase}`, t('accessLog.selfDid.other'));
    return {
      sentence: t(denied ? 'accessLog.selfDenied' : 'accessLog.self', { did, when }),
      basis: null,
      emergency,
      denied,
      self,
    };
  }

  let who: string;
  if (entry.actorRole === 'system' || entry.actorId.startsWith('system:')) who = t('accessLog.system');
  else {
    const role = capitalize(roleName(entry.actorRole, t), LOCALES[lang]);
    const name = entry.actorName ?? t('accessLog.unknownPerson');
    const org = entry.unitName ?? entry.producerName;
    who = org ? t('accessLog.who', { role, name, org }) : t('accessLog.whoNoOrg', { role, name });
  }

  if (denied) {
    const attempt = tKey(t, `accessLog.try.${phrase}`, t('accessLog.try.other'));
    return {
      sentence: t('accessLog.denied', { who, try: attempt, when }),
      basis: t('accessLog.deniedNote'),
      emergency,
      denied,
      self,
    };
  }
  const did = tKey(t, `accessLog.did.${phrase}`, t('accessLog.did.other'));
  const basisText = tKey(t, `accessLog.basisText.${entry.basis}`, entry.basis);
  return {
    sentence: t('accessLog.allowed', { who, did, when }),
    basis: emergency ? t('accessLog.emergencyNote') : t('accessLog.basis', { basis: basisText }),
    emergency,
    denied,
    self,
  };
}
