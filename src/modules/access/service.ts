/**
 * The access layer: every read and write of a client's data passes through `withAccess`. It
 * decides (model.ts) from the facts in force, and writes the access log entry: an allowed
 * access in the same transaction as the work (so a failed write leaves no entry), a denied one
 * in its own transaction (so the denial is recorded although the request fails).
 */
import type { Db } from '../../db/connection.js';
import { inTx } from '../../db/tx.js';
import { DomainError } from '../../server/errors.js';
import { msg } from '../../server/messages.js';
import type { AccessChannel } from '../audit/model.js';
import { logAccess } from '../audit/service.js';
import { type Actor, type Decision, decide, type Target } from './model.js';
import * as store from './store.js';

export interface AccessContext {
  action: string;
  resource: string;
  purpose: string;
  channel: AccessChannel;
  requestId: string | null;
  details?: Record<string, unknown>;
}

export type Allowed = Extract<Decision, { allow: true }>;

export const forbidden = () => new DomainError(403, 'forbidden', msg('access.forbidden'));

/** Who acted, as the access log records it. */
export function actorFields(actor: Actor) {
  switch (actor.kind) {
    case 'professional':
      return { actorId: actor.userId, actorRole: actor.profession, actorOrg: actor.unitId };
    case 'organizer':
      return { actorId: actor.userId, actorRole: actor.role, actorOrg: null };
    case 'client':
      return { actorId: actor.userId, actorRole: 'client', actorOrg: null };
  }
}

export async function withAccess<T>(
  db: Db,
  actor: Actor,
  target: Target,
  ctx: AccessContext,
  work: (trx: Db, decision: Allowed) => Promise<T>,
  now: () => string = () => new Date().toISOString(),
): Promise<T> {
  if (db.isTransaction)
    throw new Error('withAccess needs the root database: a denial must be logged outside the work');
  const decision = decide(actor, target, await store.factsFor(db, target.clientId), now());
  const entry = {
    ...actorFields(actor),
    clientId: target.clientId,
    action: ctx.action,
    resource: ctx.resource,
    purpose: ctx.purpose,
    channel: ctx.channel,
    requestId: ctx.requestId,
  };
  if (!decision.allow) {
    await logAccess(db, {
      ...entry,
      basis: 'none',
      outcome: 'deny',
      details: { ...(ctx.details ?? {}), reason: decision.reason, register: target.register },
    });
    throw forbidden();
  }
  return inTx(db, async (trx) => {
    await logAccess(trx, {
      ...entry,
      basis: decision.basis,
      outcome: 'allow',
      details: { ...(ctx.details ?? {}), register: target.register, crossRegister: decision.crossRegister },
    });
    return work(trx, decision);
  });
}
