/**
 * The emergency accesses this browser's user has declared, kept for the tab's life
 * (sessionStorage). Only a fallback: the client's screen asks the server (GET /api/me/break-glass)
 * until when the access lasts, and reads this only from a server that does not offer that list.
 * The server decides access on its own; this only remembers what it answered.
 */
import type { BreakGlass } from '../trustApi.js';

const KEY = 'saumaton.emergency';

interface Grant {
  userId: string;
  clientId: string;
  validFrom: string;
  validUntil: string;
}

function read(): Grant[] {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    const list = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(list) ? (list as Grant[]) : [];
  } catch {
    return [];
  }
}

export function rememberEmergency(grant: BreakGlass): void {
  const now = new Date().toISOString();
  const kept = read().filter(
    (g) => g.validUntil > now && !(g.userId === grant.userId && g.clientId === grant.clientId),
  );
  kept.push({
    userId: grant.userId,
    clientId: grant.clientId,
    validFrom: grant.validFrom,
    validUntil: grant.validUntil,
  });
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // No storage (private mode): the banner lasts until the page is reloaded.
  }
  memory.set(`${grant.userId}/${grant.clientId}`, kept[kept.length - 1] as Grant);
}

const memory = new Map<string, Grant>();

/** The emergency access in force for this user and client, if one was declared here. */
export function emergencyFor(userId: string, clientId: string): Grant | null {
  const now = new Date().toISOString();
  const g =
    memory.get(`${userId}/${clientId}`) ?? read().find((x) => x.userId === userId && x.clientId === clientId);
  return g && g.validUntil > now ? g : null;
}
