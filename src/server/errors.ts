/**
 * Errors are values at the edge: a domain error carries an HTTP status, a stable code and,
 * for validation errors, the fields to fix. The error handler maps it once to RFC 9457
 * Problem Details (application/problem+json).
 */
export interface FieldError {
  /** JSON pointer-ish path of the offending field, e.g. `/steps/2/serviceId`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id: string) =>
  new DomainError(404, 'not-found', `${what} ${id} does not exist.`);

export const invalid = (errors: FieldError[], message = 'The request has invalid fields; see errors.') =>
  new DomainError(422, 'validation', message, errors);

export const conflict = (message: string, errors: FieldError[] = []) =>
  new DomainError(409, 'conflict', message, errors);

export const staleVersion = (what: string, id: string, expected: number, current: number) =>
  new DomainError(
    412,
    'stale-version',
    `${what} ${id} has changed: you sent version ${expected} but it is now version ${current}. Reload it and apply your change again.`,
  );

export const versionRequired = () =>
  new DomainError(
    428,
    'version-required',
    'An update must say which version it read: send an If-Match header with the ETag, or "version" in the body.',
  );

/** Collects field errors and throws them together, so a user sees every problem at once. */
export class Problems {
  readonly list: FieldError[] = [];
  add(field: string, message: string): void {
    this.list.push({ field, message });
  }
  throwIfAny(message?: string): void {
    if (this.list.length > 0) throw invalid(this.list, message);
  }
}
