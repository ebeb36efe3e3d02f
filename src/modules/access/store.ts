/** SQL for the facts that open a client's data. Only this folder touches these tables. */
import type { Db } from '../../db/connection.js';
import type { Facts, Register, RelationshipKind } from './model.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Every recorded fact about one client; the decision picks those in force. */
export async function factsFor(db: Db, clientId: string): Promise<Facts> {
  const [relationships, consents, legalBases, refusals, breakGlass] = await Promise.all([
    db.selectFrom('careRelationship').selectAll().where('clientId', '=', clientId).execute(),
    db.selectFrom('consent').selectAll().where('clientId', '=', clientId).execute(),
    db.selectFrom('legalBasis').selectAll().where('clientId', '=', clientId).execute(),
    db.selectFrom('disclosureRefusal').selectAll().where('clientId', '=', clientId).execute(),
    db.selectFrom('breakGlass').selectAll().where('clientId', '=', clientId).execute(),
  ]);
  return {
    relationships: relationships.map((r) => ({
      kind: r.kind as RelationshipKind,
      clientId: r.clientId,
      userId: r.userId,
      unitId: r.unitId,
      validFrom: iso(r.validFrom) as string,
      validUntil: iso(r.validUntil) as string,
    })),
    consents: consents.map((c) => ({
      clientId: c.clientId,
      register: c.register as Register,
      validFrom: iso(c.validFrom) as string,
      validUntil: iso(c.validUntil),
      withdrawnAt: iso(c.withdrawnAt),
    })),
    legalBases: legalBases.map((l) => ({
      clientId: l.clientId,
      register: l.register as Register,
      validFrom: iso(l.validFrom) as string,
      validUntil: iso(l.validUntil),
    })),
    refusals: refusals.map((r) => ({
      clientId: r.clientId,
      producerId: r.producerId,
      validFrom: iso(r.validFrom) as string,
      withdrawnAt: iso(r.withdrawnAt),
    })),
    breakGlass: breakGlass.map((g) => ({
      userId: g.recordedBy,
      clientId: g.clientId,
      validFrom: iso(g.validFrom) as string,
      validUntil: iso(g.validUntil) as string,
    })),
  };
}
