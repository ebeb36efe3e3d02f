/**
 * The records the web app reads and writes. The shapes are the server's own types (type-only
 * imports, erased from the bundle); the enum lists are repeated here so the bundle does not pull
 * in server code, and `every<T>()` fails to compile when a list misses a value of its type.
 */
import type {
  Accessibility,
  Channel,
  ChannelKind,
  Contract,
  ContractService,
  DeliveryUnit,
  Level,
  Localized,
  Obligation,
  OpeningHours,
  Producer,
  ProducerKind,
  Sector,
  Service,
  Unit,
} from '../modules/catalogue/model.js';
import type {
  ChainStep,
  ChainTarget,
  ClientGroup,
  Handover,
  PackageInterface,
  PackageService,
  ServiceChain,
  ServicePackage,
} from '../modules/pathways/model.js';

export type {
  Accessibility,
  ChainStep,
  ChainTarget,
  Channel,
  ChannelKind,
  ClientGroup,
  Contract,
  ContractService,
  DeliveryUnit,
  Handover,
  Level,
  Localized,
  Obligation,
  OpeningHours,
  PackageInterface,
  PackageService,
  Producer,
  ProducerKind,
  Sector,
  Service,
  ServiceChain,
  ServicePackage,
  Unit,
};

/** Accepts a list only when it names every member of the union T. */
const every =
  <T extends string>() =>
  <const A extends readonly T[]>(list: A & ([Exclude<T, A[number]>] extends [never] ? unknown : never)): A =>
    list;

export const PRODUCER_KINDS = every<ProducerKind>()([
  'county_business_unit',
  'sote_centre',
  'dental_clinic',
  'private_company',
  'ngo',
  'municipality',
  'state',
  'parish',
  'rescue_services',
]);
export const SECTORS = every<Sector>()(['social', 'health', 'other']);
export const LEVELS = every<Level>()(['light', 'basic', 'extended_basic', 'specialized']);
export const CHANNEL_KINDS = every<ChannelKind>()([
  'local',
  'mobile',
  'home_visit',
  'remote_contact',
  'remote_service',
  'e_service',
]);
export const DELIVERY_UNITS = every<DeliveryUnit>()(['visit', 'hour', 'day', 'month', 'episode', 'decision']);
export const OBLIGATIONS = every<Obligation>()([
  'follow_client_plan',
  'answer_referrals',
  'report_delivered_services',
]);
export const CLIENT_GROUPS = every<ClientGroup>()([
  'family_centre',
  'older_people_carers',
  'mental_health_substance_abuse',
  'rehabilitation_work_ability',
  'working_age_adults',
  'other',
]);
export const HANDOVERS = every<Handover>()(['entry', 'referral', 'consultation']);
export const INTERFACE_KINDS = ['municipal', 'state', 'ngo', 'parish', 'private', 'rescue_services'] as const;
export const ACCESSIBILITY_FEATURES = [
  'stepFree',
  'hearingLoop',
  'signLanguage',
  'easyRead',
] as const satisfies readonly (keyof Accessibility)[];

/** The API's resources and the record each one holds. */
export interface Records {
  producers: Producer;
  units: Unit;
  services: Service;
  channels: Channel;
  contracts: Contract;
  packages: ServicePackage;
  chains: ServiceChain;
}
export type ResourceName = keyof Records;
export const RESOURCES: readonly ResourceName[] = [
  'producers',
  'units',
  'services',
  'channels',
  'contracts',
  'packages',
  'chains',
];

type Meta = 'id' | 'version' | 'active' | 'createdAt' | 'updatedAt';
/** What a form edits: the record without bookkeeping, plus the id and version it was read at. */
export type Draft<R extends ResourceName> = Omit<Records[R], Meta> & {
  id?: string;
  version?: number;
  active?: boolean;
};

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ContractedProducer {
  producerId: string;
  producerName: string;
  producerKind: string;
  contractId: string;
  reference: string;
  unitPrice: number;
  monthlyCapacity: number;
  maxResponseDays: number;
}

export interface CodeSystemSummary {
  id: string;
  oid: string;
  system: string;
  version: string;
  name: { fi: string; sv?: string; en?: string };
}
export interface CodeSystem extends CodeSystemSummary {
  concepts: { code: string; display: { fi: string; sv?: string; en?: string } }[];
}
export interface Municipality {
  code: string;
  name: { fi: string; sv: string };
  language: string;
}
