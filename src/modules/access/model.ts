/**
 * Who may open a client's data, and on what basis (DOMAIN §7). One pure decision function that
 * every read and write of client data goes through; the service layer gathers the facts (the
 * relationships, consents, refusals and break-the-glass grants in force) and logs the answer.
 */
import type { Basis } from '../audit/model.js';

export const PROFESSIONS = [
  'social_worker',
  'social_instructor',
  'nurse',
  'public_health_nurse',
  'doctor',
  'physiotherapist',
  'psychologist',
  'dentist',
  'practical_nurse',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const ORGANIZER_ROLES = ['planner', 'analyst', 'administrator'] as const;
export type OrganizerRole = (typeof ORGANIZER_ROLES)[number];

/** Social welfare and health care records are kept in separate registers. */
export const REGISTERS = ['social', 'health'] as const;
export type Register = (typeof REGISTERS)[number];

/** The register a profession documents into by default; an employer may assign both. */
export const PROFESSION_REGISTER: Record<Profession, Register> = {
  social_worker: 'social',
  social_instructor: 'social',
  practical_nurse: 'social',
  nurse: 'health',
  public_health_nurse: 'health',
  doctor: 'health',
  physiotherapist: 'health',
  psychologist: 'health',
  dentist: 'health',
};

export type Actor =
  | {
      kind: 'professional';
      userId: string;
      profession: Profession;
      producerId: string;
      unitId: string;
      registers: Register[];
    }
  | { kind: 'organizer'; userId: string; role: OrganizerRole }
  | { kind: 'client'; userId: string; clientId: string; guardianOf: string[] };

export const RELATIONSHIP_KINDS = ['care_team', 'referral', 'first_contact', 'personal_worker'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** A care or client relationship. Team membership and personal worker name a person; referrals and contacts a unit. */
export interface Relationship {
  kind: RelationshipKind;
  clientId: string;
  userId: string | null;
  unitId: string | null;
  validFrom: string;
  validUntil: string;
}

export interface Consent {
  clientId: string;
  /** The register whose records the consent lets the other register's professionals see. */
  register: Register;
  validFrom: string;
  validUntil: string | null;
  withdrawnAt: string | null;
}

/** A recorded legal basis for disclosure across registers, e.g. a statutory duty. */
export interface LegalBasis {
  clientId: string;
  register: Register;
  validFrom: string;
  validUntil: string | null;
}

/** The client's refusal of disclosure (luovutuskielto) to a named producer. */
export interface Refusal {
  clientId: string;
  producerId: string;
  validFrom: string;
  withdrawnAt: string | null;
}

export interface BreakGlassGrant {
  userId: string;
  clientId: string;
  validFrom: string;
  validUntil: string;
}

export interface Facts {
  relationships: Relationship[];
  consents: Consent[];
  legalBases: LegalBasis[];
  refusals: Refusal[];
  breakGlass: BreakGlassGrant[];
}

/** What is being opened: the client's identity and contact data, or a record in one register. */
export interface Target {
  clientId: string;
  register: Register | null;
}

export type Decision =
  | { allow: true; basis: Basis; crossRegister: Basis | null }
  | { allow: false; basis: 'none'; reason: DenyReason };

export type DenyReason =
  | 'no-relationship'
  | 'refused-disclosure'
  | 'other-register'
  | 'aggregates-only'
  | 'not-own-data'
  /** The only basis is a declared emergency, and the use needs a lasting one (see notOn). */
  | 'emergency-only';

/** Timestamps are ISO strings in UTC; comparing them as strings compares them as times. */
const inForce = (from: string, until: string | null, now: string) =>
  from <= now && (until === null || now < until);

function relationshipBasis(
  actor: Extract<Actor, { kind: 'professional' }>,
  target: Target,
  facts: Facts,
  now: string,
) {
  // The strongest personal tie first, so the log names the basis the professional really had.
  const order: RelationshipKind[] = ['personal_worker', 'care_team', 'referral', 'first_contact'];
  for (const kind of order) {
    const found = facts.relationships.find(
      (r) =>
        r.kind === kind &&
        r.clientId === target.clientId &&
        inForce(r.validFrom, r.validUntil, now) &&
        (r.userId === actor.userId || (r.userId === null && r.unitId === actor.unitId)),
    );
    if (found) return kind;
  }
  return null;
}

export function decide(actor: Actor, target: Target, facts: Facts, now: string): Decision {
  if (actor.kind === 'client') {
    if (actor.clientId === target.clientId) return { allow: true, basis: 'own_data', crossRegister: null };
    if (actor.guardianOf.includes(target.clientId))
      return { allow: true, basis: 'guardian', crossRegister: null };
    return { allow: false, basis: 'none', reason: 'not-own-data' };
  }
  if (actor.kind === 'organizer') return { allow: false, basis: 'none', reason: 'aggregates-only' };

  const glass = facts.breakGlass.some(
    (g) =>
      g.userId === actor.userId && g.clientId === target.clientId && inForce(g.validFrom, g.validUntil, now),
  );
  const refused = facts.refusals.some(
    (r) =>
      r.clientId === target.clientId &&
      r.producerId === actor.producerId &&
      r.validFrom <= now &&
      (r.withdrawnAt === null || now < r.withdrawnAt),
  );
  // A refusal of disclosure binds every relationship; only a declared emergency (break-the-glass) passes it.
  if (refused && !glass) return { allow: false, basis: 'none', reason: 'refused-disclosure' };

  const basis: Basis | null =
    relationshipBasis(actor, target, facts, now) ?? (glass ? 'break_the_glass' : null);
  if (basis === null) return { allow: false, basis: 'none', reason: 'no-relationship' };

  if (target.register === null || actor.registers.includes(target.register))
    return { allow: true, basis, crossRegister: null };
  if (glass) return { allow: true, basis, crossRegister: 'break_the_glass' };
  const register = target.register;
  const consent = facts.consents.some(
    (c) =>
      c.clientId === target.clientId &&
      c.register === register &&
      inForce(c.validFrom, c.validUntil, now) &&
      (c.withdrawnAt === null || now < c.withdrawnAt),
  );
  if (consent) return { allow: true, basis, crossRegister: 'consent' };
  const legal = facts.legalBases.some(
    (l) =>
      l.clientId === target.clientId && l.register === register && inForce(l.validFrom, l.validUntil, now),
  );
  if (legal) return { allow: true, basis, crossRegister: 'legal_basis' };
  return { allow: false, basis: 'none', reason: 'other-register' };
}
