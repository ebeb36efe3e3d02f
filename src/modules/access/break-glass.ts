/**
 * Break-the-glass (DOMAIN §7): with no relationship, a professional may open a client's data in
 * an emergency after stating a reason. The declaration is time-limited, logged, marked on every
 * access it allows, and waits for the organizer's review (reviewed or flagged).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection.js';
import { inTx } from '../../db/tx.js';
import { DomainError } from '../../server/errors.js';
import { msg } from '../../server/messages.js';
import { logAccess } from '../audit/service.js';
import type { Actor } from './model.js';
import type { AccessContext } from './service.js';

export const BREAK_GLASS_REASONS = [
  'emergency_care',
  'urgent_protection',
  'continuity_of_care',
  'other',
] as const;
export type BreakGlassReason = (typeof BREAK_GLASS_REASONS)[number];
export const BREAK_GLASS_HOURS = 4;

export interface BreakGlass {
  id: string;
  clientId: string;
  userId: string;
  reasonCode: string;
  reasonText: string;
  validFrom: string;
  validUntil: string;
  reviewStatus: 'pending' | 'reviewed' | 'flagged';
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function declareBreakGlass(
  db: Db,
  actor: Actor,
  clientId: string,
  reason: { reasonCode: BreakGlassReason; reasonText: string },
  ctx: Omit<AccessContext, 'action' | 'resource'>,
): Promise<BreakGlass> {
  if (actor.kind !== 'professional')
    throw new DomainError(403, 'forbidden', msg('breakGlass.onlyProfessionals'));
  return inTx(db, async (trx) => {
    const client = await trx.selectFrom('client').select('id').where('id', '=', clientId).executeTakeFirst();
    if (!client) throw new DomainError(404, 'not-found', msg('notFound.client', { id: clientId }));
    const now = Date.now();
    const id = randomUUID();
    await trx
      .insertInto('breakGlass')
      .values({
        id,
        clientId,
        recordedBy: actor.userId,
        validFrom: new Date(now).toISOString(),
        validUntil: new Date(now + BREAK_GLASS_HOURS * 3_600_000).toISOString(),
        reasonCode: reason.reasonCode,
        reasonText: reason.reasonText,
      })
      .execute();
    await logAccess(trx, {
      actorId: actor.userId,
      actorRole: actor.profession,
      actorOrg: actor.unitId,
      clientId,
      action: 'break-the-glass',
      resource: `client/${clientId}`,
      purpose: ctx.purpose,
      basis: 'break_the_glass',
      outcome: 'allow',
      channel: ctx.channel,
      requestId: ctx.requestId,
      details: { reasonCode: reason.reasonCode, breakGlassId: id },
    });
    return (await byId(trx, id)) as BreakGlass;
  });
}

async function byId(db: Db, id: string): Promise<BreakGlass | undefined> {
  const r = await db.selectFrom('breakGlass').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? fromRow(r) : undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: a row of break_glass
function fromRow(r: any): BreakGlass {
  return {
    id: r.id,
    clientId: r.clientId,
    userId: r.recordedBy,
    reasonCode: r.reasonCode,
    reasonText: r.reasonText,
    validFrom: iso(r.validFrom) as string,
    validUntil: iso(r.validUntil) as string,
    reviewStatus: r.reviewStatus,
    reviewedBy: r.reviewedBy,
    reviewedAt: iso(r.reviewedAt),
    reviewNote: r.reviewNote,
  };
}

function requireReviewer(actor: Actor) {
  if (actor.kind !== 'organizer' || actor.role !== 'administrator')
    throw new DomainError(403, 'forbidden', msg('access.organizerOnly'));
}

export async function listBreakGlass(
  db: Db,
  actor: Actor,
  status: string | undefined,
  page: { limit: number; offset: number },
) {
  requireReviewer(actor);
  let q = db.selectFrom('breakGlass');
  if (status) q = q.where('reviewStatus', '=', status as 'pending');
  const [rows, total] = await Promise.all([
    q.selectAll().orderBy('validFrom', 'desc').limit(page.limit).offset(page.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(fromRow), total: Number(total.n) };
}

export async function reviewBreakGlass(
  db: Db,
  actor: Actor,
  id: string,
  review: { status: 'reviewed' | 'flagged'; note: string },
) {
  requireReviewer(actor);
  return inTx(db, async (trx) => {
    const updated = await trx
      .updateTable('breakGlass')
      .set({
        reviewStatus: review.status,
        reviewNote: review.note,
        reviewedBy: actor.userId,
        reviewedAt: new Date().toISOString(),
      })
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw new DomainError(404, 'not-found', msg('breakGlass.notFound', { id }));
    return (await byId(trx, id)) as BreakGlass;
  });
}
