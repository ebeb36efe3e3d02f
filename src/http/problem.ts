/**
 * Answers as RFC 9457 Problem Details (application/problem+json) in the caller's language
 * (Accept-Language; English by default, named in Content-Language): domain errors, schema
 * validation, the database layer's typed errors, PostgreSQL errors that are the caller's fault,
 * and requests Fastify refused before any route ran. Anything else is a 500 that says nothing of
 * the cause (it is logged without personal data).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  IdempotencyKeyReusedError,
  IdempotencyKeyTooLongError,
  RecordNotFoundError,
  StaleVersionError,
} from '../db/errors.js';
import { DomainError, type FieldError, localizeFieldError } from './errors.js';
import { hasKey, type Lang, localize, type Message, pickLanguage } from './messages.js';
import { HTTP_MESSAGES, msg } from './texts.js';
import { fieldErrors } from './validation.js';

/** The title of a status in a language ("Not Found", "Ei löytynyt", "Hittades inte"). */
function titleOf(status: number, lang: Lang): string {
  const key = `title.${status}`;
  return localize(msg(hasKey(HTTP_MESSAGES, key) ? (key as 'title.400') : 'title.other'), lang);
}

/**
 * Problem Details in a language: the title, the detail and each field error's message are
 * localized, `errors[].code` is the message key.
 */
export function problem(
  lang: Lang,
  status: number,
  code: string,
  detail: Message,
  instance: string,
  requestId: string,
  errors?: FieldError[],
) {
  return {
    type: `https://saumaton.example/problems/${code}`,
    title: titleOf(status, lang),
    status,
    detail: localize(detail, lang),
    instance,
    code,
    requestId,
    ...(errors?.length ? { errors: errors.map((e) => localizeFieldError(e, lang)) } : {}),
  };
}

/** Sends a problem in the language the request asks for, saying which it is (Content-Language). */
export function sendProblem(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail: Message,
  opts: { instance?: string; errors?: FieldError[] } = {},
) {
  const lang = pickLanguage(req.headers['accept-language']);
  return reply
    .code(status)
    .type('application/problem+json')
    .header('content-language', lang)
    .header('vary', 'Accept-Language')
    .send(problem(lang, status, code, detail, opts.instance ?? req.url, req.id, opts.errors));
}

/** PostgreSQL errors that are the caller's fault, mapped to what they must fix. */
function pgProblem(err: {
  code?: string;
  detail?: string;
  constraint?: string;
}): [number, string, Message] | null {
  switch (err.code) {
    case '23505':
      return [409, 'conflict', msg('db.unique')];
    case '23503':
      return [409, 'conflict', msg('db.reference')];
    case '23514':
      return [
        422,
        'validation',
        err.constraint ? msg('db.check', { rule: err.constraint }) : msg('db.checkUnnamed'),
      ];
    case '22P02':
    case '22007':
    case '22008':
    case '22021': // character_not_in_repertoire: a NUL in text
    case '22P05': // untranslatable_character
      return [400, 'bad-value', msg('db.badValue')];
    default:
      return null;
  }
}

/** The database layer's typed errors, when no module answered them in its own words first. */
function dbProblem(err: unknown): DomainError | null {
  if (err instanceof StaleVersionError)
    return new DomainError(
      412,
      'stale-version',
      msg('stale.record', { expected: err.expected, current: err.current }),
    );
  if (err instanceof RecordNotFoundError)
    return new DomainError(404, 'not-found', msg('notFound.record', { id: err.id }));
  if (err instanceof IdempotencyKeyTooLongError)
    return new DomainError(400, 'bad-idempotency-key', msg('idempotency.keyTooLong', { max: err.max }));
  if (err instanceof IdempotencyKeyReusedError)
    return new DomainError(422, 'idempotency-key-reused', msg('idempotency.keyReused'));
  return null;
}

export const noRoute = (req: FastifyRequest) =>
  msg('route.none', { method: req.method, path: req.url.split('?')[0] ?? '' });

export const noApiRoute = (req: FastifyRequest) =>
  msg('route.notInApi', { method: req.method, path: req.url.split('?')[0] ?? '' });

/** What went wrong with a request Fastify refused before any route ran. */
export function requestProblem(code: string | undefined, status: number): Message {
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return msg('request.tooLarge');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return msg('request.mediaType');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return msg('request.emptyBody');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return msg('request.invalidJson');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return msg('request.contentLength');
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_INVALID_URL':
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return msg('request.badUrl');
    default:
      return msg('request.other', { code: code ?? String(status) });
  }
}

/**
 * The router's own refusals (a path that is no URL, a path parameter past 100 characters) as
 * Problem Details like every other answer, not Fastify's plain JSON: Fastify's `frameworkErrors`.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const status = err.statusCode ?? 400;
  void sendProblem(
    req,
    reply,
    status,
    (err.code ?? 'bad-url').toLowerCase(),
    requestProblem(err.code, status),
    {
      instance: (req.url.split('?')[0] ?? '').slice(0, 200),
    },
  );
}

/**
 * Answers every error as Problem Details. `translate` lets the app turn errors of plugins it
 * composes (e.g. CSRF) into domain errors with its modules' texts.
 */
export function installProblemHandler(
  app: FastifyInstance,
  translate: (err: FastifyError) => DomainError | null = () => null,
) {
  app.setErrorHandler((err: FastifyError & { code?: string }, req, reply) => {
    const instance = req.url.split('?')[0] ?? req.url;
    const domain = err instanceof DomainError ? err : (translate(err) ?? dbProblem(err));
    if (domain)
      return sendProblem(req, reply, domain.status, domain.code, domain.detail, {
        instance,
        errors: domain.errors,
      });
    if (err.validation) {
      const errors = fieldErrors(err.validation as never, err.validationContext ?? 'body');
      return sendProblem(req, reply, 400, 'validation', msg('request.schema'), { instance, errors });
    }
    const pg = pgProblem(err as never);
    if (pg) return sendProblem(req, reply, pg[0], pg[1], pg[2], { instance });
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
      return sendProblem(
        req,
        reply,
        err.statusCode,
        (err.code ?? 'bad-request').toLowerCase(),
        requestProblem(err.code, err.statusCode),
        { instance },
      );
    req.log.error({ err: { message: err.message, code: err.code, stack: err.stack } }, 'unexpected error');
    return sendProblem(req, reply, 500, 'internal', msg('request.internal'), { instance });
  });
}
