/**
 * The database layer's own errors: typed, with the facts and no texts. The HTTP kit answers them
 * (src/http/problem.ts); a module may translate them first into its own words (e.g. "Producer x
 * has changed"), see `versionAnswers` in src/http/errors.ts.
 */

/** A versioned record that does not exist. */
export class RecordNotFoundError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`${table} ${id} does not exist`);
    this.name = 'RecordNotFoundError';
  }
}

/** An update based on a version that is no longer the record's current one. */
export class StaleVersionError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
    readonly expected: number,
    readonly current: number,
  ) {
    super(`${table} ${id}: expected version ${expected}, current ${current}`);
    this.name = 'StaleVersionError';
  }
}

/** An Idempotency-Key longer than the database keeps. */
export class IdempotencyKeyTooLongError extends Error {
  constructor(readonly max: number) {
    super(`Idempotency-Key is longer than ${max} characters`);
    this.name = 'IdempotencyKeyTooLongError';
  }
}

/** An Idempotency-Key used again on a route with a request body other than the first one's. */
export class IdempotencyKeyReusedError extends Error {
  constructor(readonly route: string) {
    super(`Idempotency-Key was first used on ${route} with another request body`);
    this.name = 'IdempotencyKeyReusedError';
  }
}
