/**
 * JSON request bodies, parsed by Fastify's own parser (so its answers stay: an empty body, JSON
 * that does not parse, `__proto__` and `constructor.prototype` keys, a body over the limit or
 * not the size its Content-Length says) after one more check: how deep the body nests. No body
 * of this API nests more than a few levels, but 100 000 nested `[` parse in a blink and then
 * overflow the stack of whatever walks the value (schema validation, the database driver): a
 * 500. The nesting is counted on the raw text, outside strings, before anything parses it.
 */
import type { FastifyInstance } from 'fastify';
import { DomainError } from './errors.js';
import { msg } from './texts.js';

/** How deep a body may nest: arrays and objects, the outermost one included. */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/** Whether JSON text opens more than `max` arrays or objects inside one another (text in strings not counted). */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > max) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth--;
  }
  return false;
}

/** Replaces the app's application/json parser with Fastify's own behind the nesting check. */
export function installJsonBodyParser(app: FastifyInstance, maxDepth = MAX_JSON_DEPTH) {
  const { onProtoPoisoning = 'error', onConstructorPoisoning = 'error' } = app.initialConfig;
  const parse = app.getDefaultJsonParser(onProtoPoisoning, onConstructorPoisoning);
  app.removeContentTypeParser('application/json');
  // parseAs 'string' and no bodyLimit of its own: the same reading of the body (and the same
  // limits) as Fastify's default parser, which is also a string parser with the app's bodyLimit.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, raw, done) => {
    const body = raw as string;
    if (nestsDeeperThan(body, maxDepth)) {
      done(new DomainError(400, 'json-too-deep', msg('request.tooDeep', { max: maxDepth })), undefined);
      return;
    }
    parse(req, body, done);
  });
}
