/**
 * Web sessions: the browser holds a random token in an httpOnly cookie; the database holds only
 * its sha256, so a copy of the database does not let anyone in. A session ends after 30 minutes
 * without use or 12 hours after sign-in, whichever comes first, and at sign-out.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { UserAccountTable } from '../../db/schema.js';

export const SESSION_COOKIE = 'saumaton_session';
export const IDLE_MINUTES = 30;
export const ABSOLUTE_HOURS = 12;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_SECONDS = 60;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export interface Session {
  idHash: string;
  userId: string;
  issuer: string;
  expiresAt: Date;
  /** The session's user, read in the same statement; null when the account is no longer active. */
  user: SessionUser | null;
}

/** What a request needs to know of the signed-in user. */
export type SessionUser = Pick<
  Selectable<UserAccountTable>,
  'id' | 'kind' | 'profession' | 'producerId' | 'unitId' | 'registers' | 'organizerRole' | 'clientId'
>;

export async function createSession(db: Db, userId: string, issuer: string, now = new Date()) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ABSOLUTE_HOURS * 3600_000);
  await db
    .insertInto('webSession')
    .values({ idHash: hashToken(token), userId, issuer, createdAt: now, lastSeenAt: now, expiresAt })
    .execute();
  // Sessions that ended long ago are of no use to anyone: drop them as new ones begin.
  await db
    .deleteFrom('webSession')
    .where('expiresAt', '<', new Date(now.getTime() - 24 * 3600_000))
    .execute();
  return { token, expiresAt };
}

/** The session a cookie names, if it is still in force (sliding the idle timeout). */
export async function findSession(db: Db, token: string, now = new Date()): Promise<Session | null> {
  if (!/^[\w-]{43}$/.test(token)) return null;
  const idHash = hashToken(token);
  const row = await db
    .selectFrom('webSession as s')
    .leftJoin('userAccount as u', (j) => j.onRef('u.id', '=', 's.userId').on('u.active', '=', true))
    .select([
      's.userId',
      's.issuer',
      's.lastSeenAt',
      's.expiresAt',
      'u.id as uId',
      'u.kind as uKind',
      'u.profession as uProfession',
      'u.producerId as uProducerId',
      'u.unitId as uUnitId',
      'u.registers as uRegisters',
      'u.organizerRole as uOrganizerRole',
      'u.clientId as uClientId',
    ])
    .where('s.idHash', '=', idHash)
    .executeTakeFirst();
  if (!row) return null;
  const lastSeen = new Date(row.lastSeenAt).getTime();
  const expiresAt = new Date(row.expiresAt);
  if (expiresAt.getTime() <= now.getTime() || lastSeen + IDLE_MINUTES * 60_000 <= now.getTime()) {
    await db.deleteFrom('webSession').where('idHash', '=', idHash).execute();
    return null;
  }
  if (now.getTime() - lastSeen > TOUCH_SECONDS * 1000)
    await db.updateTable('webSession').set({ lastSeenAt: now }).where('idHash', '=', idHash).execute();
  const user: SessionUser | null =
    row.uId && row.uKind
      ? {
          id: row.uId,
          kind: row.uKind,
          profession: row.uProfession,
          producerId: row.uProducerId,
          unitId: row.uUnitId,
          registers: row.uRegisters ?? [],
          organizerRole: row.uOrganizerRole,
          clientId: row.uClientId,
        }
      : null;
  return { idHash, userId: row.userId, issuer: row.issuer, expiresAt, user };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('webSession').where('idHash', '=', hashToken(token)).execute();
}
