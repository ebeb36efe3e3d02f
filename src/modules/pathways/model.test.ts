import { describe, expect, it } from 'vitest';
import { type ChainStep, chainStepProblems, chainTargetDays } from './model.js';

const step = (over: Partial<ChainStep> = {}): ChainStep => ({
  serviceId: 's1',
  level: 'basic',
  responsibleProducerKind: 'sote_centre',
  entryCriteria: { fi: '', sv: '', en: '' },
  handover: 'referral',
  targetDays: 3,
  ...over,
});

describe('chain steps', () => {
  it('a chain starts with an entry and continues with hand-overs that have target times', () => {
    expect(
      chainStepProblems([
        step({ handover: 'entry', targetDays: null }),
        step(),
        step({ handover: 'consultation', targetDays: 0 }),
      ]),
    ).toEqual([]);
  });
  it('names every broken rule by its step', () => {
    const problems = chainStepProblems([
      step(),
      step({ handover: 'entry', targetDays: null }),
      step({ targetDays: -1 }),
    ]);
    expect(problems.map((p) => p.field)).toEqual([
      '/steps/0/handover',
      '/steps/1/handover',
      '/steps/1/targetDays',
      '/steps/2/targetDays',
    ]);
    expect(chainStepProblems([])).toMatchObject([
      { field: '/steps', message: 'A chain needs at least one step.', code: 'chain.stepsRequired' },
    ]);
    expect(chainStepProblems([])).toHaveLength(1);
  });
  it('totals the target time from entry to the last step', () => {
    expect(chainTargetDays([{ targetDays: null }, { targetDays: 2 }, { targetDays: 14 }])).toBe(16);
  });
});
