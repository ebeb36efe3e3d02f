/**
 * The client plan (asiakassuunnitelma, DOMAIN §3): one living plan per client holding every
 * service the client gets, whoever produces it. Each planned item belongs to the register of its
 * service's sector (social welfare or health care; other sectors' items, e.g. the municipality's
 * housing services, go with the plan itself). Types and pure rules only: what a reader may see of
 * a plan, and what changed between two versions.
 */
import type { Register } from '../access/model.js';
import type { NeedDomain } from '../assessment/model.js';
import type { ChannelKind, Sector } from '../catalogue/model.js';

export const ITEM_STATUSES = ['planned', 'active', 'paused', 'ended', 'cancelled'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface PlanItem {
  id: string;
  serviceId: string;
  sector: Sector;
  producerId: string;
  unitId: string;
  responsibleUserId: string | null;
  channel: ChannelKind | null;
  /** E.g. "twice a week"; or dates below. */
  frequency: string | null;
  from: string | null;
  to: string | null;
  status: ItemStatus;
  chainId: string | null;
  stepIndex: number | null;
}

export interface Goal {
  id: string;
  /** In whose words: the client's own, or the professionals'. */
  by: 'client' | 'professional';
  text: string;
}

export interface PlanContent {
  situation: string;
  needs: NeedDomain[];
  goals: Goal[];
  items: PlanItem[];
  /** The actor who keeps the plan: a unit of the business unit or of a sote-centre. */
  responsibleUnitId: string | null;
  personalWorkerId: string | null;
  careTeam: { userId: string; role: string }[];
  obligations: { producerId: string; text: string }[];
  /** The client's participation, views and disagreements, in their words. */
  clientViews: string;
  nextReview: string | null;
}

/** The register an item's data belongs to; null: the plan's own (seen by whoever sees the plan). */
export function itemRegister(sector: Sector): Register | null {
  return sector === 'other' ? null : sector;
}

/**
 * What a reader sees of a plan, given the registers the access layer opened: the items of other
 * registers are left out, and the reader is told that items are hidden, never which or how many.
 */
export function visibleTo(
  plan: PlanContent,
  open: readonly Register[],
): PlanContent & { itemsHidden: boolean } {
  const items = plan.items.filter((i) => {
    const r = itemRegister(i.sector);
    return r === null || open.includes(r);
  });
  return { ...plan, items, itemsHidden: items.length < plan.items.length };
}

export type Change =
  | { what: 'field'; field: ScalarField; from: unknown; to: unknown }
  | { what: 'added' | 'removed'; list: ListField; id: string }
  | { what: 'changed'; list: ListField; id: string; fields: string[] };

type ScalarField =
  | 'situation'
  | 'needs'
  | 'responsibleUnitId'
  | 'personalWorkerId'
  | 'clientViews'
  | 'nextReview';
type ListField = 'goals' | 'items' | 'careTeam' | 'obligations';

const SCALARS: ScalarField[] = [
  'situation',
  'needs',
  'responsibleUnitId',
  'personalWorkerId',
  'clientViews',
  'nextReview',
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function keyed(list: ListField, x: unknown): string {
  const o = x as Record<string, string>;
  if (list === 'careTeam') return o.userId as string;
  if (list === 'obligations') return `${o.producerId}:${o.text}`;
  return o.id as string;
}

/** What changed from one version of a plan to another (any two, in either order). */
export function comparePlans(a: PlanContent, b: PlanContent): Change[] {
  const changes: Change[] = [];
  for (const field of SCALARS)
    if (!same(a[field], b[field])) changes.push({ what: 'field', field, from: a[field], to: b[field] });
  for (const list of ['goals', 'items', 'careTeam', 'obligations'] as ListField[]) {
    const before = new Map((a[list] as unknown[]).map((x) => [keyed(list, x), x as Record<string, unknown>]));
    const after = new Map((b[list] as unknown[]).map((x) => [keyed(list, x), x as Record<string, unknown>]));
    for (const [id, x] of after) {
      const old = before.get(id);
      if (!old) changes.push({ what: 'added', list, id });
      else {
        const fields = Object.keys({ ...old, ...x }).filter((k) => !same(old[k], x[k]));
        if (fields.length > 0) changes.push({ what: 'changed', list, id, fields });
      }
    }
    for (const id of before.keys()) if (!after.has(id)) changes.push({ what: 'removed', list, id });
  }
  return changes;
}
