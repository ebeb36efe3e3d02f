/**
 * Bearer tokens: short-lived signed JWTs (ES256). The built-in identity provider signs them
 * with a key kept in the database, so every server process accepts every other's tokens.
 * A county's own identity provider is configured by issuer and JWKS URL instead (OIDC_*).
 */
import { randomUUID } from 'node:crypto';
import {
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
} from 'jose';
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { inTx } from '../../db/tx.js';
import { DomainError } from '../../http/errors.js';
import { msg } from './messages.js';
import { parseScopes, type Scope } from './model.js';

export const DEMO_ISSUER = 'urn:saumaton:demo-idp';
export const API_AUDIENCE = 'saumaton-api';
const ALG = 'ES256';

/**
 * How long a token of the built-in provider lives (POST /api/auth/token, `saumaton token`). The
 * verifier accepts none of its tokens that lives longer (exp − iat), so a token signed with the
 * server's key but made to last ten years is refused.
 */
export const TOKEN_SECONDS = 900;
/**
 * The longest lifetime (exp − iat) accepted of an access token from the county's own provider.
 * Providers issue access tokens for minutes to an hour (Keycloak's default is 5 minutes, Azure's
 * about an hour); a day leaves room for any sane setting and refuses a token made to last years.
 */
export const EXTERNAL_TOKEN_MAX_SECONDS = 24 * 3600;
/** How far ahead of this server's clock a token's issue time (iat) may be: clocks drift a little. */
export const CLOCK_SKEW_SECONDS = 60;

export interface TokenConfig {
  /** Audience every token must name. */
  audience: string;
  /** An external OpenID Connect provider whose tokens are also accepted. */
  external?: { issuer: string; jwksUrl?: string | undefined; audience: string } | undefined;
}

export interface VerifiedToken {
  issuer: string;
  subject: string;
  scopes: Scope[];
  /** Seconds since the epoch. */
  expiresAt: number;
}

export const unauthorized = (reason: 'missing' | 'expired' | 'invalid' | 'audience') =>
  new DomainError(401, `token-${reason}`, msg(`auth.token.${reason}`));

/**
 * A token whose times this server does not accept, though its signature is good: issued in the
 * future (beyond the clock skew), or living longer than its issuer's tokens may (`maxSeconds`).
 * Without an issue time its lifetime cannot be told: invalid.
 */
function checkTimes(payload: JWTPayload, maxSeconds: number, now = Math.floor(Date.now() / 1000)) {
  const { iat, exp } = payload;
  if (typeof iat !== 'number' || typeof exp !== 'number') throw unauthorized('invalid');
  if (iat > now + CLOCK_SKEW_SECONDS)
    throw new DomainError(
      401,
      'token-issued-in-future',
      msg('auth.token.issuedInFuture', { skew: CLOCK_SKEW_SECONDS }),
    );
  if (exp - iat > maxSeconds)
    throw new DomainError(401, 'token-lifetime', msg('auth.token.lifetime', { minutes: maxSeconds / 60 }));
}

/** Serialises making the first signing key: processes starting together agree on one. */
const KEY_LOCK = 0x5a4b01;

const newestKey = (db: Db) =>
  db.selectFrom('authSigningKey').selectAll().orderBy('createdAt', 'desc').limit(1).executeTakeFirst();

async function signingKey(db: Db) {
  let row = await newestKey(db);
  if (!row) {
    const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
    const kid = randomUUID();
    const privateJwk = JSON.stringify(await exportJWK(privateKey));
    const publicJwk = JSON.stringify({ ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' });
    row = await inTx(db, async (trx) => {
      await sql`select pg_advisory_xact_lock(${KEY_LOCK})`.execute(trx);
      // Another process may have made the key while this one waited: then that one is used.
      const made = await newestKey(trx);
      if (made) return made;
      await trx.insertInto('authSigningKey').values({ kid, alg: ALG, privateJwk, publicJwk }).execute();
      return (await newestKey(trx)) as NonNullable<typeof made>;
    });
  }
  return { kid: row.kid, key: await importJWK(row.privateJwk as JWK, ALG), publicJwk: row.publicJwk };
}

/** The current private signing key, as a JWK (the built-in identity provider signs ID tokens with it). */
export async function signingJwk(db: Db): Promise<Record<string, unknown>> {
  const { kid } = await signingKey(db);
  const row = await db
    .selectFrom('authSigningKey')
    .select('privateJwk')
    .where('kid', '=', kid)
    .executeTakeFirstOrThrow();
  return { ...row.privateJwk, kid, alg: ALG, use: 'sig' };
}

/** The public keys, as a JWKS document (served at /.well-known/jwks.json). */
export async function publicJwks(db: Db): Promise<{ keys: Record<string, unknown>[] }> {
  await signingKey(db);
  const rows = await db.selectFrom('authSigningKey').select('publicJwk').execute();
  return { keys: rows.map((r) => r.publicJwk) };
}

export async function issueToken(
  db: Db,
  subject: string,
  scopes: Scope[],
  opts: { audience?: string; ttlSeconds?: number } = {},
): Promise<{ accessToken: string; expiresIn: number }> {
  const { kid, key } = await signingKey(db);
  const ttl = opts.ttlSeconds ?? TOKEN_SECONDS;
  if (ttl > TOKEN_SECONDS) throw new RangeError(`a token lives at most ${TOKEN_SECONDS} seconds, not ${ttl}`);
  const accessToken = await new SignJWT({ scope: scopes.join(' ') })
    .setProtectedHeader({ alg: ALG, kid })
    .setIssuer(DEMO_ISSUER)
    .setSubject(subject)
    .setAudience(opts.audience ?? API_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttl)
    .setJti(randomUUID())
    .sign(key);
  return { accessToken, expiresIn: ttl };
}

export function createVerifier(db: Db, config: TokenConfig) {
  // The county's keys: from OIDC_JWKS_URL, or from its discovery document (looked up once).
  let remote: ReturnType<typeof createRemoteJWKSet> | null = null;
  const remoteKeys = async (external: NonNullable<TokenConfig['external']>) => {
    if (remote) return remote;
    let jwksUrl = external.jwksUrl;
    if (!jwksUrl) {
      const res = await fetch(`${external.issuer}/.well-known/openid-configuration`);
      if (!res.ok) throw unauthorized('invalid');
      jwksUrl = String(((await res.json()) as { jwks_uri?: string }).jwks_uri ?? '');
    }
    remote = createRemoteJWKSet(new URL(jwksUrl));
    return remote;
  };
  // A key never changes once made (a new key gets a new kid), so imported keys are kept; an
  // unknown kid is looked up in the database, which other processes may have added it to.
  const keys = new Map<string, Awaited<ReturnType<typeof importJWK>>>();
  const localKeys = async (header: { kid?: string | undefined }) => {
    const kid = header.kid ?? '';
    const known = keys.get(kid);
    if (known) return known;
    const row = await db
      .selectFrom('authSigningKey')
      .select(['kid', 'publicJwk'])
      .where('kid', '=', kid)
      .executeTakeFirst();
    if (!row) throw unauthorized('invalid');
    const key = await importJWK(row.publicJwk as JWK, ALG);
    keys.set(kid, key);
    return key;
  };
  return async function verify(token: string): Promise<VerifiedToken> {
    let payload: JWTPayload;
    let maxSeconds = TOKEN_SECONDS;
    try {
      const unverifiedIssuer = JSON.parse(
        Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
      ).iss;
      if (config.external && unverifiedIssuer === config.external.issuer) {
        maxSeconds = EXTERNAL_TOKEN_MAX_SECONDS;
        ({ payload } = await jwtVerify(token, await remoteKeys(config.external), {
          issuer: config.external.issuer,
          audience: config.external.audience,
        }));
      } else {
        ({ payload } = await jwtVerify(token, localKeys, {
          issuer: DEMO_ISSUER,
          audience: config.audience,
          algorithms: [ALG],
        }));
      }
    } catch (e) {
      if (e instanceof DomainError) throw e;
      if (e instanceof joseErrors.JWTExpired) throw unauthorized('expired');
      if (e instanceof joseErrors.JWTClaimValidationFailed && e.claim === 'aud')
        throw unauthorized('audience');
      throw unauthorized('invalid');
    }
    if (!payload.sub || !payload.iss) throw unauthorized('invalid');
    checkTimes(payload, maxSeconds);
    return {
      issuer: payload.iss,
      subject: payload.sub,
      scopes: parseScopes(payload.scope),
      expiresAt: payload.exp ?? Math.floor(Date.now() / 1000),
    };
  };
}
