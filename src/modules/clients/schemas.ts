import { Type } from '@sinclair/typebox';
import { Enum, Id, InputVersion, IsoDate, Nullable, Obj, Text } from '../../http/schema-kit.js';
import { CLIENT_LANGUAGES } from './model.js';

const Choice = Nullable(Obj({ unitId: Id(), chosenOn: IsoDate() }));

const clientFields = {
  identity: Obj({
    system: Enum(
      ['pic', 'temporary'] as const,
      'pic = henkilötunnus (urn:oid:1.2.246.21); temporary = a temporary identifier',
    ),
    value: Type.String({ minLength: 1, maxLength: 64 }),
  }),
  familyName: Text(100, 1),
  givenNames: Text(200, 1),
  phone: Nullable(Type.String({ maxLength: 40 })),
  email: Nullable(Type.String({ maxLength: 200, format: 'email' })),
  streetAddress: Nullable(Text(200)),
  postalCode: Nullable(Type.String({ pattern: '^\\d{5}$' })),
  language: Enum(CLIENT_LANGUAGES),
  nonDisclosure: Type.Boolean({
    description: 'Non-disclosure for personal safety (turvakielto): the address is never shown',
  }),
  soteCentre: Choice,
  dentalClinic: Choice,
};

export const ClientInput = Obj({
  ...clientFields,
  birthDate: Type.Optional(Nullable(IsoDate())),
  municipalityCode: Type.Optional(Nullable(Type.String({ pattern: '^\\d{3}$' }))),
  version: Type.Optional(InputVersion()),
});

export const Client = Obj({
  id: Type.String(),
  version: Type.Integer(),
  ...clientFields,
  birthDate: Type.String(),
  municipalityCode: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const ClientQuery = Obj({
  identityCode: Type.Optional(Type.String({ maxLength: 11 })),
  familyName: Type.Optional(Type.String({ maxLength: 100 })),
  givenNames: Type.Optional(Type.String({ maxLength: 100 })),
});
