/**
 * The organizer's analysis: each use case reads in one transaction (repeatable read, so every
 * count comes from the same moment and the suppression rule holds across them) and writes one
 * access log entry in it: the analyst's read of aggregated or pseudonymised data, no client named.
 */
import type { Db } from '../../db/connection.js';
import { DomainError, fieldError } from '../../http/errors.js';
import type { Actor } from '../access/model.js';
import { RELATIONSHIP_KINDS } from '../access/model.js';
import { actorFields } from '../access/service.js';
import { type AccessChannel, BASES, CHANNELS, OUTCOMES } from '../audit/model.js';
import { logAccess } from '../audit/service.js';
import { municipalityByCode } from '../codes/model.js';
import { msg } from './messages.js';
import {
  accessAggregates,
  clientAggregates,
  helsinkiToday,
  isCalendarDate,
  MAX_PERIOD_DAYS,
  periodDays,
  pseudonymousRow,
} from './model.js';
import * as store from './store.js';

export interface AnalyticsContext {
  channel: AccessChannel;
  requestId: string | null;
}

/** The purpose recorded in the access log for every read of this module. */
export const PURPOSE = 'statistics';

/** Only the organizer analyses; the scope check at the edge is the first gate, this the second. */
function requireOrganizer(actor: Actor) {
  if (actor.kind !== 'organizer') throw new DomainError(403, 'forbidden', msg('analytics.organizerOnly'));
  return actor;
}

function checkDate(field: string, value: string) {
  if (!isCalendarDate(value))
    throw new DomainError(400, 'validation', msg('request.invalid'), [
      fieldError(`querystring:/${field}`, msg('analytics.date', { value })),
    ]);
}

/** Runs a read with its access log entry in one repeatable-read transaction. */
async function logged<T>(
  db: Db,
  actor: Actor,
  ctx: AnalyticsContext,
  what: { resource: string; action: string; details: Record<string, unknown> },
  read: (trx: Db) => Promise<T>,
): Promise<T> {
  const work = async (trx: Db) => {
    await logAccess(trx, {
      ...actorFields(actor),
      clientId: null,
      action: what.action,
      resource: what.resource,
      purpose: PURPOSE,
      basis: 'aggregate',
      outcome: 'allow',
      channel: ctx.channel,
      requestId: ctx.requestId,
      details: what.details,
    });
    return read(trx);
  };
  if (db.isTransaction) return work(db);
  return db.transaction().setIsolationLevel('repeatable read').execute(work);
}

/** Aggregates of the client registry as on a date (default: today in Finland), small cells suppressed. */
export async function clientStatistics(db: Db, actor: Actor, query: { on?: string }, ctx: AnalyticsContext) {
  requireOrganizer(actor);
  const on = query.on ?? helsinkiToday();
  checkDate('on', on);
  return logged(
    db,
    actor,
    ctx,
    { resource: 'analytics/clients', action: 'aggregate', details: { on } },
    async (trx) => {
      const counts = await store.clientCounts(trx, on);
      const byMunicipality = counts.byMunicipality.map((m) => {
        const found = m.code ? municipalityByCode(m.code) : undefined;
        return { code: m.code, name: found ? found.name : null, n: m.n };
      });
      return clientAggregates(on, { ...counts, byMunicipality }, RELATIONSHIP_KINDS);
    },
  );
}

/** Aggregates of the access log over a period of Finnish dates, both included. */
export async function accessStatistics(
  db: Db,
  actor: Actor,
  query: { from: string; to: string },
  ctx: AnalyticsContext,
) {
  requireOrganizer(actor);
  checkDate('from', query.from);
  checkDate('to', query.to);
  const days = periodDays(query.from, query.to);
  if (days < 1)
    throw new DomainError(
      400,
      'bad-period',
      msg('analytics.period.reversed', { from: query.from, to: query.to }),
    );
  if (days > MAX_PERIOD_DAYS)
    throw new DomainError(400, 'bad-period', msg('analytics.period.tooLong', { days, max: MAX_PERIOD_DAYS }));
  return logged(
    db,
    actor,
    ctx,
    { resource: 'analytics/access', action: 'aggregate', details: { from: query.from, to: query.to } },
    async (trx) =>
      accessAggregates(query, await store.accessCounts(trx, query.from, query.to), {
        bases: BASES,
        outcomes: OUTCOMES,
        channels: CHANNELS,
      }),
  );
}

/**
 * One row per client with a pseudonym instead of any identity. Pseudonymised data is still
 * personal data: it is read under the same scope and logged like the aggregates.
 */
export async function pseudonymisedClients(
  db: Db,
  actor: Actor,
  pseudonymKey: string | Uint8Array,
  query: { on?: string; limit: number; offset: number },
  ctx: AnalyticsContext,
) {
  requireOrganizer(actor);
  const on = query.on ?? helsinkiToday();
  checkDate('on', on);
  const page = { limit: query.limit, offset: query.offset };
  return logged(
    db,
    actor,
    ctx,
    { resource: 'analytics/pseudonymised/clients', action: 'export', details: { on, ...page } },
    async (trx) => {
      const { rows, total } = await store.pseudonymousPage(trx, page);
      const facts = await store.factsOf(
        trx,
        rows.map((r) => r.id),
        on,
      );
      const relationships = new Map(
        rows.map((r) => [r.id, Object.fromEntries(RELATIONSHIP_KINDS.map((k) => [k, 0]))]),
      );
      for (const r of facts.relationships) {
        const counts = relationships.get(r.clientId);
        if (counts) counts[r.kind] = r.n;
      }
      const consented = new Set(facts.consents.map((f) => `${f.clientId} ${f.register}`));
      const items = rows.map((c) =>
        pseudonymousRow(pseudonymKey, c, relationships.get(c.id) ?? {}, {
          social: consented.has(`${c.id} social`),
          health: consented.has(`${c.id} health`),
        }),
      );
      return { on, items, total, ...page };
    },
  );
}
