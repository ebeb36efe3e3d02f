/**
 * All records of a resource for select fields and for showing names instead of ids. Cached per
 * resource for the session and refreshed when the app changes that resource.
 */
import { useEffect, useState } from 'react';
import { api, onResourceChange } from '../api.js';
import type { Records, ResourceName } from '../types.js';

const cache = new Map<ResourceName, Promise<unknown[]>>();
const subscribers = new Map<ResourceName, Set<() => void>>();

onResourceChange((resource) => {
  cache.delete(resource);
  for (const s of subscribers.get(resource) ?? []) s();
});

function load<R extends ResourceName>(resource: R): Promise<Records[R][]> {
  let p = cache.get(resource);
  if (!p) {
    p = api.listAll(resource);
    p.catch(() => cache.delete(resource));
    cache.set(resource, p);
  }
  return p as Promise<Records[R][]>;
}

export function useAllRecords<R extends ResourceName>(
  resource: R,
): { items: Records[R][]; byId: Map<string, Records[R]> } {
  const [items, setItems] = useState<Records[R][]>([]);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const set = subscribers.get(resource) ?? new Set();
    subscribers.set(resource, set);
    const bump = () => setTick((n) => n + 1);
    set.add(bump);
    return () => {
      set.delete(bump);
    };
  }, [resource]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick forces a refetch after a change
  useEffect(() => {
    let current = true;
    load(resource).then(
      (rows) => current && setItems(rows),
      () => current && setItems([]),
    );
    return () => {
      current = false;
    };
  }, [resource, tick]);
  const byId = new Map(items.map((r) => [r.id, r] as const));
  return { items, byId };
}
