/** Client record entries in words, shared by the professional's and the client's screens. Pure. */
import type { TFunction } from 'i18next';
import { dateTimeParts } from '../format.js';
import type { UiLanguage } from '../i18n/index.js';
import { roleName, tKey } from '../roles.js';
import type { Entry, Register } from '../trustApi.js';

/** "Sosiaalihuolto", "Terveydenhuolto"; an unknown register shows as the server sent it. */
export function registerName(register: string, t: TFunction): string {
  return tKey(t, `entries.register.${register}`, register);
}

/** "Merkintä", "Yhteydenpito", "Korjaus". */
export function entryKindName(kind: string, t: TFunction): string {
  return tKey(t, `entries.kind.${kind}`, kind);
}

/** When it was written, as Finland's clock showed it: "12.3.2026 klo 9.05". */
export function entryWhen(entry: Pick<Entry, 'createdAt'>, t: TFunction, lang: UiLanguage): string {
  return t('common.dateTime', dateTimeParts(entry.createdAt, lang));
}

/** "Merkintä, 12.3.2026 klo 9.05": the entry's heading, and what its buttons name. */
export function entryTitle(entry: Entry, t: TFunction, lang: UiLanguage): string {
  return t('entries.heading', { kind: entryKindName(entry.kind, t), when: entryWhen(entry, t, lang) });
}

/** "Niina Hoitaja, sairaanhoitaja, Hämeenlinnan terveysasema". */
export function entryAuthor(entry: Entry, t: TFunction): string {
  const name = entry.authorName ?? entry.authorId;
  const role = roleName(entry.authorRole, t);
  return entry.unitName
    ? t('entries.authorWho', { name, role, unit: entry.unitName })
    : t('entries.authorWhoNoUnit', { name, role });
}

/** Which registers the reader sees, and when it is one, how the other opens (for professionals). */
export function registersNote(shown: readonly Register[], t: TFunction): string {
  const [only, ...rest] = shown;
  if (only && rest.length === 0) return t(`entries.registersOnly.${only}`);
  return t('entries.registersBoth');
}

/** The corrections of each corrected entry among those seen, newest first. */
export function correctionsOf(entries: Iterable<Entry>): Map<string, Entry[]> {
  const byTarget = new Map<string, Entry[]>();
  for (const e of entries) if (e.corrects) byTarget.set(e.corrects, [...(byTarget.get(e.corrects) ?? []), e]);
  for (const list of byTarget.values()) list.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return byTarget;
}
