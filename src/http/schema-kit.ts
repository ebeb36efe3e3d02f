import { type TSchema, Type } from '@sinclair/typebox';

/** Shared building blocks for route schemas. Objects reject unknown fields. */
export const Obj = <T extends Record<string, TSchema>>(props: T, description?: string) =>
  Type.Object(props, { additionalProperties: false, ...(description ? { description } : {}) });

export const Text = (max = 500, min = 0) => Type.String({ minLength: min, maxLength: max });
export const Name = () => Type.String({ minLength: 1, maxLength: 200 });
export const Id = () => Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.:-]+$' });
export const IsoDate = () => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
export const Enum = <T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });

export const Localized = (max = 200, min = 0) =>
  Obj({ fi: Text(max, min), sv: Text(max, min), en: Text(max, min) }, 'Text in Finnish, Swedish and English');

export const OpeningHours = () =>
  Type.Array(
    Obj({
      days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
        maxItems: 7,
        description: '1 = Monday … 7 = Sunday',
      }),
      opens: Type.String({ maxLength: 5, description: 'HH:MM' }),
      closes: Type.String({ maxLength: 5, description: 'HH:MM' }),
    }),
    { maxItems: 21 },
  );

export const Languages = () =>
  Type.Array(Type.String({ maxLength: 3 }), {
    maxItems: 20,
    description: 'ISO 639-1 codes, e.g. fi, sv, en',
  });

/** Bookkeeping fields every versioned record has in responses. */
export const RecordMeta = {
  id: Type.String(),
  version: Type.Integer({ description: 'Send it back (If-Match or "version") when you update the record.' }),
  active: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
};

/** The highest version a record can have: versions are PostgreSQL integers. */
export const MAX_VERSION = 2_147_483_647;

/** The version an update is based on, as the body may carry it. */
export const InputVersion = () => Type.Integer({ minimum: 1, maximum: MAX_VERSION });

/** Optional fields an input may carry: an id (for imports), the active flag and the version read. */
export const InputMeta = {
  id: Type.Optional(Id()),
  active: Type.Optional(Type.Boolean()),
  version: Type.Optional(InputVersion()),
};

/**
 * The largest offset a list accepts. Every number an API takes has a bound in its schema: an
 * unbounded one reaches the database as a value its column or OFFSET cannot hold (a 500).
 */
export const MAX_OFFSET = 1_000_000_000;

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 })),
  active: Type.Optional(Type.Boolean()),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Search text' })),
};

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    code: Type.String(),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          field: Type.String({ description: 'JSON pointer of the field to fix, e.g. /steps/2/serviceId' }),
          message: Type.String({ description: 'What to fix, in the language of Content-Language' }),
          code: Type.String({ description: 'Stable message key, e.g. price.negative' }),
        }),
      ),
    ),
  },
  {
    $id: 'Problem',
    description:
      'RFC 9457 Problem Details. Title, detail and messages are in the language asked for with ' +
      'Accept-Language (fi, sv or en; English by default), named in Content-Language.',
  },
);
