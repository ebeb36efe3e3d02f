import { resolve } from 'node:path';

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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const demoSeed = Number(env.DEMO_SEED ?? 1);
  if (!Number.isInteger(demoSeed)) throw new Error(`DEMO_SEED must be an integer, got "${env.DEMO_SEED}"`);
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
  };
}
