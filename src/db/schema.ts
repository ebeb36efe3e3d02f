import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** Table types, declared once. Column names are snake_case in SQL and camelCase here (CamelCasePlugin). */

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface Localized {
  fi: string;
  sv: string;
  en: string;
}

export interface Versioned {
  id: string;
  version: ColumnType<number, number | undefined, number>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface OpeningHours {
  /** ISO weekday numbers 1 (Monday) … 7 (Sunday). */
  days: number[];
  opens: string;
  closes: string;
}

export interface Accessibility {
  stepFree: boolean;
  hearingLoop: boolean;
  signLanguage: boolean;
  easyRead: boolean;
}

export interface ProducerTable extends Versioned {
  name: string;
  kind: string;
  businessId: string | null;
  oid: string | null;
  description: string;
}

export interface UnitTable extends Versioned {
  producerId: string;
  name: string;
  streetAddress: string;
  postalCode: string;
  municipalityCode: string;
  phone: string | null;
  openingHours: JSONColumnType<OpeningHours[], string, string>;
  languages: JSONColumnType<string[], string, string>;
}

export interface ServiceTable extends Versioned {
  nameFi: string;
  nameSv: string;
  nameEn: string;
  sector: string;
  level: string;
  codeSystem: string | null;
  code: string | null;
  deliveryUnit: string;
  unitPriceCents: number;
  description: JSONColumnType<Localized, string, string>;
}

export interface ChannelTable extends Versioned {
  serviceId: string;
  unitId: string;
  kind: string;
  accessibility: JSONColumnType<Accessibility, string, string>;
  languages: JSONColumnType<string[], string, string>;
  hours: JSONColumnType<OpeningHours[], string, string>;
}

export interface ContractTable extends Versioned {
  producerId: string;
  reference: string;
  validFrom: string;
  validTo: string | null;
  qualityCriteria: JSONColumnType<string[], string, string>;
  obligations: JSONColumnType<string[], string, string>;
}

export interface ContractServiceTable {
  contractId: string;
  serviceId: string;
  unitPriceCents: number;
  monthlyCapacity: number;
  maxResponseDays: number;
}

export interface PackageInterface {
  kind: string;
  name: Localized;
  description: string;
}

export interface ServicePackageTable extends Versioned {
  nameFi: string;
  nameSv: string;
  nameEn: string;
  clientGroup: string;
  description: JSONColumnType<Localized, string, string>;
  interfaces: JSONColumnType<PackageInterface[], string, string>;
}

export interface PackageServiceTable {
  packageId: string;
  serviceId: string;
  position: number;
  note: string;
}

export interface ChainTarget {
  code: string;
  name: Localized;
  target: number;
  unit: string;
}

export interface ServiceChainTable extends Versioned {
  nameFi: string;
  nameSv: string;
  nameEn: string;
  clientGroup: string;
  packageId: string | null;
  description: JSONColumnType<Localized, string, string>;
  targets: JSONColumnType<ChainTarget[], string, string>;
}

export interface ChainStepTable {
  chainId: string;
  position: number;
  serviceId: string | null;
  level: string;
  responsibleProducerKind: string;
  entryCriteria: JSONColumnType<Localized, string, string>;
  handover: string;
  targetDays: number | null;
}

export interface RecordHistoryTable {
  id: Generated<number>;
  entity: string;
  entityId: string;
  version: number;
  data: JSONColumnType<Record<string, unknown>, string, string>;
  changedAt: Timestamp;
}

export interface IdempotencyKeyTable {
  key: string;
  route: string;
  status: number | null;
  response: JSONColumnType<object, string, string> | null;
  /** sha256 of the first request's body, canonical JSON (idempotency.ts); null for keys from before 0010. */
  requestHash: string | null;
  createdAt: Timestamp;
}

export interface AccessLogTable {
  id: Generated<number>;
  at: Timestamp;
  txid: ColumnType<string, never, never>;
  actorId: string;
  actorRole: string;
  actorOrg: string | null;
  clientId: string | null;
  action: string;
  resource: string;
  purpose: string;
  basis: string;
  outcome: string;
  channel: string;
  requestId: string | null;
  details: JSONColumnType<Record<string, unknown>, string, string>;
  seq: ColumnType<number | null, never, number>;
  prevHash: ColumnType<string | null, never, string>;
  hash: ColumnType<string | null, never, string>;
}

export interface AccessLogAnchorTable {
  id: number;
  seq: number;
  hash: string;
  purgedAt: Timestamp;
}

export interface UserAccountTable {
  id: string;
  version: ColumnType<number, number | undefined, number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  kind: 'professional' | 'organizer' | 'client';
  displayName: string;
  profession: string | null;
  producerId: string | null;
  unitId: string | null;
  registers: JSONColumnType<string[], string, string>;
  organizerRole: string | null;
  clientId: string | null;
  issuer: string;
  subject: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  /** scrypt hash, for users of the built-in identity provider only. */
  passwordHash: ColumnType<string | null, string | null | undefined, string | null>;
  /** A training account's hint on the built-in provider's sign-in page (demo accounts only). */
  signInHint: ColumnType<SignInHint | null, string | null | undefined, string | null>;
}

/** What the built-in identity provider's sign-in page says of a training account. */
export interface SignInHint {
  description: Localized;
  /** The account's publicly known password (a training account's, never a real one). */
  password: string;
}

export interface WebSessionTable {
  idHash: string;
  userId: string;
  issuer: string;
  createdAt: Timestamp;
  lastSeenAt: Timestamp;
  expiresAt: ColumnType<Date, Date | string, Date | string>;
}

export interface ClientEntryTable {
  id: string;
  clientId: string;
  register: 'social' | 'health';
  kind: string;
  text: string;
  corrects: string | null;
  authorId: string;
  authorRole: string;
  unitId: string | null;
  createdAt: Timestamp;
}

export interface IdpStoreTable {
  model: string;
  id: string;
  payload: string;
  grantId: string | null;
  userCode: string | null;
  uid: string | null;
  expiresAt: ColumnType<Date | null, Date | null, Date | null>;
  consumedAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** The last run of a background job (src/app/jobs.ts). */
export interface JobRunTable {
  name: string;
  startedAt: Date;
  finishedAt: Date;
  ok: boolean;
  ranBy: string;
  runs: ColumnType<number, number | undefined, number>;
}

/** A rate limit's counter for one key (its hash) in the current window (src/http/rate-limit-store.ts). */
export interface RateLimitHitTable {
  key: string;
  hits: number;
  windowEndsAt: ColumnType<Date, Date | undefined, Date>;
}

export interface ServerSecretTable {
  name: string;
  value: string;
  createdAt: Timestamp;
}

export interface ClientTable {
  id: string;
  version: ColumnType<number, number | undefined, number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  identitySystem: 'pic' | 'temporary';
  identityValue: string;
  familyName: string;
  givenNames: string;
  birthDate: string;
  phone: string | null;
  email: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  municipalityCode: string | null;
  language: string;
  nonDisclosure: ColumnType<boolean, boolean | undefined, boolean>;
  soteCentreUnitId: string | null;
  soteCentreChosenOn: string | null;
  dentalUnitId: string | null;
  dentalChosenOn: string | null;
}

export interface GuardianshipTable {
  clientId: string;
  guardianId: string;
  validFrom: string;
  validUntil: string | null;
}

interface FactColumns {
  id: string;
  clientId: string;
  recordedBy: string;
  recordedAt: Timestamp;
  validFrom: Timestamp;
  validUntil: Timestamp | null;
}

export interface CareRelationshipTable extends FactColumns {
  kind: 'care_team' | 'referral' | 'first_contact' | 'personal_worker';
  userId: string | null;
  unitId: string | null;
  note: ColumnType<string, string | undefined, string>;
  /** Why the client is at the unit: stated for a first contact (required for a client already registered). */
  reasonCode: ColumnType<string | null, string | null | undefined, string | null>;
  reasonText: ColumnType<string | null, string | null | undefined, string | null>;
  /** A first contact for a client already registered waits for review; other relationships have none (null). */
  reviewStatus: ColumnType<
    'pending' | 'reviewed' | 'flagged' | null,
    'pending' | 'reviewed' | 'flagged' | null | undefined,
    'pending' | 'reviewed' | 'flagged' | null
  >;
  reviewedBy: ColumnType<string | null, string | null | undefined, string | null>;
  reviewedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  reviewNote: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ConsentTable extends FactColumns {
  register: 'social' | 'health';
  scope: ColumnType<string, string | undefined, string>;
  withdrawnAt: Timestamp | null;
  withdrawnBy: string | null;
}

export interface LegalBasisTable extends FactColumns {
  register: 'social' | 'health';
  statute: string;
}

export interface DisclosureRefusalTable extends FactColumns {
  producerId: string;
  withdrawnAt: Timestamp | null;
  withdrawnBy: string | null;
}

export interface BreakGlassTable extends FactColumns {
  reasonCode: string;
  reasonText: string;
  reviewStatus: ColumnType<
    'pending' | 'reviewed' | 'flagged',
    'pending' | 'reviewed' | 'flagged' | undefined,
    string
  >;
  reviewedBy: string | null;
  reviewedAt: Timestamp | null;
  reviewNote: string | null;
}

export interface AuthSigningKeyTable {
  kid: string;
  alg: string;
  privateJwk: JSONColumnType<Record<string, unknown>, string, string>;
  publicJwk: JSONColumnType<Record<string, unknown>, string, string>;
  createdAt: Timestamp;
}

export interface Database {
  authSigningKey: AuthSigningKeyTable;
  webSession: WebSessionTable;
  serverSecret: ServerSecretTable;
  clientEntry: ClientEntryTable;
  idpStore: IdpStoreTable;
  jobRun: JobRunTable;
  rateLimitHit: RateLimitHitTable;
  userAccount: UserAccountTable;
  client: ClientTable;
  guardianship: GuardianshipTable;
  careRelationship: CareRelationshipTable;
  consent: ConsentTable;
  legalBasis: LegalBasisTable;
  disclosureRefusal: DisclosureRefusalTable;
  breakGlass: BreakGlassTable;
  accessLog: AccessLogTable;
  accessLogAnchor: AccessLogAnchorTable;
  idempotencyKey: IdempotencyKeyTable;
  producer: ProducerTable;
  unit: UnitTable;
  service: ServiceTable;
  channel: ChannelTable;
  contract: ContractTable;
  contractService: ContractServiceTable;
  servicePackage: ServicePackageTable;
  packageService: PackageServiceTable;
  serviceChain: ServiceChainTable;
  chainStep: ChainStepTable;
  recordHistory: RecordHistoryTable;
}
