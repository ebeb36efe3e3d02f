/**
 * Slowing down password guessing on every path that checks a password (the built-in provider's
 * sign-in page and POST /api/auth/token). The limit counts tries per client address and user
 * name, and the name is counted exactly as the lookup sees it (`signInName`): a guesser who pads
 * the name with spaces ("demo-nurse ", "\tdemo-nurse") asks about the same account, so is
 * counted against the same limit. The lookup matches the subject exactly (case and all), so
 * the key keeps the case too: "DEMO-NURSE" is another (unknown) account that no guess can open.
 */
import type {
  FastifyRateLimitStoreCtor,
  RateLimitOptions,
  RateLimitPluginOptions,
} from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../http/errors.js';
import { msg } from './messages.js';

/** Longest user name the lookup reads (the token route's schema allows no longer). */
const MAX_NAME = 200;

/** The user name a sign-in looks up: whitespace around it removed, at most 200 characters. */
export function signInName(raw: unknown): string {
  return typeof raw === 'string' ? raw.trim().slice(0, MAX_NAME) : '';
}

/**
 * Options of the rate-limit plugin in a scope of sign-in routes: refusals are Problem Details;
 * attempts count in `store` (shared by every process on PostgreSQL), else in this process.
 */
export const signInLimiter = (store?: FastifyRateLimitStoreCtor): RateLimitPluginOptions => ({
  global: false,
  ...(store ? { store } : {}),
  errorResponseBuilder: () => new DomainError(429, 'too-many', msg('auth.tooMany')),
});

/** A route's rate limit: 10 tries a minute per client address and user name. */
export const signInRateLimit: RateLimitOptions = {
  // after the body is parsed, so that the key holds the user name
  hook: 'preHandler',
  max: 10,
  timeWindow: 60_000,
  keyGenerator: (req: FastifyRequest) =>
    JSON.stringify([req.ip, signInName((req.body as { username?: unknown } | undefined)?.username)]),
};
