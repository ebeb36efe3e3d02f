/**
 * Errors are values at the edge: a domain error carries an HTTP status, a stable code and,
 * for validation errors, the fields to fix. Each text is a message key with parameters
 * (messages.ts), so the error handler can answer in the caller's language when it maps the
 * error to RFC 9457 Problem Details (application/problem+json). `message` stays English for
 * logs and the CLI.
 */
import {
  type Lang,
  localize,
  type Message,
  type MessageKey,
  msg,
  type ParamArgs,
  type Params,
} from './messages.js';

export interface FieldError {
  /** JSON pointer-ish path of the offending field, e.g. `/steps/2/serviceId`. */
  field: string;
  /** The text in English (logs, CLI); answers carry it in the caller's language. */
  message: string;
  /** The message key, sent to clients as `errors[].code`. */
  code: MessageKey;
  /** Parameters of the message, when it has any. */
  params?: Params;
}

/** A field error from a message key and its parameters. */
export function fieldError<K extends MessageKey>(field: string, key: K, ...params: ParamArgs<K>): FieldError {
  const m = msg(key, ...params);
  return fieldErrorOf(field, m);
}

/** A field error from a message built elsewhere. */
export function fieldErrorOf(field: string, m: Message): FieldError {
  return {
    field,
    message: localize(m.key, m.params, 'en'),
    code: m.key,
    ...(Object.keys(m.params).length ? { params: m.params } : {}),
  };
}

/** A field error as answered: its text in the caller's language and its key as `code`. */
export function localizeFieldError(
  e: FieldError,
  lang: Lang,
): { field: string; message: string; code: string } {
  return { field: e.field, message: localize(e.code, e.params ?? {}, lang), code: e.code };
}

export class DomainError extends Error {
  /** Key of the detail message. */
  readonly key: MessageKey;
  readonly params: Params;

  /**
   * @param detail the explanation as a message (`msg(key, params)`). A plain string is still
   *   accepted for code written before messages had keys, but it is answered in English
   *   whatever the caller asked for: add a key to messages.ts instead.
   */
  constructor(
    readonly status: number,
    readonly code: string,
    detail: Message | string,
    readonly errors: FieldError[] = [],
  ) {
    const m = typeof detail === 'string' ? msg('text.untranslated', { text: detail }) : detail;
    super(localize(m.key, m.params, 'en'));
    this.name = 'DomainError';
    this.key = m.key;
    this.params = m.params;
  }

  /** The detail message, to localize. */
  get detail(): Message {
    return { key: this.key, params: this.params };
  }
}

/** The kinds of record an error can name; each has its own texts (Finnish and Swedish inflect the noun). */
export type Entity =
  | 'producer'
  | 'unit'
  | 'service'
  | 'channel'
  | 'contract'
  | 'package'
  | 'chain'
  | 'client'
  | 'codeSystem';
export type VersionedEntity = Exclude<Entity, 'codeSystem'>;

/** "Producer x does not exist.", as a message (also for a field that refers to a missing record). */
export const doesNotExist = (entity: Entity, id: string): Message => msg(`notFound.${entity}`, { id });

export const notFound = (entity: Entity, id: string) =>
  new DomainError(404, 'not-found', doesNotExist(entity, id));

export const invalid = (errors: FieldError[], detail: Message = msg('request.invalid')) =>
  new DomainError(422, 'validation', detail, errors);

export const conflict = (detail: Message, errors: FieldError[] = []) =>
  new DomainError(409, 'conflict', detail, errors);

export const staleVersion = (entity: VersionedEntity, id: string, expected: number, current: number) =>
  new DomainError(412, 'stale-version', msg(`stale.${entity}`, { id, expected, current }));

export const versionRequired = () => new DomainError(428, 'version-required', msg('version.required'));

/** Collects field errors and throws them together, so a user sees every problem at once. */
export class Problems {
  readonly list: FieldError[] = [];
  add<K extends MessageKey>(field: string, key: K, ...params: ParamArgs<K>): void {
    this.list.push(fieldError(field, key, ...params));
  }
  /** Adds a message built elsewhere, e.g. "Service x does not exist." for a reference. */
  addMessage(field: string, m: Message): void {
    this.list.push(fieldErrorOf(field, m));
  }
  throwIfAny(detail?: Message): void {
    if (this.list.length > 0) throw invalid(this.list, detail);
  }
}
