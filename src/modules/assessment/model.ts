/**
 * The whole-person needs assessment (DOMAIN §3 needs assessment, §6): eleven life domains, each
 * with a severity in the professional's view and in the client's own, side by side. Each domain's
 * answers belong to the social welfare or the health care register, and the access layer opens
 * them per register. Types and pure rules only.
 */
import type { Register } from '../access/model.js';

/** The domains, and the register each one's answers are kept in. */
export const DOMAIN_REGISTER = {
  health: 'health',
  functional_capacity: 'health',
  mental_health: 'health',
  substance_use: 'health',
  relationships: 'social',
  housing: 'social',
  income: 'social',
  work_study: 'social',
  children_family: 'social',
  safety: 'social',
  caring: 'social',
} as const satisfies Record<string, Register>;

export type NeedDomain = keyof typeof DOMAIN_REGISTER;
export const NEED_DOMAINS = Object.keys(DOMAIN_REGISTER) as NeedDomain[];

/**
 * How much help a domain needs: 0 none, 1 a light need (advice, self-care), 2 a need for a basic
 * service, 3 a need for extended or specialised services, 4 an acute risk (safety, health or home).
 */
export const SEVERITIES = [0, 1, 2, 3, 4] as const;
export type Severity = (typeof SEVERITIES)[number];
/** From this severity on a domain is an assessed need that some service must answer. */
export const NEED_FROM: Severity = 2;

export interface DomainView {
  domain: NeedDomain;
  /** The professional's view; null until a professional has assessed the domain (a self-assessment). */
  professional: Severity | null;
  /** The client's own view; null when the client did not give one. */
  client: Severity | null;
}

/** The severity that counts: the professional's where given, else the client's own. */
export function severityOf(v: DomainView): Severity | null {
  return v.professional ?? v.client;
}

/** The domains with an assessed need, most severe first. */
export function needs(views: readonly DomainView[]): NeedDomain[] {
  return views
    .filter((v) => (severityOf(v) ?? 0) >= NEED_FROM)
    .sort((a, b) => (severityOf(b) ?? 0) - (severityOf(a) ?? 0))
    .map((v) => v.domain);
}

/** Where the professional and the client see a domain differently (by two steps or more): to talk over. */
export function disagreements(views: readonly DomainView[]): NeedDomain[] {
  return views
    .filter((v) => v.professional !== null && v.client !== null && Math.abs(v.professional - v.client) >= 2)
    .map((v) => v.domain);
}

export interface CoordinationFlag {
  /** The client needs coordinated services: a client plan and a personal worker. */
  coordinated: boolean;
  /** Why, for the worklist: needs on both sides, or needs in this many domains. */
  because: ('both-registers' | 'several-domains')[];
  /** The personal worker must be a social worker (a special need for support). */
  socialWorkerRequired: boolean;
}

/** Needs in this many domains call for coordination even within one register. */
export const SEVERAL_DOMAINS = 3;

/**
 * The assessment flags a need for coordinated services when the needs span social welfare and
 * health care, or several domains. A special need for support — stated by the professional, or
 * suggested by an acute risk in a domain together with coordinated needs — requires a social
 * worker as the personal worker.
 */
export function coordinationFlag(
  views: readonly DomainView[],
  specialNeedForSupport: boolean,
): CoordinationFlag {
  const found = needs(views);
  const registers = new Set(found.map((d) => DOMAIN_REGISTER[d]));
  const because: CoordinationFlag['because'] = [];
  if (registers.size > 1) because.push('both-registers');
  if (found.length >= SEVERAL_DOMAINS) because.push('several-domains');
  const coordinated = because.length > 0;
  const acute = views.some((v) => severityOf(v) === 4);
  return { coordinated, because, socialWorkerRequired: specialNeedForSupport || (coordinated && acute) };
}
