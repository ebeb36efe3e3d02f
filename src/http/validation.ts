import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { type FieldError, fieldError } from './errors.js';
import { hasKey, type Message, type ParamValue } from './messages.js';
import { HTTP_MESSAGES, msg } from './texts.js';

// Bodies are validated strictly: an unknown field or a wrong type is an error the caller must
// fix, never silently dropped or coerced. Query strings and path parameters arrive as text, so
// they are coerced to the declared types.
const common = { allErrors: true, removeAdditional: false as const, useDefaults: true, strict: false };
const strictAjv = addFormats(new Ajv({ ...common, coerceTypes: false }));
const coercingAjv = addFormats(new Ajv({ ...common, coerceTypes: 'array' }));

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Strings PostgreSQL cannot store as sent: a NUL (text cannot hold it: the insert fails) or a
 * lone surrogate (UTF-8 has no bytes for it: it would be stored as U+FFFD, the text altered).
 */
function unstorableText(value: unknown, path = '', out: ErrorObject[] = []): ErrorObject[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000') || LONE_SURROGATE.test(value))
      out.push({ keyword: 'unstorable', instancePath: path, schemaPath: '#', params: {} });
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) unstorableText(v, `${path}/${i}`, out);
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      unstorableText(v, `${path}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`, out);
  return out;
}

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strictAjv : coercingAjv;
  const check = ajv.compile(schema as object);
  // Refused here, naming the field, rather than a 500 (NUL) or a silently altered text (surrogate).
  const validate = (data: unknown, cxt?: Parameters<typeof check>[1]) => {
    const unstorable = unstorableText(data);
    validate.errors = unstorable.length ? unstorable : null;
    if (unstorable.length) return false;
    const ok = check(data, cxt);
    validate.errors = check.errors ?? null;
    return ok;
  };
  validate.errors = null as ErrorObject[] | null;
  // Fastify passes the parent (so Ajv may coerce a root value) only to functions with schemaEnv.
  validate.schemaEnv = check.schemaEnv;
  return validate as unknown as ReturnType<FastifySchemaCompiler<unknown>>;
};

/** A JSON type by name ("string"), in words of each language where it is one we name. */
function typeName(type: string): ParamValue {
  const key = `jsonType.${type}`;
  return hasKey(HTTP_MESSAGES, key) ? msg(key as 'jsonType.string') : type;
}

/** An allowed value as the caller would write it: codes as they are, anything else as JSON. */
const valueText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

const typesOf = (e: ErrorObject): string[] => {
  const t = (e.params as { type: string | string[] }).type;
  return Array.isArray(t) ? t : String(t).split(',');
};

function typeMessage(types: string[]): Message {
  const [only] = types;
  return types.length === 1 && only !== undefined
    ? msg('schema.type', { type: typeName(only) })
    : msg('schema.types', { types: types.map(typeName) });
}

/** The message for one Ajv error, by keyword. */
function messageOf(e: ErrorObject): Message {
  const p = e.params as Record<string, unknown>;
  const limit = Number(p.limit);
  switch (e.keyword) {
    case 'type':
      return typeMessage(typesOf(e));
    case 'enum':
      return msg('schema.enum', { values: ((p.allowedValues as unknown[]) ?? []).map(valueText) });
    case 'const':
      return msg('schema.const', { value: JSON.stringify(p.allowedValue) });
    case 'minLength':
      return limit === 1 ? msg('schema.notEmpty') : msg('schema.minLength', { limit });
    case 'maxLength':
      return msg('schema.maxLength', { limit });
    case 'pattern':
      return msg('schema.pattern', { pattern: String(p.pattern) });
    case 'format':
      return msg('schema.format', { format: String(p.format) });
    case 'minimum':
      return msg('schema.minimum', { limit });
    case 'maximum':
      return msg('schema.maximum', { limit });
    case 'exclusiveMinimum':
      return msg('schema.exclusiveMinimum', { limit });
    case 'exclusiveMaximum':
      return msg('schema.exclusiveMaximum', { limit });
    case 'multipleOf':
      return msg('schema.multipleOf', { limit: Number(p.multipleOf) });
    case 'minItems':
      return msg('schema.minItems', { limit });
    case 'maxItems':
      return msg('schema.maxItems', { limit });
    case 'uniqueItems':
      return msg('schema.uniqueItems');
    case 'anyOf':
    case 'oneOf':
      return msg('schema.anyOf');
    case 'unstorable':
      return msg('schema.unstorable');
    default:
      return msg('schema.other', { rule: e.keyword });
  }
}

/**
 * Errors of an anyOf (a nullable field, say) are folded into what to fix: a value of the wrong
 * kind gets one message naming every kind allowed ("string or null"), and a value of a right
 * kind that breaks a rule of its branch gets only that rule.
 */
function foldAlternatives(errors: ErrorObject[]): Map<ErrorObject, Message | null> {
  const fold = new Map<ErrorObject, Message | null>();
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') continue;
    const branch = errors.filter((b) => b !== e && b.schemaPath.startsWith(`${e.schemaPath}/`));
    const kinds = branch.filter(
      (b) => b.instancePath === e.instancePath && (b.keyword === 'type' || b.keyword === 'const'),
    );
    if (kinds.length === 0) continue;
    for (const b of kinds) fold.set(b, null);
    if (kinds.length < branch.length) {
      fold.set(e, null);
      continue;
    }
    const values = kinds
      .filter((b) => b.keyword === 'const')
      .map((b) => valueText((b.params as { allowedValue: unknown }).allowedValue));
    const types = kinds.filter((b) => b.keyword === 'type').flatMap(typesOf);
    fold.set(e, values.length ? msg('schema.enum', { values: [...values, ...types] }) : typeMessage(types));
  }
  return fold;
}

/** Turns Ajv's errors into field errors a person can act on, in any of the three languages. */
export function fieldErrors(errors: ErrorObject[], part: string): FieldError[] {
  const folded = foldAlternatives(errors);
  const out: FieldError[] = [];
  for (const e of errors) {
    const base = `${part === 'body' ? '' : `${part}:`}${e.instancePath || '/'}`;
    if (folded.has(e)) {
      const m = folded.get(e);
      if (m) out.push(fieldError(base, m));
      continue;
    }
    switch (e.keyword) {
      case 'additionalProperties': {
        const extra = (e.params as { additionalProperty: string }).additionalProperty;
        out.push(fieldError(`${e.instancePath}/${extra}`, msg('schema.unknownField', { name: extra })));
        break;
      }
      case 'required': {
        const missing = (e.params as { missingProperty: string }).missingProperty;
        out.push(fieldError(`${e.instancePath}/${missing}`, msg('schema.required', { name: missing })));
        break;
      }
      default:
        out.push(fieldError(base, messageOf(e)));
    }
  }
  return out;
}

/** Validates a value against a schema the way request bodies are validated (strict, no coercion). */
export function validateAgainst(schema: object, value: unknown): FieldError[] {
  const check = strictAjv.compile(schema);
  if (check(value)) return [];
  return fieldErrors(check.errors ?? [], 'body');
}
