/**
 * The access layer: every read and write of a client's data passes through `withAccess`. It
 * decides (model.ts) from the facts in force, and writes the access log entry: an allowed
 * access in the same transaction as the work (so a failed write leaves no entry), a denied one
 * in its own transaction (so the denial is recorded although the request fails). A read-only use
 * case may use `readWithAccess`, which writes the entry right after the read instead.
 */

import { Batcher, batcherPer } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { inTx } from '../../db/tx.js';
import { DomainError } from '../../http/errors.js';
import type { AccessChannel, AccessEntryInput, Basis } from '../audit/model.js';
import { logAccess } from '../audit/service.js';
import { msg } from './messages.js';
import { type Actor, type Decision, decide, type Facts, type Register, type Target } from './model.js';
import * as store from './store.js';

export interface AccessContext {
  action: string;
  resource: string;
  purpose: string;
  channel: AccessChannel;
  requestId: string | null;
  details?: Record<string, unknown>;
  /**
   * Bases that do not suffice for this use: e.g. a declared emergency opens the data for reading
   * and care, but cannot make itself a lasting care relationship. Refused and logged as a denial.
   */
  notOn?: readonly Basis[];
}

export type Allowed = Extract<Decision, { allow: true }>;

/**
 * The facts about a client for a decision at `at`. On the root database, the reads of concurrent
 * requests share one statement (each batch starts after its callers asked, so no answer is older
 * than its request); in a transaction, the transaction's own read.
 */
function factsAt(db: Db, clientId: string, at: string): Promise<Facts> {
  if (db.isTransaction) return store.factsFor(db, clientId, at);
  return factsBatcher(db).load({ clientId, at });
}

const factsBatcher = batcherPer(
  (db: Db) =>
    new Batcher<{ clientId: string; at: string }, Facts>({
      run: async (keys) => {
        // The earliest moment asked about: facts still live then are live for every key.
        const at = keys.map((k) => k.at).sort()[0];
        const facts = await store.factsForMany(
          db,
          keys.map((k) => k.clientId),
          at,
        );
        return keys.map((k) => facts.get(k.clientId) as Facts);
      },
    }),
);

/** Decisions for one actor over several clients' data of one register, from one read of their facts (no log entries). */
export async function decisionsFor(
  db: Db,
  actor: Actor,
  clientIds: readonly string[],
  register: Register | null,
  at: string,
): Promise<Map<string, Decision>> {
  const facts = await store.factsForMany(db, clientIds, at);
  return new Map(
    clientIds.map((clientId) => [
      clientId,
      decide(actor, { clientId, register }, facts.get(clientId) as Facts, at),
    ]),
  );
}

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

/** Decides; a denial is logged (in its own statement) and thrown, an allowance returns its log entry. */
async function authorise(
  db: Db,
  actor: Actor,
  target: Target,
  ctx: AccessContext,
  now: () => string,
): Promise<{ decision: Allowed; entry: AccessEntryInput }> {
  if (db.isTransaction)
    throw new Error('withAccess needs the root database: a denial must be logged outside the work');
  const at = now();
  const decided = decide(actor, target, await factsAt(db, target.clientId, at), at);
  const decision: Decision =
    decided.allow && ctx.notOn?.includes(decided.basis)
      ? { allow: false, basis: 'none', reason: 'emergency-only' }
      : decided;
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
    if (decision.reason === 'emergency-only')
      throw new DomainError(403, 'emergency-only', msg('access.emergencyOnly'));
    throw forbidden();
  }
  return {
    decision,
    entry: {
      ...entry,
      basis: decision.basis,
      outcome: 'allow',
      details: { ...(ctx.details ?? {}), register: target.register, crossRegister: decision.crossRegister },
    },
  };
}

export async function withAccess<T>(
  db: Db,
  actor: Actor,
  target: Target,
  ctx: AccessContext,
  work: (trx: Db, decision: Allowed) => Promise<T>,
  now: () => string = () => new Date().toISOString(),
): Promise<T> {
  const { decision, entry } = await authorise(db, actor, target, ctx, now);
  return inTx(db, async (trx) => {
    await logAccess(trx, entry);
    return work(trx, decision);
  });
}

/**
 * `withAccess` for work that only reads: the work runs first and its entry is written after it
 * in one statement, without a transaction around both. The guarantees are the same — data is
 * returned only once its entry is committed, and work that fails leaves no entry — in three
 * round trips instead of five. (Under READ COMMITTED a transaction would not have given the
 * reads one snapshot anyway.)
 */
export async function readWithAccess<T>(
  db: Db,
  actor: Actor,
  target: Target,
  ctx: AccessContext,
  work: (db: Db, decision: Allowed) => Promise<T>,
  now: () => string = () => new Date().toISOString(),
): Promise<T> {
  const { decision, entry } = await authorise(db, actor, target, ctx, now);
  const result = await work(db, decision);
  await logAccess(db, entry);
  return result;
}

/**
 * Reads records of several registers at once (a client's entries): each register is decided on
 * its own, and only those the actor may see are read. The read leaves one entry per way the
 * registers opened (its basis, and how the other register opened: consent, legal basis,
 * emergency): the client reading their own records leaves one entry naming both registers, a
 * social worker who sees the health register by consent two. When none may be seen, the refusal
 * is logged and thrown; registers refused beside allowed ones are left out without saying
 * whether they hold anything.
 */
export async function withRegisters<T>(
  db: Db,
  actor: Actor,
  clientId: string,
  registers: readonly Register[],
  ctx: AccessContext,
  work: (trx: Db, allowed: Register[]) => Promise<T>,
  now: () => string = () => new Date().toISOString(),
): Promise<T> {
  if (db.isTransaction)
    throw new Error('withRegisters needs the root database: a denial must be logged outside the work');
  const at = now();
  const facts = await factsAt(db, clientId, at);
  const decisions = registers.map((register) => ({
    register,
    decision: decide(actor, { clientId, register }, facts, at),
  }));
  const base = {
    ...actorFields(actor),
    clientId,
    action: ctx.action,
    resource: ctx.resource,
    purpose: ctx.purpose,
    channel: ctx.channel,
    requestId: ctx.requestId,
  };
  const allowed = decisions.filter((d) => d.decision.allow);
  if (allowed.length === 0) {
    const first = decisions[0]?.decision;
    await logAccess(db, {
      ...base,
      basis: 'none',
      outcome: 'deny',
      details: {
        ...(ctx.details ?? {}),
        reason: first && !first.allow ? first.reason : 'no-relationship',
        registers: [...registers],
      },
    });
    throw forbidden();
  }
  // One read is one entry per basis: registers opened the same way are named in one entry.
  const ways = new Map<string, { basis: Basis; crossRegister: Basis | null; registers: Register[] }>();
  for (const { register, decision } of allowed) {
    if (!decision.allow) continue;
    const key = `${decision.basis} ${decision.crossRegister}`;
    const way = ways.get(key) ?? {
      basis: decision.basis,
      crossRegister: decision.crossRegister,
      registers: [],
    };
    way.registers.push(register);
    ways.set(key, way);
  }
  return inTx(db, async (trx) => {
    for (const way of ways.values())
      await logAccess(trx, {
        ...base,
        basis: way.basis,
        outcome: 'allow',
        details: {
          ...(ctx.details ?? {}),
          // `register` as on every other entry when the way opened one register; null when several.
          register: way.registers.length === 1 ? way.registers[0] : null,
          registers: way.registers,
          crossRegister: way.crossRegister,
        },
      });
    return work(
      trx,
      allowed.map((d) => d.register),
    );
  });
}
