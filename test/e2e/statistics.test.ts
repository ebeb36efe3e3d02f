/**
 * The organizer's statistics in a real browser against the real server and the demo county. The
 * analyst signs in, lands on the statistics, sees the client registry's total and its
 * municipalities (Kanta-Häme's, in Finnish and then in Swedish) and no identity code anywhere;
 * an impossible day is an error at its field; a shorter period of the access log is counted by
 * basis. A nurse has no statistics in the navigation and is told why at /statistics. With
 * accessibility scans.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.js';
import { type Desks, openStage, type Stage } from './desks.js';
import type { TestServer } from './server.js';
import { h1, typedHelsinkiDay } from './trust-steps.js';

let server: TestServer;
let stage: Stage;
let desks: Desks;

/** A Finnish identity code: none may appear on the page. */
const IDENTITY_CODE = /\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/;

const nav = (page: Page, name: string) => page.getByRole('navigation', { name });

/** A day `days` before today in Helsinki, as it is typed (1.3.2026). */
const typedDaysAgo = (days: number) => typedHelsinkiDay(-days);

beforeAll(async () => {
  stage = await openStage();
  ({ server, desks } = stage);
});

afterAll(async () => {
  await stage?.close();
});

describe('statistics', () => {
  it('lead the analyst from home to the client registry and the access log, in Finnish and Swedish', async () => {
    const page = await desks.open();
    await signIn(page, server.url, 'demo-analyst', 'fi', '/');
    await h1(page, 'Tilastot').waitFor();
    expect(new URL(page.url()).pathname).toBe('/statistics');
    const item = nav(page, 'Päävalikko').getByRole('link', { name: 'Tilastot', exact: true });
    expect(await item.getAttribute('aria-current')).toBe('page');

    // The client registry: the total and the municipalities of Kanta-Häme.
    const total = page.locator('.stat-total').filter({ hasText: /^Asiakkaita yhteensä/ });
    await total.waitFor();
    expect(await total.textContent()).toMatch(/: (\d[\d\s\u00a0]*|alle 5)$/);
    const municipalities = page.getByRole('table', { name: /^Kotikunta: asiakkaiden lukumäärä/ });
    await municipalities.getByRole('rowheader', { name: 'Hämeenlinna', exact: true }).waitFor();
    await municipalities.getByRole('columnheader', { name: 'Asiakkaita' }).waitFor();
    await page.getByRole('table', { name: /^Ikä: asiakkaiden lukumäärä/ }).waitFor();
    await page.getByRole('table', { name: /^Voimassa olevat suhteet lajeittain/ }).waitFor();
    await page.getByRole('table', { name: /^Peruste: lokimerkintöjen lukumäärä/ }).waitFor();
    expect(await page.locator('body').textContent()).not.toMatch(IDENTITY_CODE);
    await desks.scan(page, 'statistics fi');

    // An impossible day is an error at its field, and nothing is counted.
    const clients = page.getByRole('region', { name: 'Asiakasrekisteri' });
    await clients.getByLabel('Päivä').fill('31.2.2026');
    await clients.getByRole('button', { name: 'Näytä' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Tilastoa ei voitu hakea' });
    await summary.getByRole('link', { name: /^Anna oikea päivämäärä/ }).waitFor();
    expect(await clients.getByLabel('Päivä').getAttribute('aria-invalid')).toBe('true');
    await desks.scan(page, 'statistics with an error fi');
    await clients.getByLabel('Päivä').fill(typedDaysAgo(0));
    await clients.getByRole('button', { name: 'Näytä' }).click();
    await summary.waitFor({ state: 'detached' });
    await total.waitFor();

    // The access log over the last week: the analyst's own looks are counted, by basis.
    const access = page.getByRole('region', { name: 'Käyttöloki' });
    await access.getByLabel('Alkaen').fill(typedDaysAgo(6));
    await access.getByLabel('Päättyen').fill(typedDaysAgo(0));
    await access.getByRole('button', { name: 'Näytä' }).click();
    const from = typedDaysAgo(6);
    await access.getByText(new RegExp(`^Lokimerkintöjä ${from.replace(/\./g, '\\.')}`)).waitFor();
    const byBasis = page.getByRole('table', { name: /^Peruste: lokimerkintöjen lukumäärä/ });
    const aggregate = byBasis.getByRole('row', { name: /^Tilastot ilman henkilöllisyyttä/ });
    const count = Number((await aggregate.getByRole('cell').textContent())?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    expect(
      await page
        .getByRole('table', { name: /^Päivittäin/ })
        .getByRole('row')
        .count(),
    ).toBe(8);

    // In Swedish: the municipalities by their Swedish names.
    await page.getByRole('button', { name: 'På svenska' }).click();
    await h1(page, 'Statistik').waitFor();
    const kommuner = page.getByRole('table', { name: /^Hemkommun: antal klienter/ });
    await kommuner.getByRole('rowheader', { name: 'Tavastehus', exact: true }).waitFor();
    await page.getByRole('table', { name: /^Grund: antal loggposter/ }).waitFor();
    expect(await page.locator('body').textContent()).not.toMatch(IDENTITY_CODE);
    await desks.scan(page, 'statistics sv');
  });

  it('are not offered to a nurse, and say why at their address', async () => {
    const page = await desks.open();
    await signIn(page, server.url, 'demo-nurse', 'fi', '/clients');
    await h1(page, 'Asiakkaat').waitFor();
    const main = nav(page, 'Päävalikko');
    await main.getByRole('link').first().waitFor();
    expect(await main.getByRole('link', { name: 'Tilastot' }).count()).toBe(0);

    await page.goto(`${server.url}/statistics`);
    await h1(page, 'Ei käyttöoikeutta').waitFor();
    await page.getByText(/^Tilastot on tarkoitettu järjestäjän suunnittelijoille/).waitFor();
    await desks.scan(page, 'statistics refused fi');
  });

  it('had no page errors and no serious accessibility findings', async () => {
    await desks.closePages();
    expect(desks.axe).toEqual([]);
    expect(desks.errors).toEqual([]);
    expect(desks.dialogs).toEqual([]);
  });
});
