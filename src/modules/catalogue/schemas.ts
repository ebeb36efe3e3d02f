import { Type } from '@sinclair/typebox';
import {
  Enum,
  Id,
  InputMeta,
  IsoDate,
  Languages,
  Localized,
  Name,
  Nullable,
  Obj,
  OpeningHours,
  PageQuery,
  RecordMeta,
  Text,
} from '../../http/schema-kit.js';
import { CHANNEL_KINDS, DELIVERY_UNITS, LEVELS, OBLIGATIONS, PRODUCER_KINDS, SECTORS } from './model.js';

const producerFields = {
  name: Name(),
  kind: Enum(PRODUCER_KINDS),
  businessId: Nullable(Type.String({ maxLength: 20, description: 'Y-tunnus, e.g. 2606155-7' })),
  oid: Nullable(Type.String({ maxLength: 128, description: 'THL SOTE organisation register OID' })),
  description: Type.Optional(Text(2000)),
};
export const ProducerInput = Obj({ ...InputMeta, ...producerFields });
export const Producer = Obj({ ...RecordMeta, ...producerFields, description: Text(2000) });
export const ProducerQuery = Obj({ ...PageQuery, kind: Type.Optional(Enum(PRODUCER_KINDS)) });

const unitFields = {
  producerId: Id(),
  name: Name(),
  streetAddress: Text(200, 1),
  postalCode: Type.String({ pattern: '^\\d{5}$', description: 'Five-digit Finnish postal code' }),
  phone: Nullable(Type.String({ maxLength: 40 })),
  openingHours: OpeningHours(),
  languages: Languages(),
};
export const UnitInput = Obj({
  ...InputMeta,
  ...unitFields,
  municipalityCode: Type.Optional(
    Type.String({ pattern: '^\\d{3}$', description: 'Derived from the postal code when omitted' }),
  ),
});
export const Unit = Obj({ ...RecordMeta, ...unitFields, municipalityCode: Type.String() });
export const UnitQuery = Obj({
  ...PageQuery,
  producerId: Type.Optional(Id()),
  municipalityCode: Type.Optional(Type.String({ pattern: '^\\d{3}$' })),
  language: Type.Optional(Type.String({ maxLength: 3 })),
});

const serviceFields = {
  name: Localized(200, 0),
  sector: Enum(SECTORS),
  level: Enum(LEVELS),
  classification: Nullable(
    Obj({
      system: Type.String({
        maxLength: 100,
        description: 'Code system as urn:oid:…, e.g. urn:oid:1.2.246.537.6.128',
      }),
      code: Type.String({ maxLength: 40 }),
    }),
  ),
  deliveryUnit: Enum(DELIVERY_UNITS),
  unitPrice: Type.Number({ description: 'Euros per delivery unit, at most two decimals' }),
};
export const ServiceInput = Obj({
  ...InputMeta,
  ...serviceFields,
  description: Type.Optional(Localized(2000)),
});
export const Service = Obj({ ...RecordMeta, ...serviceFields, description: Localized(2000) });
export const ServiceQuery = Obj({
  ...PageQuery,
  sector: Type.Optional(Enum(SECTORS)),
  level: Type.Optional(Enum(LEVELS)),
  code: Type.Optional(Type.String({ maxLength: 40 })),
});

const Accessibility = Obj({
  stepFree: Type.Boolean(),
  hearingLoop: Type.Boolean(),
  signLanguage: Type.Boolean(),
  easyRead: Type.Boolean(),
});
const channelFields = {
  serviceId: Id(),
  unitId: Id(),
  kind: Enum(CHANNEL_KINDS),
  accessibility: Accessibility,
  languages: Languages(),
  hours: OpeningHours(),
};
export const ChannelInput = Obj({ ...InputMeta, ...channelFields });
export const Channel = Obj({ ...RecordMeta, ...channelFields });
export const ChannelQuery = Obj({
  limit: PageQuery.limit,
  offset: PageQuery.offset,
  active: PageQuery.active,
  serviceId: Type.Optional(Id()),
  unitId: Type.Optional(Id()),
  kind: Type.Optional(Enum(CHANNEL_KINDS)),
  accessible: Type.Optional(Enum(['stepFree', 'hearingLoop', 'signLanguage', 'easyRead'] as const)),
  q: PageQuery.q,
});

const ContractService = Obj({
  serviceId: Id(),
  unitPrice: Type.Number({ description: 'Euros per delivery unit' }),
  monthlyCapacity: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
  maxResponseDays: Type.Integer({
    minimum: 0,
    maximum: 365,
    description: 'Maximum referral response time in days',
  }),
});
const contractFields = {
  producerId: Id(),
  reference: Text(60, 1),
  validFrom: IsoDate(),
  validTo: Nullable(IsoDate()),
  qualityCriteria: Type.Array(Text(1000, 1), { maxItems: 30 }),
  obligations: Type.Array(Enum(OBLIGATIONS), { maxItems: 10 }),
  services: Type.Array(ContractService, { maxItems: 500 }),
};
export const ContractInput = Obj({ ...InputMeta, ...contractFields });
export const Contract = Obj({ ...RecordMeta, ...contractFields });
export const ContractQuery = Obj({
  ...PageQuery,
  producerId: Type.Optional(Id()),
  serviceId: Type.Optional(Id()),
  validOn: Type.Optional(IsoDate()),
});
