import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../test/db.js';
import { principalFor } from '../modules/auth/guard.js';
import { DEMO_ISSUER } from '../modules/auth/tokens.js';
import { checkIdentityCode } from '../modules/clients/model.js';
import { readClient } from '../modules/clients/service.js';
import { DEMO_USERS } from './people.js';
import { seedDemo } from './seed.js';

let tdb: TestDb;
beforeAll(async () => {
  tdb = await createTestDb({ demo: true });
});
afterAll(async () => tdb.close());

const ctx = { purpose: 'care', channel: 'rest' as const, requestId: null };
const actorOf = async (subject: string) =>
  (await principalFor(tdb.db, { issuer: DEMO_ISSUER, subject, scopes: [], expiresAt: 0 })).actor;

describe('the demo people', () => {
  it('has a documented user of every role, each resolving to who they are', async () => {
    for (const u of DEMO_USERS) {
      const actor = await actorOf(u.subject);
      const role =
        actor.kind === 'professional' ? actor.profession : actor.kind === 'organizer' ? actor.role : 'client';
      expect(role, u.subject).toBe(u.role);
    }
  });

  it('has synthetic clients whose identity codes are valid and in the range never given to real people', async () => {
    const clients = await tdb.db.selectFrom('client').select(['identityValue', 'birthDate']).execute();
    expect(clients.length).toBeGreaterThanOrEqual(30);
    for (const c of clients) {
      const check = checkIdentityCode(c.identityValue);
      expect(check).toMatchObject({ ok: true, temporaryRange: true, birthDate: c.birthDate });
    }
  });

  it('opens a client to the demo nurse’s care team and to the client, not to the demo physiotherapist', async () => {
    const client = await actorOf('demo-client');
    if (client.kind !== 'client') throw new Error('demo-client is not a client');
    const own = await readClient(tdb.db, client, client.clientId, ctx);
    expect((await readClient(tdb.db, await actorOf('demo-nurse'), client.clientId, ctx)).id).toBe(own.id);
    expect((await readClient(tdb.db, await actorOf('demo-social-worker'), client.clientId, ctx)).id).toBe(
      own.id,
    );
    await expect(
      readClient(tdb.db, await actorOf('demo-physiotherapist'), client.clientId, ctx),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('is the same for the same seed', async () => {
    const other = await createTestDb();
    try {
      await seedDemo(other.db, { seed: 1, region: 'Kanta-Häme' });
      const ids = async (db: TestDb['db']) =>
        (await db.selectFrom('client').select(['id', 'identityValue']).orderBy('id').execute()).map(
          (c) => `${c.id} ${c.identityValue}`,
        );
      expect(await ids(other.db)).toEqual(await ids(tdb.db));
    } finally {
      await other.close();
    }
  });
});
