import { describe, expect, it } from 'vitest';
import type { ChainStep } from '../../types.js';
import { newStep, normalizeSteps, totalTargetDays } from './steps.js';

const step = (over: Partial<ChainStep>): ChainStep => ({ ...newStep(undefined), ...over });

describe('chain steps in the editor', () => {
  it('makes the first step the entry and later ones hand-overs, whatever order they were moved into', () => {
    const steps = normalizeSteps([
      step({ handover: 'referral', targetDays: 5 }),
      step({ handover: 'entry', targetDays: null }),
      step({ handover: 'consultation', targetDays: 2 }),
    ]);
    expect(steps.map((s) => s.handover)).toEqual(['entry', 'referral', 'consultation']);
    expect(steps[0]?.targetDays).toBeNull();
    expect(steps[2]?.targetDays).toBe(2);
  });

  it('adds the total target time from entry to the last step', () => {
    expect(
      totalTargetDays([step({ targetDays: null }), step({ targetDays: 3 }), step({ targetDays: 14 })]),
    ).toBe(17);
  });

  it('starts a new step after the last one as a referral at the same level', () => {
    const s = newStep(step({ level: 'specialized', responsibleProducerKind: 'county_business_unit' }));
    expect(s).toMatchObject({
      handover: 'referral',
      level: 'specialized',
      responsibleProducerKind: 'county_business_unit',
    });
  });
});
