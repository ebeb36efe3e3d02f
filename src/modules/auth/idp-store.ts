/**
 * oidc-provider's storage in the database (table idp_store): the built-in identity provider's
 * sessions, interactions, codes and grants are shared by every server process and outlive a
 * restart. Expired rows are never returned and are swept as new ones are written.
 */
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Db } from '../../db/connection.js';

/** Sweep expired rows at most this often (per process). */
const SWEEP_MS = 60_000;

export function databaseAdapter(db: Db) {
  let lastSweep = 0;
  const live = (model: string) =>
    db
      .selectFrom('idpStore')
      .select(['payload', 'consumedAt'])
      .where('model', '=', model)
      .where((eb) => eb.or([eb('expiresAt', 'is', null), eb('expiresAt', '>', new Date())]));
  const payloadOf = (row: { payload: string; consumedAt: Date | null } | undefined) =>
    row
      ? ({
          ...(JSON.parse(row.payload) as Record<string, unknown>),
          ...(row.consumedAt ? { consumed: Math.floor(new Date(row.consumedAt).getTime() / 1000) } : {}),
        } as AdapterPayload)
      : undefined;

  return class DatabaseAdapter implements Adapter {
    constructor(private readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
      const expiresAt = expiresIn ? new Date(Date.now() + expiresIn * 1000) : null;
      const row = {
        model: this.model,
        id,
        payload: JSON.stringify(payload),
        grantId: (payload.grantId as string | undefined) ?? null,
        userCode: (payload.userCode as string | undefined) ?? null,
        uid: (payload.uid as string | undefined) ?? null,
        expiresAt,
      };
      await db
        .insertInto('idpStore')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['model', 'id']).doUpdateSet({
            payload: row.payload,
            grantId: row.grantId,
            userCode: row.userCode,
            uid: row.uid,
            expiresAt: row.expiresAt,
          }),
        )
        .execute();
      if (Date.now() - lastSweep > SWEEP_MS) {
        lastSweep = Date.now();
        await db.deleteFrom('idpStore').where('expiresAt', '<', new Date()).execute();
      }
    }

    async find(id: string) {
      return payloadOf(await live(this.model).where('id', '=', id).executeTakeFirst());
    }

    async findByUserCode(userCode: string) {
      return payloadOf(await live(this.model).where('userCode', '=', userCode).executeTakeFirst());
    }

    async findByUid(uid: string) {
      return payloadOf(await live(this.model).where('uid', '=', uid).executeTakeFirst());
    }

    async consume(id: string): Promise<void> {
      await db
        .updateTable('idpStore')
        .set({ consumedAt: new Date() })
        .where('model', '=', this.model)
        .where('id', '=', id)
        .execute();
    }

    async destroy(id: string): Promise<void> {
      await db.deleteFrom('idpStore').where('model', '=', this.model).where('id', '=', id).execute();
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await db.deleteFrom('idpStore').where('grantId', '=', grantId).execute();
    }
  };
}
