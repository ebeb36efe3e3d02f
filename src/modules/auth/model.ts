/**
 * What an API token may do. Scopes narrow a user's role: a token for a nurse with only
 * `client.read` cannot write, whatever the nurse's relationships allow.
 */
export const SCOPES = [
  'catalogue.read',
  'catalogue.write',
  'client.read',
  'client.write',
  'audit.read',
  'access.review',
  /** Aggregates and pseudonymised data for the organizer's analysis: never identities. */
  'analytics.read',
] as const;
export type Scope = (typeof SCOPES)[number];

export type UserKind = 'professional' | 'organizer' | 'client';

/** The scopes a user of each kind (and organizer role) can be given at most. */
export function allowedScopes(kind: UserKind, organizerRole: string | null): Scope[] {
  switch (kind) {
    case 'professional':
      return ['catalogue.read', 'client.read', 'client.write'];
    case 'client':
      return ['catalogue.read', 'client.read', 'client.write', 'audit.read'];
    case 'organizer':
      if (organizerRole === 'analyst') return ['catalogue.read', 'analytics.read'];
      if (organizerRole === 'planner') return ['catalogue.read', 'catalogue.write', 'analytics.read'];
      return ['catalogue.read', 'catalogue.write', 'audit.read', 'access.review', 'analytics.read'];
  }
}

export function parseScopes(scope: unknown): Scope[] {
  if (typeof scope !== 'string') return [];
  return scope.split(' ').filter((s): s is Scope => (SCOPES as readonly string[]).includes(s));
}
