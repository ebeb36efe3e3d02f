/** SQL for client record entries. Only this folder touches client_entry. */
import type { Db } from '../../db/connection.js';
import type { Register } from '../access/model.js';
import type { Entry, EntryKind } from './model.js';

const entries = (db: Db) =>
  db
    .selectFrom('clientEntry as e')
    .leftJoin('userAccount as u', 'u.id', 'e.authorId')
    .leftJoin('unit', 'unit.id', 'e.unitId')
    .selectAll('e')
    .select(['u.displayName as authorName', 'unit.name as unitName'])
    // The latest correction of the entry, if any (entries are never changed, so it is told here).
    .select((eb) =>
      eb
        .selectFrom('clientEntry as c')
        .select('c.id')
        .whereRef('c.corrects', '=', 'e.id')
        .orderBy('c.createdAt', 'desc')
        .orderBy('c.id')
        .limit(1)
        .as('correctedBy'),
    );

// biome-ignore lint/suspicious/noExplicitAny: a row of the query above
function fromRow(r: any): Entry {
  return {
    id: r.id,
    clientId: r.clientId,
    register: r.register as Register,
    kind: r.kind as EntryKind,
    text: r.text,
    corrects: r.corrects,
    correctedBy: r.correctedBy ?? null,
    authorId: r.authorId,
    authorName: r.authorName ?? null,
    authorRole: r.authorRole,
    unitName: r.unitName ?? null,
    createdAt: new Date(r.createdAt).toISOString(),
  };
}

export async function listEntries(
  db: Db,
  clientId: string,
  registers: Register[],
  page: { limit: number; offset: number },
): Promise<{ items: Entry[]; total: number }> {
  const [rows, total] = await Promise.all([
    entries(db)
      .where('e.clientId', '=', clientId)
      .where('e.register', 'in', registers)
      .orderBy('e.createdAt', 'desc')
      .orderBy('e.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom('clientEntry')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('clientId', '=', clientId)
      .where('register', 'in', registers)
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(fromRow), total: Number(total.n) };
}

export async function entryById(db: Db, id: string): Promise<Entry | undefined> {
  const r = await entries(db).where('e.id', '=', id).executeTakeFirst();
  return r ? fromRow(r) : undefined;
}

export async function insertEntry(
  db: Db,
  row: {
    id: string;
    clientId: string;
    register: Register;
    kind: EntryKind;
    text: string;
    corrects: string | null;
    authorId: string;
    authorRole: string;
    unitId: string | null;
  },
): Promise<void> {
  await db.insertInto('clientEntry').values(row).execute();
}
