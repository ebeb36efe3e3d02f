/**
 * The organizer's statistics (scope analytics.read): aggregates of the client registry, with
 * small counts suppressed by the server, and of the access log. The shapes are the server's
 * (src/modules/analytics/routes.ts), repeated here so the bundle does not pull in server code.
 */
import { request } from '../../api.js';

/** A count, or null when it is suppressed (1 … minCell − 1). */
export interface Cell {
  count: number | null;
  suppressed: boolean;
}

/** A breakdown; `withheld` when no category could be published safely (then none is listed). */
export interface Dimension<K> {
  withheld: boolean;
  items: (K & Cell)[];
}

export interface ClientStatistics {
  on: string;
  minCell: number;
  total: Cell;
  byMunicipality: Dimension<{ code: string | null; name: { fi: string; sv: string } | null }>;
  byAgeBand: Dimension<{ band: string }>;
  byLanguage: Dimension<{ language: string }>;
  bySoteCentre: Dimension<{ unitId: string | null; unitName: string | null }>;
  relationships: {
    inForce: Dimension<{ inForce: boolean }>;
    byKind: Dimension<{ kind: string }>;
  };
}

export interface AccessStatistics {
  from: string;
  to: string;
  total: number;
  byDay: { date: string; count: number }[];
  byBasis: { basis: string; count: number }[];
  byOutcome: { outcome: string; count: number }[];
  byChannel: { channel: string; count: number }[];
  breakGlass: { total: number; byReviewStatus: { status: string; count: number }[] };
}

const qs = (q: Record<string, string>) => `?${new URLSearchParams(q).toString()}`;

export const statisticsApi = {
  /** Counted on `on` (YYYY-MM-DD). */
  clients(on: string): Promise<ClientStatistics> {
    return request('GET', `/api/analytics/clients${qs({ on })}`);
  },
  /** Finnish days `from`–`to` (YYYY-MM-DD), both included, at most 366 days. */
  access(from: string, to: string): Promise<AccessStatistics> {
    return request('GET', `/api/analytics/access${qs({ from, to })}`);
  },
};
