import { Type } from '@sinclair/typebox';
import {
  Enum,
  Id,
  InputMeta,
  Localized,
  Nullable,
  Obj,
  PageQuery,
  RecordMeta,
  Text,
} from '../../http/schema-kit.js';
import { LEVELS, PRODUCER_KINDS } from '../catalogue/model.js';
import { CLIENT_GROUPS, HANDOVERS, INTERFACE_KINDS } from './model.js';

const PackageInterface = Obj({ kind: Enum(INTERFACE_KINDS), name: Localized(200), description: Text(2000) });
const packageFields = {
  name: Localized(200),
  clientGroup: Enum(CLIENT_GROUPS),
  services: Type.Array(Obj({ serviceId: Id(), note: Text(500) }), { maxItems: 200 }),
  interfaces: Type.Array(PackageInterface, { maxItems: 50 }),
};
export const PackageInput = Obj({
  ...InputMeta,
  ...packageFields,
  description: Type.Optional(Localized(4000)),
});
export const Package = Obj({ ...RecordMeta, ...packageFields, description: Localized(4000) });
export const PackageQuery = Obj({
  ...PageQuery,
  clientGroup: Type.Optional(Enum(CLIENT_GROUPS)),
  serviceId: Type.Optional(Id()),
});

const ChainStep = Obj({
  serviceId: Nullable(Id()),
  level: Enum(LEVELS),
  responsibleProducerKind: Enum(PRODUCER_KINDS),
  entryCriteria: Localized(1000),
  handover: Enum(HANDOVERS, 'entry for the first step; referral or consultation after it'),
  targetDays: Nullable(
    Type.Integer({ minimum: 0, maximum: 3650, description: 'Target days from the previous step' }),
  ),
});
const ChainTarget = Obj({
  code: Type.String({ pattern: '^[a-z0-9_]{1,60}$' }),
  name: Localized(200),
  target: Type.Number(),
  unit: Text(20, 1),
});
const chainFields = {
  name: Localized(200),
  clientGroup: Enum(CLIENT_GROUPS),
  packageId: Nullable(Id()),
  targets: Type.Array(ChainTarget, { maxItems: 20 }),
  steps: Type.Array(ChainStep, { maxItems: 50 }),
};
export const ChainInput = Obj({ ...InputMeta, ...chainFields, description: Type.Optional(Localized(4000)) });
export const Chain = Obj({ ...RecordMeta, ...chainFields, description: Localized(4000) });
export const ChainQuery = Obj({
  ...PageQuery,
  clientGroup: Type.Optional(Enum(CLIENT_GROUPS)),
  packageId: Type.Optional(Id()),
  serviceId: Type.Optional(Id()),
});
