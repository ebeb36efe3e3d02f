/** Use cases of client record entries: every read and write goes through the access layer. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection.js';
import { DomainError, Problems } from '../../http/errors.js';
import { type Actor, REGISTERS, type Register } from '../access/model.js';
import { type AccessContext, withAccess, withRegisters } from '../access/service.js';
import { msg } from './messages.js';
import { type Entry, type EntryInput, entryRegister } from './model.js';
import * as store from './store.js';

type Ctx = Omit<AccessContext, 'action' | 'resource'>;

/** The entries the actor may see: each register decided on its own (see withRegisters). */
export async function readEntries(
  db: Db,
  actor: Actor,
  clientId: string,
  register: Register | undefined,
  page: { limit: number; offset: number },
  ctx: Ctx,
) {
  return withRegisters(
    db,
    actor,
    clientId,
    register ? [register] : REGISTERS,
    { ...ctx, action: 'read', resource: `client/${clientId}/entries` },
    async (trx, allowed) => ({
      ...(await store.listEntries(trx, clientId, allowed, page)),
      registers: allowed,
    }),
  );
}

/** A professional writes an entry in their own register; a correction names the entry it corrects. */
export async function writeEntry(
  db: Db,
  actor: Actor,
  clientId: string,
  input: EntryInput,
  ctx: Ctx,
): Promise<Entry> {
  if (actor.kind !== 'professional') throw new DomainError(403, 'forbidden', msg('entry.onlyProfessionals'));
  const target = entryRegister(input.register, actor.registers);
  const p = new Problems();
  if (!target.ok) p.add('/register', msg('entry.notYourRegister', { registers: [...actor.registers] }));
  if (input.kind === 'correction' && !input.corrects) p.add('/corrects', msg('entry.correctsMissing'));
  p.throwIfAny();
  const register = (target as { register: Register }).register;
  return withAccess(
    db,
    actor,
    { clientId, register },
    { ...ctx, action: 'entry.write', resource: `client/${clientId}/entries` },
    async (trx) => {
      if (input.corrects) {
        const corrected = await store.entryById(trx, input.corrects);
        if (!corrected || corrected.clientId !== clientId || corrected.register !== register) {
          const q = new Problems();
          q.add('/corrects', msg('entry.correctsUnknown', { id: input.corrects }));
          q.throwIfAny();
        }
      }
      const id = randomUUID();
      await store.insertEntry(trx, {
        id,
        clientId,
        register,
        kind: input.kind,
        text: input.text,
        corrects: input.corrects ?? null,
        authorId: actor.userId,
        authorRole: actor.profession,
        unitId: actor.unitId,
      });
      return (await store.entryById(trx, id)) as Entry;
    },
  );
}
