import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.js';
import { DomainError } from '../../http/errors.js';
import { generateCatalogue } from '../../seed/county.js';
import { seedDemo, seedDemoIfEmpty } from '../../seed/seed.js';
import { exportCatalogue, importCatalogue } from './transfer.js';

let tdb: TestDb;
beforeAll(async () => {
  tdb = await createTestDb();
});
afterAll(async () => tdb.close());

const counts = async () => {
  const n = async (
    t: 'producer' | 'unit' | 'service' | 'channel' | 'contract' | 'servicePackage' | 'serviceChain',
  ) =>
    Number(
      (
        await tdb.db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    producers: await n('producer'),
    units: await n('unit'),
    services: await n('service'),
    channels: await n('channel'),
    contracts: await n('contract'),
    packages: await n('servicePackage'),
    chains: await n('serviceChain'),
  };
};

describe('catalogue import and export', () => {
  it('a broken file imports nothing at all, and says which record is wrong', async () => {
    const doc = generateCatalogue({ seed: 7, region: 'Kanta-Häme' });
    const broken = structuredClone(doc);
    const last = broken.chains[broken.chains.length - 1];
    if (!last?.steps[1]) throw new Error('the demo county has no chain with two steps');
    last.steps[1].serviceId = 'no-such-service';
    const error = await importCatalogue(tdb.db, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).errors[0]?.field).toMatch(
      new RegExp(`^/chains/${broken.chains.length - 1}/steps/1/serviceId`),
    );
    expect(await counts()).toEqual({
      producers: 0,
      units: 0,
      services: 0,
      channels: 0,
      contracts: 0,
      packages: 0,
      chains: 0,
    });
  });

  it('refuses a file that is not a catalogue, or has unknown fields', async () => {
    await expect(importCatalogue(tdb.db, { hello: 'world' } as never)).rejects.toThrow(
      /not a Saumaton catalogue/,
    );
    const doc = generateCatalogue({ seed: 7, region: 'Kanta-Häme' }) as unknown as {
      producers: Record<string, unknown>[];
    };
    (doc.producers[0] as Record<string, unknown>).colour = 'blue';
    const error = (await importCatalogue(tdb.db, doc as never).catch((e: unknown) => e)) as DomainError;
    expect(error.errors[0]?.field).toBe('/producers/0/colour');
  });

  it('seeds the demo county once, and exports what it imported', async () => {
    const first = await seedDemoIfEmpty(tdb.db, { seed: 1, region: 'Kanta-Häme' });
    expect(first?.created).toBeGreaterThan(100);
    expect(await seedDemoIfEmpty(tdb.db, { seed: 1, region: 'Kanta-Häme' })).toBeNull();
    const generated = generateCatalogue({ seed: 1, region: 'Kanta-Häme' });
    const c = await counts();
    expect(c).toEqual({
      producers: generated.producers.length,
      units: generated.units.length,
      services: generated.services.length,
      channels: generated.channels.length,
      contracts: generated.contracts.length,
      packages: generated.packages.length,
      chains: generated.chains.length,
    });
    expect(c.chains).toBeGreaterThanOrEqual(3);
    const exported = await exportCatalogue(tdb.db);
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    const strip = <T extends object>(xs: T[]) =>
      xs.map(({ active: _a, ...r }: T & { active?: boolean }) => r);
    expect(byId(strip(exported.chains)).map((ch) => ch.steps)).toEqual(
      byId(strip(generated.chains)).map((ch) => ch.steps),
    );
    expect(byId(exported.contracts).map((ch) => ch.services.length)).toEqual(
      byId(generated.contracts).map((ch) => ch.services.length),
    );
  });

  it('importing the export again changes nothing but versions (records are matched by id)', async () => {
    const before = await exportCatalogue(tdb.db);
    const summary = await importCatalogue(tdb.db, before);
    expect(summary.created).toBe(0);
    expect(summary.updated).toBeGreaterThan(100);
    const after = await exportCatalogue(tdb.db);
    expect(after).toEqual(before);
  });

  it('seeding again with the same seed is a no-op in content', async () => {
    const before = await exportCatalogue(tdb.db);
    await seedDemo(tdb.db, { seed: 1, region: 'Kanta-Häme' });
    expect(await exportCatalogue(tdb.db)).toEqual(before);
  });
});
