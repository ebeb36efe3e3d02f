/** Names of roles and the signed-in user's one-line summary, in the UI language. */
import type { TFunction } from 'i18next';
import type { SessionUser } from './trustApi.js';

/** A translation looked up by a key built at run time (a code the server sent), with a fallback. */
export function tKey(
  t: TFunction,
  key: string,
  fallback: string,
  opts: Record<string, unknown> = {},
): string {
  const lookup = t as unknown as (k: string, o: Record<string, unknown>) => string;
  return lookup(key, { defaultValue: fallback, ...opts });
}

/** "sairaanhoitaja", "pääkäyttäjä", "asiakas"; an unknown role shows as the server sent it. */
export function roleName(role: string, t: TFunction): string {
  return tKey(t, `role.${role}`, role);
}

export function userRole(user: SessionUser): string {
  return user.profession ?? user.organizerRole ?? user.kind;
}

/** "Niina Hoitaja · sairaanhoitaja, Hämeenlinnan terveysasema". */
export function userSummary(user: SessionUser, t: TFunction): string {
  const role = roleName(userRole(user), t);
  const org = user.unitName ?? user.producerName;
  return org
    ? t('session.summaryWithOrg', { name: user.displayName, role, org })
    : t('session.summary', { name: user.displayName, role });
}

/** The first letter in capitals, as a role opens a sentence ("Sairaanhoitaja Niina …"). */
export function capitalize(text: string, locale: string): string {
  return text ? text.charAt(0).toLocaleUpperCase(locale) + text.slice(1) : text;
}
