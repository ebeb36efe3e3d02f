/**
 * Break-the-glass (DOMAIN §7): with no relationship, a professional may open a client's data in
 * an emergency after stating a reason. The declaration is time-limited, logged, marked on every
 * access it allows, and waits for the organizer's review (reviewed or flagged).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection.js';
import { inTx } from '../../db/tx.js';
import { DomainError, fieldError } from '../../http/errors.js';
import type { AccessChannel } from '../audit/model.js';
import { logAccess } from '../audit/service.js';
import { msg as clientMsg } from '../clients/messages.js';
import { checkIdentityCode } from '../clients/model.js';
import { clientIdByIdentityCode } from '../clients/service.js';
import { msg } from './messages.js';
import type { Actor } from './model.js';
import { type AccessContext, actorFields } from './service.js';

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
  /** The declaring professional, for the reviewer. */
  userName: string | null;
  unitName: string | null;
  producerName: string | null;
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
    if (!client) throw new DomainError(404, 'not-found', clientMsg('notFound.client', { id: clientId }));
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

/** Declarations with who declared them (name, unit and producer at the time of reading). */
const declarations = (db: Db) =>
  db
    .selectFrom('breakGlass')
    .leftJoin('userAccount as u', 'u.id', 'breakGlass.recordedBy')
    .leftJoin('unit', 'unit.id', 'u.unitId')
    .leftJoin('producer', 'producer.id', 'u.producerId')
    .selectAll('breakGlass')
    .select(['u.displayName as userName', 'unit.name as unitName', 'producer.name as producerName']);

async function byId(db: Db, id: string): Promise<BreakGlass | undefined> {
  const r = await declarations(db).where('breakGlass.id', '=', id).executeTakeFirst();
  return r ? fromRow(r) : undefined;
}

/**
 * Break-the-glass by identity code: a professional who searched by identity code and found no
 * one they may see declares the emergency without learning first whether the person is a client.
 * A code no client has is answered 404 after the attempt is logged (a refusal naming no client).
 */
export async function declareBreakGlassByIdentity(
  db: Db,
  actor: Actor,
  identityCode: string,
  reason: { reasonCode: BreakGlassReason; reasonText: string },
  ctx: Omit<AccessContext, 'action' | 'resource'>,
): Promise<BreakGlass> {
  if (actor.kind !== 'professional')
    throw new DomainError(403, 'forbidden', msg('breakGlass.onlyProfessionals'));
  const check = checkIdentityCode(identityCode);
  if (!check.ok)
    throw new DomainError(422, 'validation', msg('request.schema'), [
      fieldError('/identityCode', clientMsg(`client.identity.${check.reason}`)),
    ]);
  const clientId = await clientIdByIdentityCode(db, check.value);
  if (!clientId) {
    await logAccess(db, {
      ...actorFields(actor),
      clientId: null,
      action: 'break-the-glass',
      resource: 'client',
      purpose: ctx.purpose,
      basis: 'none',
      outcome: 'deny',
      channel: ctx.channel,
      requestId: ctx.requestId,
      details: { reason: 'no-client', by: 'identityCode' },
    });
    throw new DomainError(404, 'not-found', msg('breakGlass.noClient'));
  }
  return declareBreakGlass(db, actor, clientId, reason, ctx);
}

/** The professional's own emergency accesses still in force (the web app's banner). */
export async function activeBreakGlass(db: Db, actor: Actor, now = new Date()) {
  if (actor.kind !== 'professional')
    throw new DomainError(403, 'forbidden', msg('breakGlass.onlyProfessionals'));
  const rows = await db
    .selectFrom('breakGlass')
    .select(['id', 'clientId', 'validFrom', 'validUntil', 'reasonCode'])
    .where('recordedBy', '=', actor.userId)
    .where('validFrom', '<=', now)
    .where('validUntil', '>', now)
    .orderBy('validUntil', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.clientId,
    reasonCode: r.reasonCode,
    validFrom: iso(r.validFrom) as string,
    validUntil: iso(r.validUntil) as string,
  }));
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
    userName: r.userName ?? null,
    unitName: r.unitName ?? null,
    producerName: r.producerName ?? null,
  };
}

function requireReviewer(actor: Actor) {
  if (actor.kind !== 'organizer' || actor.role !== 'administrator')
    throw new DomainError(403, 'forbidden', msg('access.organizerOnly'));
}

/**
 * The administrator's review list. A declaration's reason may tell of the client's health, so
 * each one shown is an access to that client's data: one entry per declaration, basis oversight.
 */
export async function listBreakGlass(
  db: Db,
  actor: Actor,
  status: string | undefined,
  page: { limit: number; offset: number },
  ctx: { channel: AccessChannel; requestId: string | null },
) {
  requireReviewer(actor);
  return inTx(db, async (trx) => {
    let q = declarations(trx);
    let count = trx.selectFrom('breakGlass').select((eb) => eb.fn.countAll<number>().as('n'));
    if (status) {
      q = q.where('breakGlass.reviewStatus', '=', status as 'pending');
      count = count.where('reviewStatus', '=', status as 'pending');
    }
    const [rows, total] = await Promise.all([
      q
        .orderBy('breakGlass.validFrom', 'desc')
        .orderBy('breakGlass.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      count.executeTakeFirstOrThrow(),
    ]);
    for (const r of rows) await logOversight(trx, actor, r.clientId, r.id, 'read', ctx);
    return { items: rows.map(fromRow), total: Number(total.n) };
  });
}

async function logOversight(
  trx: Db,
  actor: Actor,
  clientId: string,
  id: string,
  action: string,
  ctx: { channel: AccessChannel; requestId: string | null },
) {
  await logAccess(trx, {
    ...actorFields(actor),
    clientId,
    action,
    resource: `break-glass/${id}`,
    purpose: 'review',
    basis: 'oversight',
    outcome: 'allow',
    channel: ctx.channel,
    requestId: ctx.requestId,
    details: {},
  });
}

export async function reviewBreakGlass(
  db: Db,
  actor: Actor,
  id: string,
  review: { status: 'reviewed' | 'flagged'; note: string },
  ctx: { channel: AccessChannel; requestId: string | null },
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
    const reviewed = (await byId(trx, id)) as BreakGlass;
    await logOversight(trx, actor, reviewed.clientId, id, 'review', ctx);
    return reviewed;
  });
}
