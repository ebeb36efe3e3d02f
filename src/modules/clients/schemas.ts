import { Type } from '@sinclair/typebox';
import { Enum, Id, InputVersion, IsoDate, Nullable, Obj, Text } from '../../http/schema-kit.js';
import { CLIENT_LANGUAGES, FIRST_CONTACT_REASONS } from './model.js';

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

const inputFields = {
  ...clientFields,
  birthDate: Type.Optional(Nullable(IsoDate())),
  municipalityCode: Type.Optional(Nullable(Type.String({ pattern: '^\\d{3}$' }))),
  version: Type.Optional(InputVersion()),
};

export const ClientInput = Obj(inputFields);

/** A registration at a first contact: the client's data, and why they are at the unit. */
export const RegisterInput = Obj({
  ...inputFields,
  firstContact: Type.Optional(
    Obj(
      {
        reasonCode: Enum(FIRST_CONTACT_REASONS),
        reasonText: Text(1000, 10),
      },
      'Why the client is at your unit. Required when the client is already registered: the contact ' +
        "opens their existing data to your unit, and the organizer's administrator reviews it.",
    ),
  ),
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
