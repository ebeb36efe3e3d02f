import type { Localized } from '../../db/schema.js';
import type { ChannelKind, DeliveryUnit, Level, Sector } from '../../modules/catalogue/model.js';

/** A service of the demo catalogue, before it gets an id. */
export interface ServiceDef {
  key: string;
  sector: Sector;
  level: Level;
  /** Code system id ('spat' or 'social-services') and code, or null when no national code fits. */
  code: { system: 'spat' | 'social-services'; code: string } | null;
  deliveryUnit: DeliveryUnit;
  /** Reference price in euros per delivery unit. */
  price: number;
  /** Maximum response time in days written into contracts. */
  responseDays: number;
  /** Plausible channel kinds, the usual one first. */
  channels: ChannelKind[];
  name: Localized;
  description: Localized;
}

type Texts = [fi: string, sv: string, en: string];

const localized = ([fi, sv, en]: Texts): Localized => ({ fi, sv, en });

/** Compact constructor for the tables: SPAT codes start with 'SPAT', TOL 2008 codes are digits. */
export function service(
  key: string,
  sector: Sector,
  level: Level,
  code: string | null,
  price: [number, DeliveryUnit, number],
  channels: ChannelKind[],
  name: Texts,
  description: Texts,
): ServiceDef {
  const [amount, deliveryUnit, responseDays] = price;
  return {
    key,
    sector,
    level,
    code: code === null ? null : { system: code.startsWith('SPAT') ? 'spat' : 'social-services', code },
    deliveryUnit,
    price: amount,
    responseDays,
    channels,
    name: localized(name),
    description: localized(description),
  };
}
