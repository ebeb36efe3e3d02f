/**
 * The client registry (DOMAIN §2, §7): identity, contact, language, freedom of choice,
 * guardians. Types and pure rules only.
 */
import { FinnishSSN } from 'finnish-ssn';

/** Identity systems: the personal identity code, or a producer's temporary identifier. */
export const IDENTITY_SYSTEMS = {
  pic: 'urn:oid:1.2.246.21',
  temporary: 'temporary',
} as const;
export type IdentitySystem = keyof typeof IDENTITY_SYSTEMS;

export const CLIENT_LANGUAGES = ['fi', 'sv', 'other'] as const;
export type ClientLanguage = (typeof CLIENT_LANGUAGES)[number];

export interface Client {
  id: string;
  version: number;
  identity: { system: IdentitySystem; value: string };
  familyName: string;
  givenNames: string;
  birthDate: string;
  phone: string | null;
  email: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  municipalityCode: string | null;
  language: ClientLanguage;
  nonDisclosure: boolean;
  soteCentre: { unitId: string; chosenOn: string } | null;
  dentalClinic: { unitId: string; chosenOn: string } | null;
  createdAt: string;
  updatedAt: string;
}

export type ClientInput = Omit<
  Client,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'birthDate' | 'municipalityCode'
> & {
  /** The home municipality registered by DVV; derived from the postal code when omitted. */
  municipalityCode?: string | null;
  /** Required for a temporary identifier; derived from (and checked against) a personal identity code. */
  birthDate?: string | null;
};

/**
 * Why a client already in the registry is at the professional's unit: stated when a first contact
 * is recorded for them, since it opens their existing data to the unit. `other` needs the
 * explanation most; every reason carries one.
 */
export const FIRST_CONTACT_REASONS = [
  /** The client (or their representative) contacted the unit: a visit, a call, an e-service. */
  'client_contact',
  /** Brought in for urgent care. */
  'urgent_care',
  /** A notification or contact request about the client from another authority or a relative. */
  'notification',
  'other',
] as const;
export type FirstContactReasonCode = (typeof FIRST_CONTACT_REASONS)[number];
export interface FirstContactReason {
  reasonCode: FirstContactReasonCode;
  reasonText: string;
}

export type IdentityCheck =
  | { ok: true; value: string; birthDate: string; temporaryRange: boolean }
  | { ok: false; reason: 'format' | 'date' | 'checksum' };

const PIC_SHAPE = /^(\d{2})(\d{2})(\d{2})([-+ABCDEFUVWXY])(\d{3})([0-9A-FHJ-NPR-Y])$/;

/**
 * Checks a henkilötunnus: shape (with the 2023 century signs), a real birth date and the
 * check character. Individual numbers 900–999 are never given to real people: they mark
 * test and temporary codes, which the demo and tests use.
 */
export function checkIdentityCode(raw: string): IdentityCheck {
  const value = raw.trim().toUpperCase();
  const m = PIC_SHAPE.exec(value);
  if (!m) return { ok: false, reason: 'format' };
  const [, dd, mm, yy, sign, individual] = m as unknown as [string, string, string, string, string, string];
  const century = sign === '+' ? 1800 : /[-UVWXY]/.test(sign) ? 1900 : 2000;
  const birthDate = `${century + Number(yy)}-${mm}-${dd}`;
  const d = new Date(`${birthDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== birthDate)
    return { ok: false, reason: 'date' };
  let valid = false;
  try {
    valid = FinnishSSN.validate(value);
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: 'checksum' };
  return { ok: true, value, birthDate, temporaryRange: Number(individual) >= 900 };
}

/** A temporary identifier as producers form them: letters, digits, dots and hyphens (often an OID). */
export function isValidTemporaryId(value: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9.-]{3,63}$/.test(value);
}

export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** What a professional sees of a client under non-disclosure (turvakielto): no address, no municipality. */
export function redactForNonDisclosure(c: Client): Client {
  if (!c.nonDisclosure) return c;
  return { ...c, streetAddress: null, postalCode: null, municipalityCode: null };
}
