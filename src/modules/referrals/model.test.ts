import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedMoves,
  applyMove,
  dueAt,
  FINAL_STATUSES,
  isOverdue,
  MOVES,
  type Move,
  type Side,
  type TaskState,
} from './model.js';

const at = (status: TaskState['status'], heldFrom: TaskState['heldFrom'] = null): TaskState => ({
  status,
  heldFrom,
});
const carried = { reason: 'No capacity this month', outcome: 'Home care started' };

describe('the referral task', () => {
  it('goes the whole loop: requested → accepted → in-progress → completed', () => {
    let s = at('requested');
    for (const [move, side] of [
      ['accept', 'performer'],
      ['start', 'performer'],
      ['complete', 'performer'],
    ] as [Move, Side][]) {
      const r = applyMove(s, move, side, carried);
      if (!r.ok) throw new Error(`${move}: ${r.problem}`);
      s = r.state;
    }
    expect(s).toEqual(at('completed'));
  });

  it('lets only the requester cancel, and only the performer answer and work', () => {
    expect(allowedMoves(at('requested'), 'requester')).toEqual(['cancel']);
    expect(allowedMoves(at('requested'), 'performer')).toEqual(['accept', 'reject']);
    expect(allowedMoves(at('accepted'), 'performer')).toEqual(['start', 'hold']);
    expect(allowedMoves(at('in-progress'), 'performer')).toEqual(['hold', 'complete', 'fail']);
    expect(applyMove(at('requested'), 'accept', 'requester')).toEqual({
      ok: false,
      problem: 'other-side',
      allowed: ['cancel'],
    });
    expect(applyMove(at('requested'), 'cancel', 'performer', carried)).toMatchObject({
      ok: false,
      problem: 'other-side',
    });
  });

  it('names the allowed moves when a move does not fit the state', () => {
    expect(applyMove(at('requested'), 'complete', 'performer', carried)).toEqual({
      ok: false,
      problem: 'not-allowed-now',
      allowed: ['accept', 'reject'],
    });
    expect(applyMove(at('completed'), 'cancel', 'requester', carried)).toEqual({
      ok: false,
      problem: 'not-allowed-now',
      allowed: [],
    });
  });

  it('needs a reason to reject, cancel, hold or fail, and an outcome to complete', () => {
    expect(applyMove(at('requested'), 'reject', 'performer', { reason: '  ' })).toMatchObject({
      problem: 'needs-reason',
    });
    expect(applyMove(at('in-progress'), 'complete', 'performer', {})).toMatchObject({
      problem: 'needs-outcome',
    });
    expect(applyMove(at('requested'), 'reject', 'performer', carried)).toEqual({
      ok: true,
      state: at('rejected'),
    });
  });

  it('goes on hold and back to where it was held', () => {
    for (const from of ['accepted', 'in-progress'] as const) {
      const held = applyMove(at(from), 'hold', 'performer', carried);
      expect(held).toEqual({ ok: true, state: at('on-hold', from) });
      if (!held.ok) continue;
      expect(applyMove(held.state, 'resume', 'performer')).toEqual({ ok: true, state: at(from) });
      expect(applyMove(held.state, 'cancel', 'requester', carried)).toEqual({
        ok: true,
        state: at('cancelled'),
      });
    }
  });

  it('whatever moves are tried by whichever side, it stays in a known state and nothing leaves a final one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...MOVES), fc.constantFrom<Side>('requester', 'performer')), {
          maxLength: 30,
        }),
        (tries) => {
          let s = at('requested');
          for (const [move, side] of tries) {
            const r = applyMove(s, move, side, carried);
            if (FINAL_STATUSES.includes(s.status)) expect(r.ok).toBe(false);
            if (r.ok) {
              expect(allowedMoves(s, side)).toContain(move);
              s = r.state;
            }
            expect(s.status === 'on-hold').toBe(s.heldFrom !== null);
          }
        },
      ),
    );
  });

  it('is due the contract’s response days after it was sent, and overdue only while unanswered', () => {
    const due = dueAt('2026-12-01T10:00:00.000Z', 3);
    expect(due).toBe('2026-12-04T10:00:00.000Z');
    expect(isOverdue('requested', due, '2026-12-04T10:00:00.001Z')).toBe(true);
    expect(isOverdue('requested', due, '2026-12-04T10:00:00.000Z')).toBe(false);
    expect(isOverdue('accepted', due, '2026-12-10T00:00:00.000Z')).toBe(false);
    expect(isOverdue('requested', null, '2026-12-10T00:00:00.000Z')).toBe(false);
  });
});
