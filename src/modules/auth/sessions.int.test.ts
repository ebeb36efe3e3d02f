import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.js';
import { sessionPrincipal } from './guard.js';
import { ABSOLUTE_HOURS, createSession, findSession, IDLE_MINUTES } from './sessions.js';

let tdb: TestDb;
beforeAll(async () => {
  tdb = await createTestDb();
  await tdb.db
    .insertInto('userAccount')
    .values({
      id: 'u-planner',
      kind: 'organizer',
      displayName: 'Planner',
      organizerRole: 'planner',
      registers: '[]',
      issuer: 'test',
      subject: 'u-planner',
    })
    .execute();
});
afterAll(async () => tdb.close());

describe('web sessions', () => {
  it('a cookie names its session and its user in one read', async () => {
    const { token } = await createSession(tdb.db, 'u-planner', 'test');
    expect(await findSession(tdb.db, token)).toMatchObject({
      userId: 'u-planner',
      issuer: 'test',
      user: { id: 'u-planner', kind: 'organizer', organizerRole: 'planner', registers: [] },
    });
    expect(await sessionPrincipal(tdb.db, token)).toMatchObject({
      actor: { kind: 'organizer', userId: 'u-planner', role: 'planner' },
      via: 'session',
    });
  });

  it('a session of a user deactivated since sign-in lets no one in', async () => {
    const { token } = await createSession(tdb.db, 'u-planner', 'test');
    await tdb.db.updateTable('userAccount').set({ active: false }).where('id', '=', 'u-planner').execute();
    try {
      expect((await findSession(tdb.db, token))?.user).toBeNull();
      expect(await sessionPrincipal(tdb.db, token)).toBeNull();
    } finally {
      await tdb.db.updateTable('userAccount').set({ active: true }).where('id', '=', 'u-planner').execute();
    }
  });

  it('ends after the idle time or the absolute time, and a malformed or unknown cookie is no session', async () => {
    const start = new Date('2026-12-01T08:00:00Z');
    const idle = await createSession(tdb.db, 'u-planner', 'test', start);
    expect(
      await findSession(tdb.db, idle.token, new Date(start.getTime() + (IDLE_MINUTES - 1) * 60_000)),
    ).not.toBeNull();
    // Used a minute before the idle limit: the limit slides from there.
    const late = new Date(start.getTime() + (2 * IDLE_MINUTES - 2) * 60_000);
    expect(await findSession(tdb.db, idle.token, late)).not.toBeNull();
    const absolute = await createSession(tdb.db, 'u-planner', 'test', start);
    expect(
      await findSession(tdb.db, absolute.token, new Date(start.getTime() + ABSOLUTE_HOURS * 3600_000)),
    ).toBeNull();
    // Ended sessions are gone, not just refused.
    expect(await findSession(tdb.db, absolute.token, start)).toBeNull();
    expect(await findSession(tdb.db, 'not a token')).toBeNull();
    expect(await findSession(tdb.db, 'A'.repeat(43))).toBeNull();
  });
});
