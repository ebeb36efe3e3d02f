/**
 * Service packages and service chains (DOMAIN §3, §4.4). Types and pure rules only.
 */
import type { ChainTarget, Localized, PackageInterface } from '../../db/schema.js';
import { type FieldError, fieldError } from '../../http/errors.js';
import type { Level, ProducerKind } from '../catalogue/model.js';
import { msg } from './messages.js';

export type { ChainTarget, PackageInterface };

export const CLIENT_GROUPS = [
  'family_centre',
  'older_people_carers',
  'mental_health_substance_abuse',
  'rehabilitation_work_ability',
  'working_age_adults',
  'other',
] as const;
export type ClientGroup = (typeof CLIENT_GROUPS)[number];

export const INTERFACE_KINDS = ['municipal', 'state', 'ngo', 'parish', 'private', 'rescue_services'] as const;

/** How a step is handed over from the previous one; the first step is entered directly. */
export const HANDOVERS = ['entry', 'referral', 'consultation'] as const;
export type Handover = (typeof HANDOVERS)[number];

export interface PackageService {
  serviceId: string;
  note: string;
}

export interface ServicePackage {
  id: string;
  version: number;
  active: boolean;
  name: Localized;
  clientGroup: ClientGroup;
  description: Localized;
  services: PackageService[];
  interfaces: PackageInterface[];
  createdAt: string;
  updatedAt: string;
}

export interface ChainStep {
  /** The service of this step, or null when the step names only a level (e.g. "basic level"). */
  serviceId: string | null;
  level: Level;
  responsibleProducerKind: ProducerKind;
  entryCriteria: Localized;
  handover: Handover;
  /** Target time from the previous step, in days; null for the first step. */
  targetDays: number | null;
}

export interface ServiceChain {
  id: string;
  version: number;
  active: boolean;
  name: Localized;
  clientGroup: ClientGroup;
  packageId: string | null;
  description: Localized;
  targets: ChainTarget[];
  steps: ChainStep[];
  createdAt: string;
  updatedAt: string;
}

/** Structural rules of a chain that need no database: the first step is the entry, later ones are hand-overs with a target time. */
export function chainStepProblems(steps: ChainStep[]): FieldError[] {
  const problems: FieldError[] = [];
  if (steps.length === 0) problems.push(fieldError('/steps', msg('chain.stepsRequired')));
  steps.forEach((s, i) => {
    const f = `/steps/${i}`;
    if (i === 0 && s.handover !== 'entry')
      problems.push(fieldError(`${f}/handover`, msg('chain.firstStepEntry')));
    if (i > 0 && s.handover === 'entry')
      problems.push(fieldError(`${f}/handover`, msg('chain.laterStepEntry')));
    if (i > 0 && s.targetDays === null)
      problems.push(fieldError(`${f}/targetDays`, msg('chain.targetDaysRequired')));
    if (s.targetDays !== null && (!Number.isInteger(s.targetDays) || s.targetDays < 0))
      problems.push(fieldError(`${f}/targetDays`, msg('chain.targetDaysInvalid')));
  });
  return problems;
}

/** The chain's total target time from entry to the last step, in days. */
export function chainTargetDays(steps: Pick<ChainStep, 'targetDays'>[]): number {
  return steps.reduce((sum, s) => sum + (s.targetDays ?? 0), 0);
}
