/**
 * The trust layer's calls: the session, the client registry, consents, break-the-glass, the
 * access log, and the client's record entries. The shapes are the server's (type-only imports, erased from the bundle); every
 * call goes through `request`, so it carries the language, the cookie and the CSRF token.
 */
import type { BreakGlass, BreakGlassReason } from '../modules/access/break-glass.js';
import type { ConsentRecord } from '../modules/access/consents.js';
import type { OrganizerRole, Profession, Register } from '../modules/access/model.js';
import type { Opening, OpeningKind } from '../modules/access/openings.js';
import type { LegalBasisRecord, Relationship } from '../modules/access/relationships.js';
import type { Basis, Outcome } from '../modules/audit/model.js';
import type { Client, ClientInput, FirstContactReasonCode } from '../modules/clients/model.js';
import type { Entry, EntryKind } from '../modules/records/model.js';
import { request } from './api.js';
import type { Page } from './types.js';

export type {
  Basis,
  BreakGlass,
  BreakGlassReason,
  Client,
  ConsentRecord,
  Entry,
  EntryKind,
  FirstContactReasonCode,
  LegalBasisRecord,
  Opening,
  OpeningKind,
  OrganizerRole,
  Outcome,
  Profession,
  Register,
  Relationship,
};

/** Repeated from the server (break-glass.ts) so the bundle does not pull in server code. */
export const BREAK_GLASS_REASONS: readonly BreakGlassReason[] = [
  'emergency_care',
  'urgent_protection',
  'continuity_of_care',
  'other',
];
/** Repeated from the server (clients/model.ts): why a client already registered is at the unit. */
export const FIRST_CONTACT_REASONS: readonly FirstContactReasonCode[] = [
  'client_contact',
  'urgent_care',
  'notification',
  'other',
];
/** Repeated from the server (access/openings.ts): the kinds of opening the administrator reviews. */
export const OPENING_KINDS: readonly OpeningKind[] = ['break_glass', 'first_contact'];
export const REGISTERS: readonly Register[] = ['social', 'health'];
/** Repeated from the server (access/model.ts): the register a profession writes in by default. */
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
/** Repeated from the server (records/model.ts); a correction is written only by correcting an entry. */
export const ENTRY_KINDS: readonly EntryKind[] = ['note', 'contact', 'correction'];
export const WRITABLE_ENTRY_KINDS = ['note', 'contact'] as const;
/** Every kind of care or client relationship, and the two a professional records by hand. */
export const RELATIONSHIP_KINDS = ['care_team', 'personal_worker', 'referral', 'first_contact'] as const;
export const RECORDABLE_KINDS = ['care_team', 'personal_worker'] as const;
export type RecordableKind = (typeof RECORDABLE_KINDS)[number];
/** Repeated from the server (audit/model.ts); a unit test checks they agree. */
export const BASES: readonly Basis[] = [
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
  'oversight',
  'none',
];
export const OUTCOMES: readonly Outcome[] = ['allow', 'deny'];
export const CHANNELS = ['rest', 'fhir', 'export', 'cli', 'web'] as const;
export const REVIEW_STATUSES = ['pending', 'reviewed', 'flagged'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface SessionUser {
  id: string;
  displayName: string;
  kind: 'professional' | 'organizer' | 'client';
  profession: Profession | null;
  organizerRole: OrganizerRole | null;
  clientId: string | null;
  unitName: string | null;
  producerName: string | null;
  /** The registers a professional writes in (absent from older servers). */
  registers?: Register[];
}

export interface Session {
  user: SessionUser;
  scopes: string[];
  /** "session" (the web app's cookie) or "bearer" (an API token). */
  via?: string;
  /** Null for a bearer token, which needs none. */
  csrfToken: string | null;
  /** When the web session (or the token) ends; older servers do not send it. */
  expiresAt?: string | null;
}

/** One access log entry as the client (or the administrator) reads it. */
export interface AccessLogEntry {
  id: number;
  at: string;
  actorId: string;
  actorName: string | null;
  actorRole: string;
  unitName: string | null;
  producerName: string | null;
  clientId: string | null;
  action: string;
  resource: string;
  purpose: string;
  basis: Basis | string;
  outcome: Outcome | string;
  channel: string;
  requestId: string | null;
}

/** An emergency access of the signed-in professional's that is still in force. */
export interface MyEmergency {
  id: string;
  clientId: string;
  validFrom: string;
  validUntil: string;
  reasonCode: string;
}

/** The administrator's search of the access log; dates are ISO date-times, `to` exclusive. */
export interface AccessLogQuery {
  clientId?: string;
  actorId?: string;
  outcome?: Outcome;
  basis?: Basis;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** A page of the client's record entries, and the registers it shows (those the reader may see). */
export interface EntryPage {
  items: Entry[];
  total: number;
  registers: Register[];
}

export interface ClientQuery {
  identityCode?: string;
  familyName?: string;
  givenNames?: string;
}

/** A professional in the directory, for choosing a colleague. */
export interface Colleague {
  id: string;
  displayName: string;
  profession: string | null;
  unitName: string | null;
  producerName: string | null;
}

const enc = encodeURIComponent;

function qs(params: Record<string, string | number | undefined>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
}

export const trustApi = {
  session(): Promise<Session> {
    return request('GET', '/api/auth/session');
  },

  signOut(): Promise<void> {
    return request('POST', '/auth/logout');
  },

  async findClients(q: ClientQuery): Promise<Client[]> {
    return (await request<{ items: Client[] }>('GET', `/api/clients${qs({ ...q })}`)).items;
  },

  client(id: string): Promise<Client> {
    return request('GET', `/api/clients/${enc(id)}`);
  },

  /**
   * Registers a client at a first contact (201), or records the contact for a client already
   * registered (200). For one already registered the server asks why the client is at the unit
   * (422 `first-contact-reason-required`, errors at /firstContact/…) unless `firstContact` is sent.
   */
  registerClient(
    body: ClientInput & {
      firstContact?: { reasonCode: FirstContactReasonCode | ''; reasonText: string };
    },
  ): Promise<Client> {
    return request('POST', '/api/clients', body);
  },

  declareBreakGlass(
    clientId: string,
    body: { reasonCode: BreakGlassReason | ''; reasonText: string },
  ): Promise<BreakGlass> {
    return request('POST', `/api/clients/${enc(clientId)}/break-glass`, body);
  },

  /** Break-the-glass for a client found by nobody's search: by identity code (404 when no client has it). */
  declareBreakGlassByIdentity(body: {
    identityCode: string;
    reasonCode: BreakGlassReason | '';
    reasonText: string;
  }): Promise<BreakGlass> {
    return request('POST', '/api/break-glass', body);
  },

  /** The signed-in professional's own emergency accesses still in force. */
  async myBreakGlass(): Promise<MyEmergency[]> {
    return (await request<{ items: MyEmergency[] }>('GET', '/api/me/break-glass')).items;
  },

  /** The administrator's one list of openings to review: emergency accesses and first contacts. */
  openings(
    filter: { status?: ReviewStatus | undefined; kind?: OpeningKind | undefined },
    page: { limit: number; offset: number },
  ) {
    return request<Page<Opening>>('GET', `/api/openings${qs({ ...filter, ...page })}`);
  },

  reviewOpening(id: string, body: { status: 'reviewed' | 'flagged' | ''; note: string }): Promise<Opening> {
    return request('PUT', `/api/openings/${enc(id)}/review`, body);
  },

  async consents(clientId: string): Promise<ConsentRecord[]> {
    return (await request<{ items: ConsentRecord[] }>('GET', `/api/clients/${enc(clientId)}/consents`)).items;
  },

  giveConsent(
    clientId: string,
    body: { register: Register | ''; scope: string; validUntil: string | null },
  ): Promise<{ id: string }> {
    return request('POST', `/api/clients/${enc(clientId)}/consents`, body);
  },

  refuseDisclosure(clientId: string, producerId: string): Promise<{ id: string }> {
    return request('POST', `/api/clients/${enc(clientId)}/refusals`, { producerId });
  },

  withdrawConsent(clientId: string, consentId: string): Promise<void> {
    return request('POST', `/api/clients/${enc(clientId)}/consents/${enc(consentId)}/withdraw`);
  },

  /** The client's care and client relationships (in force and past) and legal bases. */
  relationships(
    clientId: string,
  ): Promise<{ relationships: Relationship[]; legalBases: LegalBasisRecord[] }> {
    return request('GET', `/api/clients/${enc(clientId)}/relationships`);
  },

  addRelationship(
    clientId: string,
    body: { kind: RecordableKind | ''; userId: string; validUntil: string; note: string },
  ): Promise<{ id: string }> {
    return request('POST', `/api/clients/${enc(clientId)}/relationships`, body);
  },

  /** Active professionals whose name or username contains `q` (at least two characters). */
  findColleagues(q: string, limit = 20): Promise<{ items: Colleague[]; more: boolean }> {
    return request('GET', `/api/professionals${qs({ q, limit })}`);
  },

  endRelationship(clientId: string, relationshipId: string): Promise<void> {
    return request('POST', `/api/clients/${enc(clientId)}/relationships/${enc(relationshipId)}/end`);
  },

  recordLegalBasis(
    clientId: string,
    body: { register: Register | ''; statute: string; validUntil: string | null },
  ): Promise<{ id: string }> {
    return request('POST', `/api/clients/${enc(clientId)}/legal-bases`, body);
  },

  /** The entries the signed-in user may see, newest first; 403 when they may see none. */
  entries(clientId: string, page: { limit: number; offset: number }): Promise<EntryPage> {
    return request('GET', `/api/clients/${enc(clientId)}/entries${qs(page)}`);
  },

  /** A new entry in the professional's own register; a correction names the entry it corrects. */
  writeEntry(
    clientId: string,
    body: { register?: Register; kind: EntryKind | ''; text: string; corrects?: string },
  ): Promise<Entry> {
    return request('POST', `/api/clients/${enc(clientId)}/entries`, body);
  },

  accessLog(q: AccessLogQuery): Promise<Page<AccessLogEntry>> {
    return request('GET', `/api/access-log${qs({ ...q })}`);
  },

  myAccessLog(page: { limit: number; offset: number }): Promise<Page<AccessLogEntry>> {
    return request('GET', `/api/me/access-log${qs(page)}`);
  },
};
