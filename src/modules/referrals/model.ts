/**
 * Referrals and consultations between units (DOMAIN §3 client steering, §4.4 service chains).
 * The task of a referral follows the states of HL7's SDOH Clinical Care referral Task:
 *
 *   requested ─accept→ accepted ─start→ in-progress ─complete→ completed
 *       │                 │                 └────────fail→ failed
 *       ├─reject→ rejected│
 *       └─cancel→ cancelled ←─cancel── (accepted, in-progress, on-hold)
 *   accepted / in-progress ─hold→ on-hold ─resume→ back to where it was held
 *
 * Only the allowed side makes each move: the requester cancels; the performer accepts, rejects,
 * starts, holds, resumes, completes and fails. Types and pure rules only.
 */

export const REFERRAL_KINDS = ['referral', 'consultation'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

export const TASK_STATUSES = [
  'requested',
  'accepted',
  'rejected',
  'cancelled',
  'in-progress',
  'on-hold',
  'completed',
  'failed',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** States from which nothing moves on. A rejected referral is routed again as a new referral. */
export const FINAL_STATUSES: readonly TaskStatus[] = ['rejected', 'cancelled', 'completed', 'failed'];

export const MOVES = ['accept', 'reject', 'cancel', 'start', 'hold', 'resume', 'complete', 'fail'] as const;
export type Move = (typeof MOVES)[number];

/** Which side of a referral an actor is on: the requesting unit, or the unit asked to perform it. */
export type Side = 'requester' | 'performer';

interface Rule {
  from: readonly TaskStatus[];
  /** The state after the move; null: back to the state the task was held in. */
  to: TaskStatus | null;
  by: Side;
  /** What the move must carry: a reason (a rejection, a cancellation, a hold, a failure) or an outcome. */
  needs: 'reason' | 'outcome' | null;
}

export const RULES: Record<Move, Rule> = {
  accept: { from: ['requested'], to: 'accepted', by: 'performer', needs: null },
  reject: { from: ['requested'], to: 'rejected', by: 'performer', needs: 'reason' },
  cancel: {
    from: ['requested', 'accepted', 'in-progress', 'on-hold'],
    to: 'cancelled',
    by: 'requester',
    needs: 'reason',
  },
  start: { from: ['accepted'], to: 'in-progress', by: 'performer', needs: null },
  hold: { from: ['accepted', 'in-progress'], to: 'on-hold', by: 'performer', needs: 'reason' },
  resume: { from: ['on-hold'], to: null, by: 'performer', needs: null },
  complete: { from: ['in-progress'], to: 'completed', by: 'performer', needs: 'outcome' },
  fail: { from: ['in-progress'], to: 'failed', by: 'performer', needs: 'reason' },
};

export interface TaskState {
  status: TaskStatus;
  /** The state an on-hold task was held in (accepted or in-progress); null otherwise. */
  heldFrom: TaskStatus | null;
}

/** The moves a side may make now. */
export function allowedMoves(state: TaskState, side: Side): Move[] {
  return MOVES.filter((m) => RULES[m].by === side && RULES[m].from.includes(state.status));
}

export type MoveResult =
  | { ok: true; state: TaskState }
  | {
      ok: false;
      problem: 'not-allowed-now' | 'other-side' | 'needs-reason' | 'needs-outcome';
      allowed: Move[];
    };

/**
 * The state after a move, or why the move cannot be made: not from this state (the allowed moves
 * are named), not by this side, or without the reason or outcome it must carry.
 */
export function applyMove(
  state: TaskState,
  move: Move,
  side: Side,
  carried: { reason?: string | null; outcome?: string | null } = {},
): MoveResult {
  const rule = RULES[move];
  const allowed = allowedMoves(state, side);
  if (!rule.from.includes(state.status)) return { ok: false, problem: 'not-allowed-now', allowed };
  if (rule.by !== side) return { ok: false, problem: 'other-side', allowed };
  if (rule.needs === 'reason' && !carried.reason?.trim())
    return { ok: false, problem: 'needs-reason', allowed };
  if (rule.needs === 'outcome' && !carried.outcome?.trim())
    return { ok: false, problem: 'needs-outcome', allowed };
  if (rule.to === null) return { ok: true, state: { status: state.heldFrom ?? 'accepted', heldFrom: null } };
  return {
    ok: true,
    state: { status: rule.to, heldFrom: rule.to === 'on-hold' ? state.status : null },
  };
}

const DAY_MS = 86_400_000;

/** When a referral must be answered: the contract's response time from when it was sent. */
export function dueAt(sentAt: string, maxResponseDays: number): string {
  return new Date(Date.parse(sentAt) + maxResponseDays * DAY_MS).toISOString();
}

/** A referral nobody has answered by its due time is overdue, on both sides' worklists. */
export function isOverdue(status: TaskStatus, due: string | null, now: string): boolean {
  return status === 'requested' && due !== null && now > due;
}
