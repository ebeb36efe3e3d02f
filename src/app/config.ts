import { resolve } from 'node:path';
import { DEFAULT_RETENTION_YEARS, isRetentionYears } from '../modules/audit/model.js';

/** Configuration from environment variables, with safe defaults (12-factor). */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; absent → embedded PGlite under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  /** Seed the demo county when the database is empty at start. */
  seedDemo: boolean;
  demoSeed: number;
  demoRegion: string;
  webDir: string;
  /** Cache catalogue GET answers in memory, dropped on every catalogue change (READ_CACHE=false to turn off). */
  readCache: boolean;
  /** Years the access log is kept before the daily purge removes it (AUDIT_RETENTION_YEARS, default 12). */
  auditRetentionYears: number;
  /** Sign-in: see SignInConfig. */
  signIn: SignInConfig;
  /** Server processes `serve` starts on one port (WORKERS, default 1; more than one needs PostgreSQL). */
  workers: number;
  /** Connections each server process keeps to PostgreSQL at most (DB_POOL_SIZE, default 10). */
  dbPoolSize: number;
}

/**
 * Sign-in. A county's own OpenID Connect provider (OIDC_ISSUER, OIDC_CLIENT_ID,
 * OIDC_CLIENT_SECRET, OIDC_SCOPE) signs users in to the web app, and its access tokens (audience
 * OIDC_AUDIENCE, keys from OIDC_JWKS_URL or its discovery document) are accepted by the API.
 * Without it the built-in provider at /idp does both (BUILTIN_IDP=true keeps it beside a county's).
 */
export interface SignInConfig {
  /** The address users reach the server at (PUBLIC_URL); unset → each request's own. */
  publicUrl: string | undefined;
  /** Trust X-Forwarded-* from a proxy in front (TRUST_PROXY=true). */
  trustProxy: boolean;
  /** Cookies only over HTTPS (COOKIE_SECURE; default true when PUBLIC_URL is https). */
  secureCookies: boolean;
  builtinIdp: boolean;
  external:
    | {
        issuer: string;
        clientId: string;
        clientSecret: string | undefined;
        scope: string;
        audience: string;
        jwksUrl: string | undefined;
      }
    | undefined;
  /** Secret for signing cookies (COOKIE_SECRET); unset → one kept in the database. */
  cookieSecret: string | undefined;
}

const bool = (name: string, value: string | undefined, fallback: boolean): boolean => {
  if (value === undefined || value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`${name} must be "true" or "false", got "${value}"`);
};

const url = (name: string, value: string | undefined): string | undefined => {
  if (!value) return undefined;
  try {
    const u = new URL(value);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error();
    return value.replace(/\/+$/, '');
  } catch {
    throw new Error(`${name} must be an http(s) URL, got "${value}"`);
  }
};

export function loadSignIn(env: NodeJS.ProcessEnv): SignInConfig {
  const publicUrl = url('PUBLIC_URL', env.PUBLIC_URL);
  const issuer = url('OIDC_ISSUER', env.OIDC_ISSUER);
  if (issuer && !env.OIDC_CLIENT_ID) throw new Error('OIDC_ISSUER is set: OIDC_CLIENT_ID must be set too');
  return {
    publicUrl,
    trustProxy: bool('TRUST_PROXY', env.TRUST_PROXY, false),
    secureCookies: bool('COOKIE_SECURE', env.COOKIE_SECURE, publicUrl?.startsWith('https:') ?? false),
    builtinIdp: bool('BUILTIN_IDP', env.BUILTIN_IDP, !issuer),
    external: issuer
      ? {
          issuer,
          clientId: env.OIDC_CLIENT_ID as string,
          clientSecret: env.OIDC_CLIENT_SECRET || undefined,
          scope: env.OIDC_SCOPE || 'openid profile',
          audience: env.OIDC_AUDIENCE || 'saumaton-api',
          jwksUrl: url('OIDC_JWKS_URL', env.OIDC_JWKS_URL),
        }
      : undefined,
    cookieSecret: env.COOKIE_SECRET || undefined,
  };
}

export const MAX_WORKERS = 64;

/** A number of server processes, from WORKERS or `serve --workers`. */
export function parseWorkers(name: string, value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > MAX_WORKERS)
    throw new Error(`${name} must be a whole number of processes from 1 to ${MAX_WORKERS}, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const demoSeed = Number(env.DEMO_SEED ?? 1);
  if (!Number.isInteger(demoSeed)) throw new Error(`DEMO_SEED must be an integer, got "${env.DEMO_SEED}"`);
  const retention = env.AUDIT_RETENTION_YEARS ?? String(DEFAULT_RETENTION_YEARS);
  if (!/^\d+$/.test(retention.trim()) || !isRetentionYears(Number(retention)))
    throw new Error(
      `AUDIT_RETENTION_YEARS must be a whole number of years from 1 to 1000 (default ${DEFAULT_RETENTION_YEARS}), got "${env.AUDIT_RETENTION_YEARS}"`,
    );
  const dbPoolSize = Number(env.DB_POOL_SIZE || 10);
  if (!Number.isInteger(dbPoolSize) || dbPoolSize < 2 || dbPoolSize > 100)
    throw new Error(`DB_POOL_SIZE must be a whole number from 2 to 100, got "${env.DB_POOL_SIZE}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemo: (env.SEED_DEMO ?? 'true') !== 'false',
    demoSeed,
    demoRegion: env.DEMO_REGION ?? 'Kanta-Häme',
    webDir: resolve(env.WEB_DIR ?? './dist/web'),
    readCache: (env.READ_CACHE ?? 'true') !== 'false',
    auditRetentionYears: Number(retention),
    signIn: loadSignIn(env),
    workers: parseWorkers('WORKERS', env.WORKERS),
    dbPoolSize,
  };
}
