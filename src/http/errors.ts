/**
 * Errors are values at the edge: a domain error carries an HTTP status, a stable code and,
 * for validation errors, the fields to fix. Each text is a message (messages.ts) that carries
 * its texts, so the error handler (problem.ts) can answer in the caller's language when it maps
 * the error to RFC 9457 Problem Details (application/problem+json). `message` stays English for
 * logs and the CLI.
 */
import { RecordNotFoundError, StaleVersionError } from '../db/errors.js';
import { type Lang, localize, type Message } from './messages.js';
import { MAX_VERSION } from './schema-kit.js';
import { msg } from './texts.js';

export interface FieldError {
  /** JSON pointer-ish path of the offending field, e.g. `/steps/2/serviceId`. */
  field: string;
  /** The text in English (logs, CLI); answers carry it in the caller's language. */
  message: string;
  /** The message key, sent to clients as `errors[].code`. */
  code: string;
  /** The message itself, to answer in the caller's language. */
  detail: Message;
}

/** A field error from a message. */
export function fieldError(field: string, m: Message): FieldError {
  return { field, message: localize(m, 'en'), code: m.key, detail: m };
}

/** A field error as answered: its text in the caller's language and its key as `code`. */
export function localizeFieldError(
  e: FieldError,
  lang: Lang,
): { field: string; message: string; code: string } {
  return { field: e.field, message: localize(e.detail, lang), code: e.code };
}

export class DomainError extends Error {
  /** The explanation, to localize. */
  readonly detail: Message;

  /**
   * @param detail the explanation as a message (`msg(key, params)` of the module). A plain string
   *   is still accepted for code written before messages had keys, but it is answered in English
   *   whatever the caller asked for: add a key to the module's messages.ts instead.
   */
  constructor(
    readonly status: number,
    readonly code: string,
    detail: Message | string,
    readonly errors: FieldError[] = [],
  ) {
    const m = typeof detail === 'string' ? msg('text.untranslated', { text: detail }) : detail;
    super(localize(m, 'en'));
    this.name = 'DomainError';
    this.detail = m;
  }

  /** Key of the detail message. */
  get key(): string {
    return this.detail.key;
  }
}

export const invalid = (errors: FieldError[], detail: Message = msg('request.invalid')) =>
  new DomainError(422, 'validation', detail, errors);

export const conflict = (detail: Message, errors: FieldError[] = []) =>
  new DomainError(409, 'conflict', detail, errors);

export const notFoundError = (detail: Message) => new DomainError(404, 'not-found', detail);

export const staleVersionError = (detail: Message) => new DomainError(412, 'stale-version', detail);

export const versionRequired = () => new DomainError(428, 'version-required', msg('version.required'));

/** An If-Match header that names no version a record can have. */
export const badIfMatch = () => {
  const m = msg('version.ifMatch', { max: MAX_VERSION });
  return new DomainError(400, 'bad-if-match', m, [fieldError('headers:/if-match', m)]);
};

/**
 * Answers the database layer's version errors in a module's own words, e.g.
 * `bumpVersion(…).catch(versionAnswers({ notFound: …, stale: … }))`.
 */
export function versionAnswers(texts: {
  notFound: (id: string) => Message;
  stale: (id: string, expected: number, current: number) => Message;
}) {
  return (e: unknown): never => {
    if (e instanceof StaleVersionError) throw staleVersionError(texts.stale(e.id, e.expected, e.current));
    if (e instanceof RecordNotFoundError) throw notFoundError(texts.notFound(e.id));
    throw e;
  };
}

/** Collects field errors and throws them together, so a user sees every problem at once. */
export class Problems {
  readonly list: FieldError[] = [];
  /** Adds what is wrong with a field, e.g. `p.add('/price', msg('price.negative'))`. */
  add(field: string, m: Message): void {
    this.list.push(fieldError(field, m));
  }
  throwIfAny(detail?: Message): void {
    if (this.list.length > 0) throw invalid(this.list, detail);
  }
}
