/** Relationships in words, shared by the professional's and the client's screens. Pure. */
import type { TFunction } from 'i18next';
import { tKey } from './roles.js';
import type { Relationship } from './trustApi.js';

/** "Hoitotiimi", "Omatyöntekijä"; an unknown kind shows as the server sent it. */
export function kindName(kind: string, t: TFunction): string {
  return tKey(t, `relationships.kind.${kind}`, kind);
}

/** Who the relationship is with: the person (with their username, for professionals) or the whole unit. */
export function relationshipWho(r: Relationship, t: TFunction, withUserId: boolean): string {
  if (r.userId) {
    const name = r.userName ?? r.userId;
    return withUserId && r.userName ? t('relationships.userWho', { name, id: r.userId }) : name;
  }
  const unit = r.unitName ?? r.unitId ?? '';
  return withUserId ? t('relationships.unitWho', { unit }) : t('myCare.unitWho', { unit });
}

/** "Hoitotiimi: Lauri Lääkäri (demo) (demo-doctor)", for buttons, confirmations and announcements. */
export function relationshipWhat(r: Relationship, t: TFunction): string {
  return t('relationships.what', { kind: kindName(r.kind, t), who: relationshipWho(r, t, true) });
}

/** Not ended yet (in force, or recorded to begin later), by the moment `now` (ISO). */
export function isCurrent(r: Relationship, now: string): boolean {
  return r.validUntil > now;
}

/** A day about three months ahead, as a person types it (23.2.2027): the date hint's example. */
export function exampleDay(from = new Date()): string {
  const d = new Date(from.getTime());
  d.setMonth(d.getMonth() + 3);
  return `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`;
}
