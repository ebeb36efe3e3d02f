/**
 * Care and client relationships recorded by professionals (DOMAIN §7): a professional who may
 * open a client's data adds a colleague to the client's care team or names the client's personal
 * worker, always with an end date; and records a legal basis for showing one register's records
 * to the other. Referral and first-contact relationships come from their own processes (a
 * referral, a registration at a first contact) and are not added here. Every change is logged.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection.js';
import { DomainError, Problems } from '../../http/errors.js';
import { msg } from './messages.js';
import type { Actor, Register } from './model.js';
import { type AccessContext, withAccess } from './service.js';

/** The longest a care team membership or personal worker assignment runs before it is renewed. */
export const MAX_RELATIONSHIP_DAYS = 730;
const DAY_MS = 86_400_000;
type Ctx = Omit<AccessContext, 'action' | 'resource'>;

export interface Relationship {
  id: string;
  clientId: string;
  kind: string;
  userId: string | null;
  userName: string | null;
  unitId: string | null;
  unitName: string | null;
  validFrom: string;
  validUntil: string;
  inForce: boolean;
  note: string;
  recordedBy: string;
  recordedByName: string | null;
  recordedAt: string;
}

export interface LegalBasisRecord {
  id: string;
  clientId: string;
  register: Register;
  statute: string;
  validFrom: string;
  validUntil: string | null;
  recordedBy: string;
  recordedByName: string | null;
  recordedAt: string;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function ensureProfessional(actor: Actor) {
  if (actor.kind !== 'professional')
    throw new DomainError(403, 'forbidden', msg('relationship.onlyProfessionals'));
}

/** The end date must be ahead, and not further than MAX_RELATIONSHIP_DAYS. */
function checkUntil(p: Problems, field: string, until: string, now: number) {
  const t = Date.parse(until);
  if (t <= now) p.add(field, msg('relationship.untilPast'));
  else if (t > now + MAX_RELATIONSHIP_DAYS * DAY_MS)
    p.add(field, msg('relationship.untilTooFar', { days: MAX_RELATIONSHIP_DAYS }));
}

export async function listRelationships(db: Db, actor: Actor, clientId: string, ctx: Ctx) {
  return withAccess(
    db,
    actor,
    { clientId, register: null },
    { ...ctx, action: 'read', resource: `client/${clientId}/relationships` },
    async (trx) => {
      const now = Date.now();
      const [relationships, legalBases] = await Promise.all([
        trx
          .selectFrom('careRelationship as r')
          .leftJoin('userAccount as u', 'u.id', 'r.userId')
          .leftJoin('unit', 'unit.id', 'r.unitId')
          .leftJoin('userAccount as rec', 'rec.id', 'r.recordedBy')
          .selectAll('r')
          .select(['u.displayName as userName', 'unit.name as unitName', 'rec.displayName as recordedByName'])
          .where('r.clientId', '=', clientId)
          .orderBy('r.validUntil', 'desc')
          .orderBy('r.id')
          .execute(),
        trx
          .selectFrom('legalBasis as l')
          .leftJoin('userAccount as rec', 'rec.id', 'l.recordedBy')
          .selectAll('l')
          .select('rec.displayName as recordedByName')
          .where('l.clientId', '=', clientId)
          .orderBy('l.recordedAt', 'desc')
          .orderBy('l.id')
          .execute(),
      ]);
      return {
        relationships: relationships.map(
          (r): Relationship => ({
            id: r.id,
            clientId: r.clientId,
            kind: r.kind,
            userId: r.userId,
            userName: r.userName,
            unitId: r.unitId,
            unitName: r.unitName,
            validFrom: iso(r.validFrom) as string,
            validUntil: iso(r.validUntil) as string,
            inForce:
              Date.parse(String(iso(r.validFrom))) <= now && Date.parse(String(iso(r.validUntil))) > now,
            note: r.note,
            recordedBy: r.recordedBy,
            recordedByName: r.recordedByName,
            recordedAt: iso(r.recordedAt) as string,
          }),
        ),
        legalBases: legalBases.map(
          (l): LegalBasisRecord => ({
            id: l.id,
            clientId: l.clientId,
            register: l.register as Register,
            statute: l.statute,
            validFrom: iso(l.validFrom) as string,
            validUntil: iso(l.validUntil),
            recordedBy: l.recordedBy,
            recordedByName: l.recordedByName,
            recordedAt: iso(l.recordedAt) as string,
          }),
        ),
      };
    },
  );
}

/**
 * Adds a professional to the client's care team, or names the personal worker (ending the
 * previous one). A declared emergency alone does not suffice: it is for the emergency, reviewed,
 * and cannot make itself a lasting relationship.
 */
export async function addRelationship(
  db: Db,
  actor: Actor,
  clientId: string,
  input: { kind: 'care_team' | 'personal_worker'; userId: string; validUntil: string; note: string },
  ctx: Ctx,
): Promise<string> {
  ensureProfessional(actor);
  const p = new Problems();
  checkUntil(p, '/validUntil', input.validUntil, Date.now());
  const member = await db
    .selectFrom('userAccount')
    .select(['id', 'unitId'])
    .where('id', '=', input.userId)
    .where('kind', '=', 'professional')
    .where('active', '=', true)
    .executeTakeFirst();
  if (!member) p.add('/userId', msg('relationship.notProfessional', { id: input.userId }));
  p.throwIfAny();
  return withAccess(
    db,
    actor,
    { clientId, register: null },
    {
      ...ctx,
      action: 'relationship.add',
      resource: `client/${clientId}/relationships`,
      notOn: ['break_the_glass'],
    },
    async (trx) => {
      const id = randomUUID();
      const now = new Date();
      // A client has one personal worker at a time: naming a new one ends the previous one now.
      if (input.kind === 'personal_worker')
        await trx
          .updateTable('careRelationship')
          .set({ validUntil: now })
          .where('clientId', '=', clientId)
          .where('kind', '=', 'personal_worker')
          .where('validFrom', '<', now)
          .where('validUntil', '>', now)
          .execute();
      await trx
        .insertInto('careRelationship')
        .values({
          id,
          clientId,
          recordedBy: actor.userId,
          kind: input.kind,
          userId: input.userId,
          unitId: null,
          validFrom: now.toISOString(),
          validUntil: input.validUntil,
          note: input.note,
        })
        .execute();
      return id;
    },
  );
}

/** Ends a relationship now; it stays in the history with its end. */
export async function endRelationship(db: Db, actor: Actor, clientId: string, id: string, ctx: Ctx) {
  ensureProfessional(actor);
  await withAccess(
    db,
    actor,
    { clientId, register: null },
    {
      ...ctx,
      action: 'relationship.end',
      resource: `client/${clientId}/relationships/${id}`,
      notOn: ['break_the_glass'],
    },
    async (trx) => {
      const row = await trx
        .selectFrom('careRelationship')
        .select(['id', 'validFrom', 'validUntil'])
        .where('id', '=', id)
        .where('clientId', '=', clientId)
        .executeTakeFirst();
      if (!row) throw new DomainError(404, 'not-found', msg('relationship.notFound', { id }));
      const now = new Date();
      if (new Date(row.validUntil ?? 0).getTime() <= now.getTime())
        throw new DomainError(
          409,
          'conflict',
          msg('relationship.ended', { at: iso(row.validUntil) as string }),
        );
      // A relationship must end after it began (a check constraint): one that has not begun ends as it begins.
      const end = new Date(Math.max(now.getTime(), new Date(row.validFrom).getTime() + 1));
      await trx.updateTable('careRelationship').set({ validUntil: end }).where('id', '=', id).execute();
    },
  );
}

/** Records a legal basis for showing one register's records to the other register's professionals. */
export async function recordLegalBasis(
  db: Db,
  actor: Actor,
  clientId: string,
  input: { register: Register; statute: string; validUntil: string | null },
  ctx: Ctx,
): Promise<string> {
  ensureProfessional(actor);
  if (input.validUntil !== null) {
    const p = new Problems();
    checkUntil(p, '/validUntil', input.validUntil, Date.now());
    p.throwIfAny();
  }
  return withAccess(
    db,
    actor,
    { clientId, register: null },
    {
      ...ctx,
      action: 'legal-basis.add',
      resource: `client/${clientId}/relationships`,
      notOn: ['break_the_glass'],
    },
    async (trx) => {
      const id = randomUUID();
      await trx
        .insertInto('legalBasis')
        .values({
          id,
          clientId,
          recordedBy: actor.userId,
          validFrom: new Date().toISOString(),
          validUntil: input.validUntil,
          register: input.register,
          statute: input.statute,
        })
        .execute();
      return id;
    },
  );
}

/** A professional as a colleague finds them when adding them to a client's care team. */
export interface Colleague {
  id: string;
  displayName: string;
  profession: string | null;
  unitName: string | null;
  producerName: string | null;
}

export const COLLEAGUE_QUERY_MIN = 2;

/**
 * The professionals' directory: active professionals whose name or username contains `query`
 * (case does not matter), by name. Only professionals may search it, and it holds no client
 * data, so a search is not an access to anyone's data.
 */
export async function findColleagues(
  db: Db,
  actor: Actor,
  query: string,
  limit: number,
): Promise<{ items: Colleague[]; more: boolean }> {
  ensureProfessional(actor);
  const q = query.trim().toLowerCase();
  if (q.length < COLLEAGUE_QUERY_MIN) {
    const p = new Problems();
    p.add('/q', msg('colleague.queryTooShort', { min: COLLEAGUE_QUERY_MIN }));
    p.throwIfAny();
  }
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .selectFrom('userAccount as u')
    .leftJoin('unit', 'unit.id', 'u.unitId')
    .leftJoin('producer', 'producer.id', 'u.producerId')
    .select([
      'u.id',
      'u.displayName',
      'u.profession',
      'unit.name as unitName',
      'producer.name as producerName',
    ])
    .where('u.kind', '=', 'professional')
    .where('u.active', '=', true)
    .where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['u.displayName']), 'like', pattern),
        eb(eb.fn('lower', ['u.id']), 'like', pattern),
      ]),
    )
    .orderBy('u.displayName')
    .orderBy('u.id')
    .limit(limit + 1)
    .execute();
  return {
    items: rows.slice(0, limit).map((r) => ({
      id: r.id,
      displayName: r.displayName,
      profession: r.profession,
      unitName: r.unitName ?? null,
      producerName: r.producerName ?? null,
    })),
    more: rows.length > limit,
  };
}
