import { describe, expect, it } from 'vitest';
import { comparePlans, type PlanContent, type PlanItem, visibleTo } from './model.js';

const item = (id: string, over: Partial<PlanItem> = {}): PlanItem => ({
  id,
  serviceId: `s-${id}`,
  sector: 'health',
  producerId: 'p-1',
  unitId: 'u-1',
  responsibleUserId: null,
  channel: 'home_visit',
  frequency: 'twice a week',
  from: '2026-12-01',
  to: null,
  status: 'planned',
  chainId: null,
  stepIndex: null,
  ...over,
});

const plan: PlanContent = {
  situation: 'Fell twice at home in a month.',
  needs: ['health', 'substance_use', 'relationships', 'caring'],
  goals: [{ id: 'g1', by: 'client', text: 'I want to keep living at home.' }],
  items: [
    item('home-care', { sector: 'social' }),
    item('physio'),
    item('housing', { sector: 'other', producerId: 'municipality' }),
  ],
  responsibleUnitId: 'u-sote',
  personalWorkerId: 'sw-1',
  careTeam: [{ userId: 'sw-1', role: 'personal_worker' }],
  obligations: [{ producerId: 'p-1', text: 'Report falls to the personal worker.' }],
  clientViews: '',
  nextReview: '2027-03-01',
};

describe('the client plan', () => {
  it('shows a reader only the items of registers opened to them, and says that items are hidden', () => {
    const social = visibleTo(plan, ['social']);
    expect(social.items.map((i) => i.id)).toEqual(['home-care', 'housing']);
    expect(social.itemsHidden).toBe(true);
    const both = visibleTo(plan, ['social', 'health']);
    expect(both.items).toHaveLength(3);
    expect(both.itemsHidden).toBe(false);
    // Other sectors' items go with the plan itself.
    expect(visibleTo(plan, []).items.map((i) => i.id)).toEqual(['housing']);
  });

  it('compares two versions: fields, and items, goals, team and obligations added, removed or changed', () => {
    const next: PlanContent = {
      ...plan,
      nextReview: '2027-02-01',
      goals: [...plan.goals, { id: 'g2', by: 'professional', text: 'No falls in three months.' }],
      items: [item('home-care', { sector: 'social', status: 'active', frequency: 'daily' }), item('physio')],
      careTeam: [],
    };
    expect(comparePlans(plan, next)).toEqual([
      { what: 'field', field: 'nextReview', from: '2027-03-01', to: '2027-02-01' },
      { what: 'added', list: 'goals', id: 'g2' },
      { what: 'changed', list: 'items', id: 'home-care', fields: ['frequency', 'status'] },
      { what: 'removed', list: 'items', id: 'housing' },
      { what: 'removed', list: 'careTeam', id: 'sw-1' },
    ]);
    expect(comparePlans(plan, plan)).toEqual([]);
    // Either order: what was added one way was removed the other.
    expect(comparePlans(next, plan)).toContainEqual({ what: 'removed', list: 'goals', id: 'g2' });
  });
});
