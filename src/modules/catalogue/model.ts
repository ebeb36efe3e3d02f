/**
 * The service catalogue (DOMAIN §2–§4): producers, units, services, channels, contracts.
 * Types and pure rules only; no I/O.
 */
import { FinnishBusinessIds } from 'finnish-business-ids';
import type { Accessibility, Localized, OpeningHours } from '../../db/schema.js';
import { type FieldError, fieldError } from '../../http/errors.js';
import { msg } from './messages.js';

export type { Accessibility, Localized, OpeningHours };

export const PRODUCER_KINDS = [
  'county_business_unit',
  'sote_centre',
  'dental_clinic',
  'private_company',
  'ngo',
  'municipality',
  'state',
  'parish',
  'rescue_services',
] as const;
export type ProducerKind = (typeof PRODUCER_KINDS)[number];

export const SECTORS = ['social', 'health', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

/** Levels of service, from light/preventive to specialized ("light → basic → heavy"). */
export const LEVELS = ['light', 'basic', 'extended_basic', 'specialized'] as const;
export type Level = (typeof LEVELS)[number];

export const CHANNEL_KINDS = [
  'local',
  'mobile',
  'home_visit',
  'remote_contact',
  'remote_service',
  'e_service',
] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const DELIVERY_UNITS = ['visit', 'hour', 'day', 'month', 'episode', 'decision'] as const;
export type DeliveryUnit = (typeof DELIVERY_UNITS)[number];

/** The cooperation obligations every contracted producer accepts (DOMAIN §3, §4.1). */
export const OBLIGATIONS = ['follow_client_plan', 'answer_referrals', 'report_delivered_services'] as const;
export type Obligation = (typeof OBLIGATIONS)[number];

/** Languages served: ISO 639-1 codes; fi, sv and en first, others allowed. */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

export interface Producer {
  id: string;
  version: number;
  active: boolean;
  name: string;
  kind: ProducerKind;
  businessId: string | null;
  oid: string | null;
  description: string;
  createdAt: string;
  updatedAt: string;
}

export interface Unit {
  id: string;
  version: number;
  active: boolean;
  producerId: string;
  name: string;
  streetAddress: string;
  postalCode: string;
  municipalityCode: string;
  phone: string | null;
  openingHours: OpeningHours[];
  languages: string[];
  createdAt: string;
  updatedAt: string;
}

export interface Classification {
  system: string;
  code: string;
}

export interface Service {
  id: string;
  version: number;
  active: boolean;
  name: Localized;
  sector: Sector;
  level: Level;
  classification: Classification | null;
  deliveryUnit: DeliveryUnit;
  /** Euros per delivery unit. */
  unitPrice: number;
  description: Localized;
  createdAt: string;
  updatedAt: string;
}

export interface Channel {
  id: string;
  version: number;
  active: boolean;
  serviceId: string;
  unitId: string;
  kind: ChannelKind;
  accessibility: Accessibility;
  languages: string[];
  hours: OpeningHours[];
  createdAt: string;
  updatedAt: string;
}

export interface ContractService {
  serviceId: string;
  /** Euros per delivery unit under this contract. */
  unitPrice: number;
  monthlyCapacity: number;
  maxResponseDays: number;
}

export interface Contract {
  id: string;
  version: number;
  active: boolean;
  producerId: string;
  reference: string;
  validFrom: string;
  validTo: string | null;
  qualityCriteria: string[];
  obligations: Obligation[];
  services: ContractService[];
  createdAt: string;
  updatedAt: string;
}

/** What a caller sends to create or replace a record: the record less its bookkeeping. */
export type Input<T> = Omit<T, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'active'> & {
  id?: string;
  active?: boolean;
};

export function isValidBusinessId(value: string): boolean {
  return FinnishBusinessIds.isValidBusinessId(value);
}

/** An ISO OID: arcs of digits separated by dots, first arc 0–2, no leading zeros. */
export function isValidOid(value: string): boolean {
  return /^[0-2](\.(0|[1-9]\d*))+$/.test(value) && value.length <= 128;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Checks opening hours: weekdays 1–7, HH:MM times, opening before closing. */
export function openingHoursProblems(hours: OpeningHours[], field: string): FieldError[] {
  const problems: FieldError[] = [];
  hours.forEach((h, i) => {
    const f = `${field}/${i}`;
    if (h.days.length === 0) problems.push(fieldError(`${f}/days`, msg('hours.daysRequired')));
    for (const d of h.days) {
      if (!Number.isInteger(d) || d < 1 || d > 7)
        problems.push(fieldError(`${f}/days`, msg('hours.dayInvalid', { day: d })));
    }
    if (!HHMM.test(h.opens))
      problems.push(fieldError(`${f}/opens`, msg('hours.timeFormat', { example: '08:00' })));
    if (!HHMM.test(h.closes))
      problems.push(fieldError(`${f}/closes`, msg('hours.timeFormat', { example: '16:00' })));
    if (HHMM.test(h.opens) && HHMM.test(h.closes) && h.opens >= h.closes)
      problems.push(
        fieldError(`${f}/closes`, msg('hours.closesBeforeOpens', { closes: h.closes, opens: h.opens })),
      );
  });
  return problems;
}

/** A validity period; `to` null means open-ended. Dates are ISO 'YYYY-MM-DD' strings. */
export interface Period {
  from: string;
  to: string | null;
}

/** Two inclusive periods overlap when each starts before the other ends. */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aEndsAfterBStarts = a.to === null || a.to >= b.from;
  const bEndsAfterAStarts = b.to === null || b.to >= a.from;
  return aEndsAfterBStarts && bEndsAfterAStarts;
}

export function isValidIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Is the contract in force on the given day? */
export function contractInForce(c: Pick<Contract, 'validFrom' | 'validTo' | 'active'>, day: string): boolean {
  return c.active && c.validFrom <= day && (c.validTo === null || c.validTo >= day);
}

/** Euros with at most two decimals ↔ integer cents, without floating-point drift. */
export function eurosToCents(euros: number): number | null {
  const cents = Math.round(euros * 100);
  if (Math.abs(cents - euros * 100) > 1e-6) return null;
  return cents;
}

export function centsToEuros(cents: number): number {
  return cents / 100;
}
