import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldError } from './errors.js';

// Bodies are validated strictly: an unknown field or a wrong type is an error the caller must
// fix, never silently dropped or coerced. Query strings and path parameters arrive as text, so
// they are coerced to the declared types.
const common = { allErrors: true, removeAdditional: false as const, useDefaults: true, strict: false };
const strictAjv = addFormats(new Ajv({ ...common, coerceTypes: false }));
const coercingAjv = addFormats(new Ajv({ ...common, coerceTypes: 'array' }));

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strictAjv : coercingAjv;
  return ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
};

/** Turns Ajv's errors into field errors a person can act on. */
export function fieldErrors(errors: ErrorObject[], part: string): FieldError[] {
  return errors.map((e) => {
    const base = `${part === 'body' ? '' : `${part}:`}${e.instancePath || '/'}`;
    switch (e.keyword) {
      case 'additionalProperties': {
        const extra = (e.params as { additionalProperty: string }).additionalProperty;
        return {
          field: `${e.instancePath}/${extra}`,
          message: `Unknown field "${extra}": remove it (check its spelling against the API documentation at /docs).`,
        };
      }
      case 'required': {
        const missing = (e.params as { missingProperty: string }).missingProperty;
        return { field: `${e.instancePath}/${missing}`, message: `"${missing}" is required.` };
      }
      case 'type':
        return { field: base, message: `Must be of type ${(e.params as { type: string }).type}.` };
      case 'enum':
        return {
          field: base,
          message: `Must be one of: ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}.`,
        };
      default:
        return { field: base, message: `Must ${e.message ?? 'be valid'}.` };
    }
  });
}

/** Validates a value against a schema the way request bodies are validated (strict, no coercion). */
export function validateAgainst(schema: object, value: unknown): FieldError[] {
  const check = strictAjv.compile(schema);
  if (check(value)) return [];
  return fieldErrors(check.errors ?? [], 'body');
}
