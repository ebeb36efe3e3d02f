/** The shapes the county generator (../county.ts) and the producer planner (producers.ts) share. */
import type { OpeningHours } from '../../db/schema.js';
import type { ProducerKind } from '../../modules/catalogue/model.js';
import type { Municipality, MunicipalityLanguage } from '../../modules/codes/model.js';
import type { Random } from '../random.js';
import type { ORG_NAMES, QUALITY_CRITERIA } from './places.js';

export type Pair = { fi: string; sv: string };

export interface UnitPlan {
  name: Pair;
  municipality: Municipality;
  services: string[];
  hours: OpeningHours[];
  english?: boolean;
}

export interface ProducerPlan {
  kind: ProducerKind;
  name: Pair;
  language: MunicipalityLanguage;
  description: string;
  businessId: string | null;
  oid: string | null;
  units: UnitPlan[];
  /** Owned by the county (its business unit, own sote-centres, rescue services). */
  county: boolean;
  /** County-owned producers and public bodies have open-ended contracts. */
  openEnded: boolean;
  criteria: keyof typeof QUALITY_CRITERIA;
}

/** What producers.ts needs to plan the county's producers. */
export interface CountyContext {
  rng: Random;
  region: Pair;
  /** Municipalities, largest first. */
  municipalities: Municipality[];
  newBusinessId: (firstDigits?: [number, number]) => string;
  countyOid: () => string;
  pickName: (list: keyof typeof ORG_NAMES, m: Municipality) => string;
}
