/**
 * Consents and refusals (DOMAIN §7): the client's consent to show one register's records to the
 * other register's professionals, and the client's refusal of disclosure (luovutuskielto) to a
 * named producer. The client gives and withdraws them themselves, or a professional who may
 * open the client's data records them; every change is logged.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection.js';
import { DomainError, Problems } from '../../http/errors.js';
import { msg as catalogueMsg } from '../catalogue/messages.js';
import { msg } from './messages.js';
import type { Actor, Register } from './model.js';
import { type AccessContext, withAccess } from './service.js';

export interface ConsentRecord {
  id: string;
  kind: 'consent' | 'refusal';
  clientId: string;
  register: Register | null;
  producerId: string | null;
  scope: string;
  validFrom: string;
  validUntil: string | null;
  withdrawnAt: string | null;
  recordedBy: string;
  /** Who recorded it, by name (the client reads "you" for their own). */
  recordedByName: string | null;
  recordedAt: string;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
type Ctx = Omit<AccessContext, 'action' | 'resource'>;

function ensureRecorder(actor: Actor) {
  if (actor.kind === 'organizer') throw new DomainError(403, 'forbidden', msg('consent.whoMay'));
}

export async function listConsents(
  db: Db,
  actor: Actor,
  clientId: string,
  ctx: Ctx,
): Promise<ConsentRecord[]> {
  return withAccess(
    db,
    actor,
    { clientId, register: null },
    { ...ctx, action: 'read', resource: `client/${clientId}/consents` },
    async (trx) => {
      const [consents, refusals] = await Promise.all([
        trx
          .selectFrom('consent')
          .leftJoin('userAccount as u', 'u.id', 'consent.recordedBy')
          .selectAll('consent')
          .select('u.displayName as recordedByName')
          .where('consent.clientId', '=', clientId)
          .orderBy('consent.recordedAt')
          .execute(),
        trx
          .selectFrom('disclosureRefusal')
          .leftJoin('userAccount as u', 'u.id', 'disclosureRefusal.recordedBy')
          .selectAll('disclosureRefusal')
          .select('u.displayName as recordedByName')
          .where('disclosureRefusal.clientId', '=', clientId)
          .orderBy('disclosureRefusal.recordedAt')
          .execute(),
      ]);
      return [
        ...consents.map((c) => ({
          id: c.id,
          kind: 'consent' as const,
          clientId,
          register: c.register,
          producerId: null,
          scope: c.scope,
          validFrom: iso(c.validFrom) as string,
          validUntil: iso(c.validUntil),
          withdrawnAt: iso(c.withdrawnAt),
          recordedBy: c.recordedBy,
          recordedByName: c.recordedByName,
          recordedAt: iso(c.recordedAt) as string,
        })),
        ...refusals.map((r) => ({
          id: r.id,
          kind: 'refusal' as const,
          clientId,
          register: null,
          producerId: r.producerId,
          scope: '',
          validFrom: iso(r.validFrom) as string,
          validUntil: null,
          withdrawnAt: iso(r.withdrawnAt),
          recordedBy: r.recordedBy,
          recordedByName: r.recordedByName,
          recordedAt: iso(r.recordedAt) as string,
        })),
      ];
    },
  );
}

export async function giveConsent(
  db: Db,
  actor: Actor,
  clientId: string,
  input: { register: Register; scope: string; validUntil: string | null },
  ctx: Ctx,
): Promise<string> {
  ensureRecorder(actor);
  if (input.validUntil !== null && Date.parse(input.validUntil) <= Date.now()) {
    const p = new Problems();
    p.add('/validUntil', msg('consent.untilBeforeNow'));
    p.throwIfAny();
  }
  return withAccess(
    db,
    actor,
    { clientId, register: null },
    { ...ctx, action: 'consent.give', resource: `client/${clientId}/consents` },
    async (trx) => {
      const id = randomUUID();
      await trx
        .insertInto('consent')
        .values({
          id,
          clientId,
          recordedBy: actor.userId,
          validFrom: new Date().toISOString(),
          validUntil: input.validUntil,
          register: input.register,
          scope: input.scope,
        })
        .execute();
      return id;
    },
  );
}

export async function refuseDisclosure(
  db: Db,
  actor: Actor,
  clientId: string,
  producerId: string,
  ctx: Ctx,
): Promise<string> {
  ensureRecorder(actor);
  return withAccess(
    db,
    actor,
    { clientId, register: null },
    { ...ctx, action: 'refusal.give', resource: `client/${clientId}/consents` },
    async (trx) => {
      const producer = await trx
        .selectFrom('producer')
        .select('id')
        .where('id', '=', producerId)
        .executeTakeFirst();
      if (!producer) {
        const p = new Problems();
        p.add('/producerId', catalogueMsg('notFound.producer', { id: producerId }));
        p.throwIfAny();
      }
      const id = randomUUID();
      await trx
        .insertInto('disclosureRefusal')
        .values({ id, clientId, recordedBy: actor.userId, validFrom: new Date().toISOString(), producerId })
        .execute();
      return id;
    },
  );
}

/** Withdraws a consent or a refusal; it stays in the history with the time it ended. */
export async function withdraw(db: Db, actor: Actor, clientId: string, id: string, ctx: Ctx): Promise<void> {
  ensureRecorder(actor);
  await withAccess(
    db,
    actor,
    { clientId, register: null },
    { ...ctx, action: 'consent.withdraw', resource: `client/${clientId}/consents/${id}` },
    async (trx) => {
      const now = new Date().toISOString();
      for (const table of ['consent', 'disclosureRefusal'] as const) {
        const row = await trx
          .selectFrom(table)
          .select(['id', 'withdrawnAt'])
          .where('id', '=', id)
          .where('clientId', '=', clientId)
          .executeTakeFirst();
        if (!row) continue;
        if (row.withdrawnAt)
          throw new DomainError(
            409,
            'conflict',
            msg('consent.alreadyWithdrawn', { at: iso(row.withdrawnAt) as string }),
          );
        await trx
          .updateTable(table)
          .set({ withdrawnAt: now, withdrawnBy: actor.userId })
          .where('id', '=', id)
          .execute();
        return;
      }
      throw new DomainError(404, 'not-found', msg('consent.notFound', { id }));
    },
  );
}
