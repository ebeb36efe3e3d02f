/**
 * Client record entries (asiakaskirjaus / potilaskertomusmerkintä): what a professional writes
 * about a client, in their own register. Social welfare professionals write in the social
 * welfare register, health care professionals in the health care register; an entry of the
 * other register is shown only as the access layer allows (consent, legal basis, emergency).
 */
import type { Register } from '../access/model.js';

export const ENTRY_KINDS = ['note', 'contact', 'correction'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface Entry {
  id: string;
  clientId: string;
  register: Register;
  kind: EntryKind;
  text: string;
  /** The entry this one corrects (entries are never changed). */
  corrects: string | null;
  /** The latest entry that corrects this one. */
  correctedBy: string | null;
  authorId: string;
  authorName: string | null;
  authorRole: string;
  unitName: string | null;
  createdAt: string;
}

export interface EntryInput {
  register?: Register | undefined;
  kind: EntryKind;
  text: string;
  corrects?: string | null | undefined;
}

/** The register an entry goes to: the one asked for, else the professional's own (the first). */
export function entryRegister(
  asked: Register | undefined,
  own: readonly Register[],
): { ok: true; register: Register } | { ok: false } {
  if (asked === undefined) return own[0] ? { ok: true, register: own[0] } : { ok: false };
  return own.includes(asked) ? { ok: true, register: asked } : { ok: false };
}
