/**
 * Secrets every server process must share (cookie signing, CSRF tokens, the built-in identity
 * provider's client secret, the analysts' pseudonym key). An environment variable wins, so a
 * county can keep them in its secret store; otherwise the first process makes one and keeps it
 * in the database, and the others read it.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/connection.js';

export type SecretName = 'cookie' | 'csrf' | 'idp-client' | 'idp-cookie' | 'pseudonym';

export async function serverSecret(db: Db, name: SecretName, fromEnv?: string): Promise<string> {
  if (fromEnv) return fromEnv;
  const found = await db
    .selectFrom('serverSecret')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirst();
  if (found) return found.value;
  await db
    .insertInto('serverSecret')
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  // Another process may have won the race: read what is stored.
  const row = await db
    .selectFrom('serverSecret')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}
