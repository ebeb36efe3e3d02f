/**
 * The access log's hash chain (DOMAIN §7). Each sealed entry's hash covers the previous
 * entry's hash, its own place in the chain and its content, so changing, removing or
 * reordering any entry breaks every hash after it. The content is the entry's fields as
 * PostgreSQL renders them (see store.ts), so the database can check the chain in one scan.
 */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** Why someone could see a client's data: the basis recorded with every access. */
export const BASES = [
  'care_team',
  'referral',
  'first_contact',
  'personal_worker',
  'consent',
  'legal_basis',
  'break_the_glass',
  'own_data',
  'guardian',
  'aggregate',
  /** The organizer's supervision: reviewing emergency accesses and the access log. */
  'oversight',
  'none',
] as const;
export type Basis = (typeof BASES)[number];

export const OUTCOMES = ['allow', 'deny'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Through which door the access came. */
export const CHANNELS = ['rest', 'fhir', 'export', 'cli', 'web'] as const;
export type AccessChannel = (typeof CHANNELS)[number];

export interface AccessEntryInput {
  actorId: string;
  actorRole: string;
  actorOrg: string | null;
  clientId: string | null;
  /** read | search | create | update | delete | export … */
  action: string;
  /** What was accessed, e.g. "client/…", "consent/…". */
  resource: string;
  purpose: string;
  basis: Basis;
  outcome: Outcome;
  channel: AccessChannel;
  requestId: string | null;
  details: Record<string, unknown>;
}

export interface ChainLink {
  id: number;
  seq: number;
  prevHash: string;
  hash: string;
}

export interface ChainBreak {
  seq: number;
  id: number;
  reason: 'missing-entry' | 'wrong-previous-hash' | 'content-changed';
}

/** sha256 over the previous hash, the entry's place and its content. */
export function entryHash(prevHash: string, seq: number, content: string): string {
  return createHash('sha256').update(`${prevHash}\n${seq}\n${content}`, 'utf8').digest('hex');
}

/** Links entries (in the order given) onto the chain after its head. */
export function sealEntries(
  entries: { id: number; content: string }[],
  head: { seq: number; hash: string },
): ChainLink[] {
  let prevHash = head.hash;
  let seq = head.seq;
  return entries.map((e) => {
    seq += 1;
    const hash = entryHash(prevHash, seq, e.content);
    const link = { id: e.id, seq, prevHash, hash };
    prevHash = hash;
    return link;
  });
}

/** How long the access log is kept unless configured otherwise (AUDIT_RETENTION_YEARS). */
export const DEFAULT_RETENTION_YEARS = 12;

/** A retention period is a whole number of years, at least one (and, against typos, at most a thousand). */
export function isRetentionYears(years: number): boolean {
  return Number.isInteger(years) && years >= 1 && years <= 1000;
}

/**
 * The moment before which entries may be purged: `years` calendar years before `now`, in UTC
 * (from 29 February, a year back is 1 March).
 */
export function retentionCutoff(now: Date, years: number): Date {
  if (!isRetentionYears(years))
    throw new RangeError(
      `The access log retention must be a whole number of years, at least 1; got ${years}.`,
    );
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}
