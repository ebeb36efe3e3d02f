import type { Config } from '../app/config.js';
import { type Running, startServer } from '../app/start.js';
import { seedDemoIfEmpty } from '../seed/seed.js';

/**
 * What `saumaton serve` (and so `npm start`) runs: the server, with the demo county loaded into
 * an empty database first when the configuration asks for it (SEED_DEMO, default true).
 */
export function serve(config: Config): Promise<Running> {
  return startServer(config, {
    prepare: config.seedDemo
      ? (db) =>
          seedDemoIfEmpty(db, { seed: config.demoSeed, region: config.demoRegion }).then(() => undefined)
      : undefined,
  });
}
