/**
 * Writes the OpenAPI document that the app serves at /docs/json to a file, without a network
 * server: the app is built on an in-memory PGlite database and asked for its document.
 * `npm run lint:api` lints it with redocly (redocly.yaml).
 *
 *   tsx scripts/openapi.ts [out.json]   (default .tmp/openapi.json, a folder git ignores)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildApp } from '../src/app/app.js';
import { openDb } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';

const out = process.argv[2] ?? '.tmp/openapi.json';
const handle = await openDb({});
try {
  await migrateToLatest(handle.db);
  const app = await buildApp({ db: handle.db, logger: false, readCache: false });
  await app.ready();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(app.swagger(), null, 2)}\n`);
  await app.close();
} finally {
  await handle.close();
}
process.stdout.write(`OpenAPI document written to ${out}\n`);
