/**
 * Openings of a client's data to review: the organizer's administrator's one list of the
 * accesses that rest on the professional's own word rather than on a relationship someone else
 * recorded — emergency accesses (break-the-glass), and first contacts recorded for a client
 * already in the registry (which open the client's existing data to the professional's unit for
 * 30 days). Each carries the reason stated and is marked reviewed, or flagged for investigation.
 * The break-the-glass routes (break-glass.ts) stay: they list and review emergency accesses only.
 */
import type { Db } from '../../db/connection.js';
import { inTx } from '../../db/tx.js';
import { DomainError } from '../../http/errors.js';
import type { AccessChannel } from '../audit/model.js';
import { logAccess } from '../audit/service.js';
import { msg } from './messages.js';
import type { Actor } from './model.js';
import { actorFields } from './service.js';
import {
  type OpeningKind,
  type OpeningRow,
  openingById,
  openingsPage,
  reviewOpening as saveReview,
} from './store.js';

export const OPENING_KINDS = ['break_glass', 'first_contact'] as const satisfies readonly OpeningKind[];
export type { OpeningKind };
export const REVIEW_STATUSES = ['pending', 'reviewed', 'flagged'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface Opening {
  id: string;
  kind: OpeningKind;
  clientId: string;
  /** Who opened the data: the declaring or contacting professional. */
  userId: string;
  reasonCode: string;
  reasonText: string;
  validFrom: string;
  validUntil: string;
  reviewStatus: ReviewStatus;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  userName: string | null;
  /** An emergency access: the declarer's unit; a first contact: the unit the data was opened to. */
  unitName: string | null;
  producerName: string | null;
}

type Ctx = { channel: AccessChannel; requestId: string | null };

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function fromRow(r: OpeningRow): Opening {
  return {
    id: r.id,
    kind: r.kind,
    clientId: r.clientId,
    userId: r.userId,
    reasonCode: r.reasonCode,
    reasonText: r.reasonText,
    validFrom: iso(r.validFrom) as string,
    validUntil: iso(r.validUntil) as string,
    reviewStatus: r.reviewStatus,
    reviewedBy: r.reviewedBy,
    reviewedAt: iso(r.reviewedAt),
    reviewNote: r.reviewNote,
    userName: r.userName,
    unitName: r.unitName,
    producerName: r.producerName,
  };
}

function requireReviewer(actor: Actor) {
  if (actor.kind !== 'organizer' || actor.role !== 'administrator')
    throw new DomainError(403, 'forbidden', msg('access.organizerOnly'));
}

/** The resource an opening is logged as: the same as the break-the-glass routes log an emergency access. */
const resourceOf = (o: { kind: OpeningKind; id: string }) =>
  `${o.kind === 'break_glass' ? 'break-glass' : 'first-contact'}/${o.id}`;

async function logOversight(trx: Db, actor: Actor, o: OpeningRow, action: string, ctx: Ctx) {
  await logAccess(trx, {
    ...actorFields(actor),
    clientId: o.clientId,
    action,
    resource: resourceOf(o),
    purpose: 'review',
    basis: 'oversight',
    outcome: 'allow',
    channel: ctx.channel,
    requestId: ctx.requestId,
    details: {},
  });
}

/**
 * The review list, newest first. A reason may tell of the client's health, so each opening shown
 * is an access to that client's data: one entry per opening, basis oversight.
 */
export async function listOpenings(
  db: Db,
  actor: Actor,
  filter: { status?: ReviewStatus | undefined; kind?: OpeningKind | undefined },
  page: { limit: number; offset: number },
  ctx: Ctx,
): Promise<{ items: Opening[]; total: number }> {
  requireReviewer(actor);
  return inTx(db, async (trx) => {
    const { rows, total } = await openingsPage(trx, filter, page);
    for (const r of rows) await logOversight(trx, actor, r, 'read', ctx);
    return { items: rows.map(fromRow), total };
  });
}

/** Marks an opening of either kind reviewed, or flags it, with the reviewer's note. */
export async function reviewOpening(
  db: Db,
  actor: Actor,
  id: string,
  review: { status: 'reviewed' | 'flagged'; note: string },
  ctx: Ctx,
): Promise<Opening> {
  requireReviewer(actor);
  return inTx(db, async (trx) => {
    const found = await saveReview(trx, id, {
      ...review,
      by: actor.userId,
      at: new Date().toISOString(),
    });
    if (!found) throw new DomainError(404, 'not-found', msg('opening.notFound', { id }));
    const reviewed = (await openingById(trx, id)) as OpeningRow;
    await logOversight(trx, actor, reviewed, 'review', ctx);
    return fromRow(reviewed);
  });
}
