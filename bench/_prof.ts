// one-off: profile the PGlite read path
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openDb } from '/work/main/src/db/connection.js';
import { migrateToLatest } from '/work/main/src/db/migrate.js';
import { issueToken } from '/work/main/src/modules/auth/tokens.js';
import { seedDemo } from '/work/main/src/seed/seed.js';
const root='/work/main';
const env: Record<string,string> = process.env.PG ? { DATABASE_URL: process.env.PG } : { DATA_DIR: join(mkdtempSync(join(tmpdir(),'prof-')),'data') };
const h = await openDb(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.DATA_DIR });
await migrateToLatest(h.db);
await seedDemo(h.db, { seed: 1, region: 'Kanta-Häme' });
const { accessToken } = await issueToken(h.db, 'demo-nurse', ['client.read']);
const rel = await h.db.selectFrom('careRelationship').select('clientId').where('userId','=','demo-nurse').executeTakeFirstOrThrow();
await h.close();
const child = spawn(process.execPath, ['--cpu-prof','--cpu-prof-dir=/tmp/prof/out','--import','tsx',join(root,'src/cli/main.ts'),'serve'], { cwd: root, env: { ...process.env, ...env, PORT: '18099', HOST: '127.0.0.1', LOG_LEVEL: 'warn' }, stdio: ['ignore','ignore','inherit'] });
const base='http://127.0.0.1:18099';
for (let i=0;i<600;i++){ if ((await fetch(`${base}/readyz`).catch(()=>null))?.ok) break; await new Promise(r=>setTimeout(r,100)); }
const headers = { authorization: `Bearer ${accessToken}` };
const r = await autocannon({ url: `${base}/api/clients/${rel.clientId}`, connections: 50, duration: 10, headers });
console.log('req/s', r.requests.average, 'p97.5', r.latency.p97_5);
const done = new Promise(r=>child.once('exit',r)); child.kill('SIGINT'); await done;
