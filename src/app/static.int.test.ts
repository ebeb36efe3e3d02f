import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../test/db.js';
import { buildApp } from './app.js';

let app: FastifyInstance;
let tdb: TestDb;
const web = mkdtempSync(join(tmpdir(), 'saumaton-web-'));

beforeAll(async () => {
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Saumaton</title>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(web, 'assets', 'react-DjR28Oxf.js'), 'console.log(3)');
  tdb = await createTestDb();
  app = await buildApp({ db: tdb.db, webDir: web });
});
afterAll(async () => {
  await app.close();
  await tdb.close();
  rmSync(web, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('serves the app, its assets, and index.html for app paths so a reload works', async () => {
    expect((await app.inject('/')).body).toContain('<title>Saumaton</title>');
    const js = await app.inject('/assets/app.js');
    expect(js.headers['content-type']).toContain('javascript');
    const deep = await app.inject('/services/123?lang=sv');
    expect(deep.statusCode).toBe(200);
    expect(deep.headers['content-type']).toContain('text/html');
  });

  it('lets the browser keep hashed assets for good, and check the page and unhashed files each time', async () => {
    expect((await app.inject('/assets/react-DjR28Oxf.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await app.inject('/')).headers['cache-control']).toBe('public, max-age=0');
    expect((await app.inject('/assets/app.js')).headers['cache-control']).toBe('public, max-age=0');
    expect((await app.inject('/me/consents')).headers['cache-control']).not.toContain('immutable');
  });

  it('serves files added after start (a rebuilt app) and 404s a missing asset', async () => {
    writeFileSync(join(web, 'assets', 'later.js'), 'console.log(2)');
    expect((await app.inject('/assets/later.js')).statusCode).toBe(200);
    const missing = await app.inject('/assets/gone.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
  });

  it('keeps API errors as Problem Details', async () => {
    const res = await app.inject('/api/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('no-route');
    expect((await app.inject({ method: 'POST', url: '/somewhere', payload: {} })).statusCode).toBe(404);
  });

  it('sends the same security headers on the page, the API, errors and /healthz', async () => {
    const expected = {
      'content-security-policy':
        "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline'",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'SAMEORIGIN',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    };
    for (const url of ['/', '/assets/app.js', '/api/producers', '/api/nothing-here', '/healthz']) {
      const res = await app.inject(url);
      expect(res.headers, url).toMatchObject(expected);
      expect(res.headers['x-powered-by'], url).toBeUndefined();
    }
  });
});
