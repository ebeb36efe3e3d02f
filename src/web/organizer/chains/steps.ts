/** Pure rules for editing a chain's steps; the server checks the same (pathways/model.ts). */
import type { ChainStep } from '../../types.js';

/** Total target time from entry to the last step, in days. */
export function totalTargetDays(steps: Pick<ChainStep, 'targetDays'>[]): number {
  return steps.reduce((sum, s) => sum + (s.targetDays ?? 0), 0);
}

/**
 * Keeps the structure valid while steps are added, removed and moved: the first step is the
 * entry (no target time), every later one is handed over by referral or consultation.
 */
export function normalizeSteps(steps: ChainStep[]): ChainStep[] {
  return steps.map((s, i) => {
    if (i === 0)
      return s.handover === 'entry' && s.targetDays === null
        ? s
        : { ...s, handover: 'entry', targetDays: null };
    return s.handover === 'entry' ? { ...s, handover: 'referral' } : s;
  });
}

export function newStep(previous: ChainStep | undefined): ChainStep {
  return {
    serviceId: null,
    level: previous?.level ?? 'basic',
    responsibleProducerKind: previous?.responsibleProducerKind ?? 'sote_centre',
    entryCriteria: { fi: '', sv: '', en: '' },
    handover: previous ? 'referral' : 'entry',
    targetDays: previous ? 7 : null,
  };
}
