import { allowedScopes, type UserKind } from '../src/modules/auth/model.js';
import { DEMO_ISSUER, issueToken } from '../src/modules/auth/tokens.js';
import { seedDemo } from '../src/seed/seed.js';
import { createTestApp } from './http.js';

/**
 * A seeded app with a few users of its own: a nurse who registered a client at a first contact,
 * a doctor of another unit, an outsider of a third, a planner and the client.
 */
export async function actorsOn() {
  const { app, tdb, close } = await createTestApp();
  await seedDemo(tdb.db, { seed: 1, region: 'Kanta-Häme' });
  const units = (await tdb.db
    .selectFrom('unit')
    .select(['id', 'producerId'])
    .orderBy('id')
    .limit(3)
    .execute()) as {
    id: string;
    producerId: string;
  }[];
  const tokens: Record<string, string> = {};
  const user = async (
    id: string,
    kind: UserKind,
    row: Record<string, unknown>,
    role: string | null = null,
  ) => {
    await tdb.db
      .insertInto('userAccount')
      .values({
        id,
        kind,
        displayName: `Demo ${id}`,
        registers: '[]',
        issuer: DEMO_ISSUER,
        subject: id,
        organizerRole: role,
        ...row,
      } as never)
      .execute();
    tokens[id] = (await issueToken(tdb.db, id, allowedScopes(kind, role))).accessToken;
  };
  const [a, b, c] = units as [(typeof units)[0], (typeof units)[0], (typeof units)[0]];
  await user('nurse', 'professional', { profession: 'nurse', unitId: a.id, producerId: a.producerId });
  await user('doctor', 'professional', { profession: 'doctor', unitId: b.id, producerId: b.producerId });
  await user('outsider', 'professional', {
    profession: 'physiotherapist',
    unitId: c.id,
    producerId: c.producerId,
  });
  await user('planner', 'organizer', {}, 'planner');
  const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
  const created = await app.inject({
    method: 'POST',
    url: '/api/clients',
    headers: as('nurse'),
    payload: {
      identity: { system: 'pic', value: '131052-308T' },
      familyName: 'Korhonen',
      givenNames: 'Eino',
      phone: null,
      email: null,
      streetAddress: null,
      postalCode: null,
      language: 'fi',
      nonDisclosure: false,
      soteCentre: null,
      dentalClinic: null,
    },
  });
  const clientId = created.json().id as string;
  await user('client', 'client', { clientId });
  return { app, tdb, close, as, clientId };
}
