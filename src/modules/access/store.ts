/** SQL for the facts that open a client's data. Only this folder touches these tables. */
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { Facts, Register, RelationshipKind } from './model.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Facts that ended this long before the moment asked about are left out; the margin absorbs clock skew. */
const ENDED_MARGIN_MS = 86_400_000;

/** One row of any of the five fact tables: `fact` names the table, `ref` its kind, register, producer or user. */
interface FactRow {
  fact: 'relationship' | 'consent' | 'legal_basis' | 'refusal' | 'break_glass';
  ref: string;
  userId: string | null;
  unitId: string | null;
  validFrom: Date | string;
  validUntil: Date | string | null;
  withdrawnAt: Date | string | null;
}

/**
 * The facts about one client, in one round trip (every client read waits for it). With `at`,
 * facts that had ended a day before it are left out: the decision at `at` would not use them.
 * Without it, every recorded fact.
 */
export async function factsFor(db: Db, clientId: string, at?: string): Promise<Facts> {
  const since = at === undefined ? null : new Date(Date.parse(at) - ENDED_MARGIN_MS).toISOString();
  // An open-ended fact (null) has not ended.
  const live = (column: string) =>
    since === null
      ? sql`true`
      : sql`(${sql.ref(column)} is null or ${sql.ref(column)} > ${since}::timestamptz)`;
  const res = await sql<FactRow>`
    select 'relationship' as fact, kind as ref, user_id, unit_id, valid_from, valid_until, null::timestamptz as withdrawn_at
      from care_relationship where client_id = ${clientId} and ${live('valid_until')}
    union all
    select 'consent', register, null, null, valid_from, valid_until, withdrawn_at
      from consent where client_id = ${clientId} and ${live('valid_until')} and ${live('withdrawn_at')}
    union all
    select 'legal_basis', register, null, null, valid_from, valid_until, null
      from legal_basis where client_id = ${clientId} and ${live('valid_until')}
    union all
    select 'refusal', producer_id, null, null, valid_from, null, withdrawn_at
      from disclosure_refusal where client_id = ${clientId} and ${live('withdrawn_at')}
    union all
    select 'break_glass', recorded_by, null, null, valid_from, valid_until, null
      from break_glass where client_id = ${clientId} and ${live('valid_until')}`.execute(db);

  const facts: Facts = { relationships: [], consents: [], legalBases: [], refusals: [], breakGlass: [] };
  for (const r of res.rows) {
    const validFrom = iso(r.validFrom) as string;
    switch (r.fact) {
      case 'relationship':
        facts.relationships.push({
          kind: r.ref as RelationshipKind,
          clientId,
          userId: r.userId,
          unitId: r.unitId,
          validFrom,
          validUntil: iso(r.validUntil) as string,
        });
        break;
      case 'consent':
        facts.consents.push({
          clientId,
          register: r.ref as Register,
          validFrom,
          validUntil: iso(r.validUntil),
          withdrawnAt: iso(r.withdrawnAt),
        });
        break;
      case 'legal_basis':
        facts.legalBases.push({
          clientId,
          register: r.ref as Register,
          validFrom,
          validUntil: iso(r.validUntil),
        });
        break;
      case 'refusal':
        facts.refusals.push({ clientId, producerId: r.ref, validFrom, withdrawnAt: iso(r.withdrawnAt) });
        break;
      case 'break_glass':
        facts.breakGlass.push({
          userId: r.ref,
          clientId,
          validFrom,
          validUntil: iso(r.validUntil) as string,
        });
        break;
    }
  }
  return facts;
}
