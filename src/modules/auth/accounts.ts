/**
 * User accounts of the built-in identity provider: who may sign in with a password at /idp, and
 * what they are (professional, organizer, client). The administrator's way to add or change them,
 * and the demo county's seed uses the same (src/seed/people.ts). A county that signs in through
 * its own provider keeps its accounts there; these are for demo, training and tests.
 */
import type { Db } from '../../db/connection.js';
import type { Localized, SignInHint } from '../../db/schema.js';
import { inTx } from '../../db/tx.js';
import { hashPassword } from './passwords.js';
import { DEMO_ISSUER } from './tokens.js';

export interface AccountInput {
  /** The user's id, also the name they sign in with. */
  subject: string;
  kind: 'professional' | 'organizer' | 'client';
  displayName: string;
  password: string;
  profession?: string;
  producerId?: string;
  unitId?: string;
  organizerRole?: 'planner' | 'analyst' | 'administrator';
  clientId?: string;
  /** For a training account: shown on the sign-in page with its password. */
  signInHint?: { description: Localized };
}

/** Creates the accounts, or brings existing ones (same subject) up to date, in one transaction. */
export async function saveAccounts(db: Db, accounts: AccountInput[]): Promise<void> {
  const rows = await Promise.all(
    accounts.map(async (a) => {
      const hint: SignInHint | null = a.signInHint
        ? { description: a.signInHint.description, password: a.password }
        : null;
      return {
        id: a.subject,
        subject: a.subject,
        issuer: DEMO_ISSUER,
        kind: a.kind,
        displayName: a.displayName,
        profession: a.profession ?? null,
        producerId: a.producerId ?? null,
        unitId: a.unitId ?? null,
        organizerRole: a.organizerRole ?? null,
        clientId: a.clientId ?? null,
        registers: '[]',
        active: true,
        passwordHash: await hashPassword(a.password),
        signInHint: hint ? JSON.stringify(hint) : null,
      };
    }),
  );
  if (rows.length === 0) return;
  await inTx(db, async (trx) => {
    for (const row of rows)
      await trx
        .insertInto('userAccount')
        .values(row)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            kind: eb.ref('excluded.kind'),
            displayName: eb.ref('excluded.displayName'),
            profession: eb.ref('excluded.profession'),
            producerId: eb.ref('excluded.producerId'),
            unitId: eb.ref('excluded.unitId'),
            organizerRole: eb.ref('excluded.organizerRole'),
            clientId: eb.ref('excluded.clientId'),
            passwordHash: eb.ref('excluded.passwordHash'),
            signInHint: eb.ref('excluded.signInHint'),
            active: true,
          })),
        )
        .execute();
  });
}

/** The training accounts the sign-in page lists, in the order of their subjects. */
export async function trainingAccounts(db: Db): Promise<{ subject: string; hint: SignInHint }[]> {
  const rows = await db
    .selectFrom('userAccount')
    .select(['subject', 'signInHint'])
    .where('issuer', '=', DEMO_ISSUER)
    .where('active', '=', true)
    .where('signInHint', 'is not', null)
    .orderBy('subject')
    .execute();
  return rows.flatMap((r) => (r.signInHint ? [{ subject: r.subject, hint: r.signInHint }] : []));
}
