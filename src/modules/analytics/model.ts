/**
 * The organizer's analysis (DOMAIN §7): aggregates and pseudonymised data, never identities.
 * Pure rules only: small-cell suppression, age bands, reporting periods and pseudonyms.
 */
import { createHmac } from 'node:crypto';

// ---------------------------------------------------------------------------------------------
// Small-cell suppression

/** Counts below this (1–4) are never published: a person could be recognised from them. */
export const MIN_CELL = 5;

/** A published count: `null` with `suppressed: true` when it could single out a person. */
export interface Cell {
  count: number | null;
  suppressed: boolean;
}

export interface ProtectedCells {
  cells: Cell[];
  /** True when no cell of the dimension can be published safely: then no category is listed at all. */
  withheld: boolean;
}

const isSmall = (n: number) => n >= 1 && n < MIN_CELL;

/** The total of a population: suppressed when it is itself a small count. */
export function protectTotal(total: number): Cell {
  return isSmall(total) ? { count: null, suppressed: true } : { count: total, suppressed: false };
}

/**
 * Whether what is hidden can be worked out from the total. The hidden cells together hold
 * `total − Σ published` (the total's complement). It is safe when nothing is hidden, or when at
 * least two cells are hidden, they hold at least MIN_CELL together and more than one each: then
 * every hidden cell (each at least 1) could still hold at least two different values.
 */
export function complementSafe(counts: readonly number[], hidden: readonly boolean[]): boolean {
  let k = 0;
  let sum = 0;
  counts.forEach((n, i) => {
    if (hidden[i]) {
      k += 1;
      sum += n;
    }
  });
  return k === 0 || (k >= 2 && sum >= MIN_CELL && sum > k);
}

/**
 * The suppression rule for one dimension: counts of disjoint categories of a population (every
 * client in exactly one municipality, say), published beside the population's total.
 *
 * 1. Primary: every count of 1–4 is suppressed (null, `suppressed: true`). Zeros are published.
 * 2. Secondary, when the total is published: while the hidden cells could be worked out from the
 *    total (see complementSafe), the smallest published non-zero count is suppressed too (the
 *    first one on a tie, so the same data always gives the same answer).
 * 3. Withheld: when even hiding every count is not safe (the total is under MIN_CELL or every
 *    category holds exactly one), or when the total is not published and every non-zero count is
 *    suppressed, no category is listed: the list itself would tell how few there are.
 *
 * For categories that overlap (clients by relationship kind, against the clients with any
 * relationship) the complement is only a lower bound of what is hidden; the same rule is
 * applied, which protects at least as well.
 */
export function protectCells(counts: readonly number[], totalPublished: boolean): ProtectedCells {
  const hidden = counts.map(isSmall);
  if (totalPublished) {
    while (!complementSafe(counts, hidden)) {
      let next = -1;
      counts.forEach((n, i) => {
        if (!hidden[i] && n > 0 && (next === -1 || n < (counts[next] ?? 0))) next = i;
      });
      if (next === -1) break;
      hidden[next] = true;
    }
  }
  const nonZero = counts.some((n) => n > 0);
  const withheld =
    nonZero &&
    (totalPublished ? !complementSafe(counts, hidden) : counts.every((n, i) => n === 0 || hidden[i]));
  if (withheld) return { cells: [], withheld: true };
  return {
    cells: counts.map((n, i) =>
      hidden[i] ? { count: null, suppressed: true } : { count: n, suppressed: false },
    ),
    withheld: false,
  };
}

/** A dimension of the answer: its categories, each with its (possibly suppressed) count. */
export interface Dimension<K> {
  withheld: boolean;
  items: (K & Cell)[];
}

/** Protects the counts of keyed categories and pairs each key with its cell. */
export function protectDimension<K>(
  rows: readonly (K & { n: number })[],
  totalPublished: boolean,
): Dimension<K> {
  const { cells, withheld } = protectCells(
    rows.map((r) => r.n),
    totalPublished,
  );
  return {
    withheld,
    items: cells.map((cell, i) => {
      const { n: _n, ...key } = rows[i] as K & { n: number };
      return { ...(key as K), ...cell };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Age bands

export const AGE_BANDS = ['0-17', '18-29', '30-49', '50-64', '65-74', '75-84', '85+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
const BAND_FROM = [0, 18, 30, 50, 65, 75, 85];

/**
 * Age in whole years on a date (both 'YYYY-MM-DD'). A person born on 29 February turns a year
 * older on 1 March in other years. Negative before birth.
 */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function ageBand(age: number): AgeBand {
  let band = 0;
  BAND_FROM.forEach((from, i) => {
    if (age >= from) band = i;
  });
  return AGE_BANDS[band] as AgeBand;
}

/** Counts per birth date to counts per age band (all bands, zeros included); the unborn are left out. */
export function countByAgeBand(
  byBirthDate: readonly { birthDate: string; n: number }[],
  on: string,
): { band: AgeBand; n: number }[] {
  const counts = new Map<AgeBand, number>(AGE_BANDS.map((b) => [b, 0]));
  for (const r of byBirthDate) {
    const age = ageOn(r.birthDate, on);
    if (age < 0) continue;
    const band = ageBand(age);
    counts.set(band, (counts.get(band) ?? 0) + r.n);
  }
  return AGE_BANDS.map((band) => ({ band, n: counts.get(band) ?? 0 }));
}

/** Birth year rounded down to five years: 1987 → 1985. */
export const birthYear5 = (year: number) => Math.floor(year / 5) * 5;

// ---------------------------------------------------------------------------------------------
// Dates and periods

/** Reporting periods of the access log are at most this many days (a leap year). */
export const MAX_PERIOD_DAYS = 366;
const DAY_MS = 86_400_000;

/** Whether 'YYYY-MM-DD' is a real calendar date (not 2026-02-30). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Days from `from` to `to`, both included; 0 or less when `to` is before `from`. */
export function periodDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Every date of a period, in order. */
export function datesOf(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: Math.max(0, periodDays(from, to)) }, (_, i) =>
    new Date(start + i * DAY_MS).toISOString().slice(0, 10),
  );
}

/** Today in Finland (Europe/Helsinki), as 'YYYY-MM-DD'. */
export function helsinkiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(now);
}

/**
 * Counts for a fixed list of values, zeros included, in the list's order; values found in the
 * data but not in the list (an older code, say) follow in the order found.
 */
export function countsFor<V extends string>(
  known: readonly V[],
  rows: readonly { key: string; n: number }[],
): { key: string; n: number }[] {
  const counts = new Map<string, number>(known.map((k) => [k, 0]));
  for (const r of rows) counts.set(r.key, (counts.get(r.key) ?? 0) + r.n);
  return [...counts].map(([key, n]) => ({ key, n }));
}

// ---------------------------------------------------------------------------------------------
// Pseudonyms

/** A key shorter than this could be guessed; pseudonyms would then be reversible. */
export const MIN_KEY_BYTES = 16;

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** RFC 4648 base32 (lower case, no padding). */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function checkPseudonymKey(key: string | Uint8Array): void {
  const bytes = typeof key === 'string' ? Buffer.byteLength(key, 'utf8') : key.byteLength;
  if (bytes < MIN_KEY_BYTES)
    throw new Error(`The pseudonym key must be at least ${MIN_KEY_BYTES} bytes of secret random data.`);
}

/**
 * A client's pseudonym: HMAC-SHA256 of the client id under the county's secret key, base32,
 * first 16 characters (80 bits). The same key gives the same pseudonym in every call and process,
 * so analyses can follow a client over time; without the key it cannot be turned back into the id.
 */
export function pseudonym(key: string | Uint8Array, clientId: string): string {
  return base32(createHmac('sha256', key).update(clientId, 'utf8').digest()).slice(0, 16);
}

// ---------------------------------------------------------------------------------------------
// The answers

export interface ClientCounts {
  /** Clients born on or before the reference date. */
  total: number;
  /** Municipality null: not known, or not disclosed (non-disclosure for personal safety). */
  byMunicipality: { code: string | null; name: { fi: string; sv: string } | null; n: number }[];
  byBirthDate: { birthDate: string; n: number }[];
  byLanguage: { language: string; n: number }[];
  bySoteCentre: { unitId: string | null; unitName: string | null; n: number }[];
  /** Clients with at least one care or client relationship in force on the date. */
  withRelationship: number;
  /** Clients with at least one relationship of each kind in force (a client may count under several). */
  byRelationshipKind: { kind: string; n: number }[];
}

/** The client registry's aggregates, every count protected by the suppression rule. */
export function clientAggregates(on: string, c: ClientCounts, relationshipKinds: readonly string[]) {
  const total = protectTotal(c.total);
  const published = !total.suppressed;
  const inForce = protectDimension(
    [
      { inForce: true, n: c.withRelationship },
      { inForce: false, n: c.total - c.withRelationship },
    ],
    published,
  );
  // The kinds are counted within the clients with a relationship: their total is the first cell above.
  const withAny = inForce.items.find((i) => i.inForce);
  const kinds = countsFor(
    relationshipKinds,
    c.byRelationshipKind.map((r) => ({ key: r.kind, n: r.n })),
  );
  return {
    on,
    minCell: MIN_CELL,
    total,
    byMunicipality: protectDimension(c.byMunicipality, published),
    byAgeBand: protectDimension(countByAgeBand(c.byBirthDate, on), published),
    byLanguage: protectDimension(c.byLanguage, published),
    bySoteCentre: protectDimension(c.bySoteCentre, published),
    relationships: {
      inForce,
      byKind: protectDimension(
        kinds.map((k) => ({ kind: k.key, n: k.n })),
        withAny !== undefined && !withAny.suppressed,
      ),
    },
  };
}

export interface AccessCounts {
  total: number;
  byDay: { key: string; n: number }[];
  byBasis: { key: string; n: number }[];
  byOutcome: { key: string; n: number }[];
  byChannel: { key: string; n: number }[];
  breakGlassByStatus: { key: string; n: number }[];
}

/**
 * The access log's aggregates over a period. These count events (reads, writes, denials), not
 * people, and carry no attribute of a person or a professional, so they are not suppressed.
 */
export function accessAggregates(
  period: { from: string; to: string },
  c: AccessCounts,
  known: { bases: readonly string[]; outcomes: readonly string[]; channels: readonly string[] },
) {
  const named = <F extends string>(field: F, rows: { key: string; n: number }[]) =>
    rows.map((r) => ({ [field]: r.key, count: r.n }) as { [P in F]: string } & { count: number });
  const breakGlass = countsFor(BREAK_GLASS_STATUSES, c.breakGlassByStatus);
  return {
    from: period.from,
    to: period.to,
    total: c.total,
    byDay: named('date', countsFor(datesOf(period.from, period.to), c.byDay)),
    byBasis: named('basis', countsFor(known.bases, c.byBasis)),
    byOutcome: named('outcome', countsFor(known.outcomes, c.byOutcome)),
    byChannel: named('channel', countsFor(known.channels, c.byChannel)),
    breakGlass: {
      total: breakGlass.reduce((s, r) => s + r.n, 0),
      byReviewStatus: named('status', breakGlass),
    },
  };
}

export const BREAK_GLASS_STATUSES = ['pending', 'reviewed', 'flagged'] as const;

export interface PseudonymousSource {
  id: string;
  birthYear: number;
  municipalityCode: string | null;
  nonDisclosure: boolean;
  language: string;
  soteCentreUnitId: string | null;
}

/**
 * One client as the analyst sees them: a pseudonym instead of any identity, birth year to five
 * years, and no municipality for a client under non-disclosure.
 */
export function pseudonymousRow(
  key: string | Uint8Array,
  c: PseudonymousSource,
  relationships: Record<string, number>,
  consent: { social: boolean; health: boolean },
) {
  return {
    pseudonym: pseudonym(key, c.id),
    birthYear5: birthYear5(c.birthYear),
    municipalityCode: c.nonDisclosure ? null : c.municipalityCode,
    language: c.language,
    relationshipsInForce: relationships,
    consent,
    soteCentreUnitId: c.soteCentreUnitId,
  };
}
