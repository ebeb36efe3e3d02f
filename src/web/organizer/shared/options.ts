/** Select options for the domain's enumerations and referenced records, in the UI language. */
import type { TFunction } from 'i18next';
import { localized } from '../../format.js';
import type { UiLanguage } from '../../i18n/index.js';
import {
  CHANNEL_KINDS,
  CLIENT_GROUPS,
  DELIVERY_UNITS,
  HANDOVERS,
  INTERFACE_KINDS,
  LEVELS,
  PRODUCER_KINDS,
  type Producer,
  SECTORS,
  type Service,
  type Unit,
} from '../../types.js';
import type { Option } from '../../ui/fields.js';

export const enumOptions = (t: TFunction) => ({
  producerKind: PRODUCER_KINDS.map((v) => ({ value: v, label: t(`producerKind.${v}`) })),
  sector: SECTORS.map((v) => ({ value: v, label: t(`sector.${v}`) })),
  level: LEVELS.map((v) => ({ value: v, label: t(`level.${v}`) })),
  channelKind: CHANNEL_KINDS.map((v) => ({ value: v, label: t(`channelKind.${v}`) })),
  deliveryUnit: DELIVERY_UNITS.map((v) => ({ value: v, label: t(`deliveryUnit.${v}`) })),
  clientGroup: CLIENT_GROUPS.map((v) => ({ value: v, label: t(`clientGroup.${v}`) })),
  handover: HANDOVERS.filter((v) => v !== 'entry').map((v) => ({ value: v, label: t(`handover.${v}`) })),
  interfaceKind: INTERFACE_KINDS.map((v) => ({ value: v, label: t(`interfaceKind.${v}`) })),
});

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

export function producerOptions(items: Producer[]): Option[] {
  return items.map((p) => ({ value: p.id, label: p.name })).sort(byLabel);
}

export function unitOptions(items: Unit[]): Option[] {
  return items.map((u) => ({ value: u.id, label: `${u.name}, ${u.streetAddress}` })).sort(byLabel);
}

export function serviceOptions(items: Service[], lang: UiLanguage): Option[] {
  return items.map((s) => ({ value: s.id, label: localized(s.name, lang) })).sort(byLabel);
}

/** Common languages offered as checkboxes; a record may hold others, which stay listed. */
export const COMMON_LANGUAGES = ['fi', 'sv', 'en', 'se', 'ru', 'et', 'uk', 'ar', 'so'] as const;

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
