/**
 * Building a piece of the catalogue by hand, as an organizer would: a new producer, its
 * contract, a unit with a channel, and a service package that then lists the producer. The
 * planner signs in first: the catalogue is public to read, but only planners change it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, newContext, signIn } from './browser.js';
import { getJson, startTestServer, type TestServer } from './server.js';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

const h1 = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const create = () => page.getByRole('button', { name: 'Luo', exact: true }).click();
const created = () => page.getByRole('status').getByText('Uusi tietue luotu.').waitFor();

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
  errors = collectPageErrors(page);
  // Catalogue changes need a planner (or administrator): sign in through the identity provider.
  await signIn(page, server.url, 'demo-planner');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('creating catalogue records through the forms', () => {
  it('creates a producer, its contract, a unit and a channel, and a package listing the producer', async () => {
    const services = await getJson<{ items: { id: string; name: { fi: string }; level: string }[] }>(
      `${server.url}/api/services?active=true&level=basic&limit=1`,
    );
    const service = services.items[0];
    if (!service) throw new Error('the demo county has no basic-level service');

    await page.goto(`${server.url}/producers/new`);
    await h1('Uusi palveluntuottaja').waitFor();
    await page.getByRole('textbox', { name: 'Nimi', exact: true }).fill('Testihoiva Oy');
    await page.getByLabel('Tuottajan tyyppi').selectOption({ label: 'Yksityinen yritys' });
    await page.getByLabel('Y-tunnus').fill('123');
    await create();
    await page.getByRole('alert').filter({ hasText: 'Tallennus ei onnistunut' }).waitFor();
    expect(await page.getByLabel('Y-tunnus').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Y-tunnus').fill('');
    await create();
    await created();
    await h1('Testihoiva Oy').waitFor();

    await page.goto(`${server.url}/contracts/new`);
    await h1('Uusi sopimus').waitFor();
    await page.getByLabel('Palveluntuottaja').selectOption({ label: 'Testihoiva Oy' });
    await page.getByLabel('Sopimustunnus').fill('E2E-2026-1');
    await page.getByRole('button', { name: 'Lisää palvelu sopimukseen' }).click();
    const row = page.getByRole('group', { name: 'Sopimuksen palvelut' });
    await row
      .getByRole('combobox', { name: 'Palvelu', exact: true })
      .selectOption({ label: service.name.fi });
    await row.getByLabel('Sopimushinta (euroa)').fill('64,90');
    await create();
    await created();
    await h1('Sopimus E2E-2026-1').waitFor();

    await page.goto(`${server.url}/units/new`);
    await h1('Uusi toimipiste').waitFor();
    await page.getByLabel('Palveluntuottaja').selectOption({ label: 'Testihoiva Oy' });
    await page.getByRole('textbox', { name: 'Nimi', exact: true }).fill('Testihoivan toimipiste');
    await page.getByLabel('Katuosoite').fill('Raatihuoneenkatu 1');
    await page.getByLabel('Postinumero').fill('13100');
    await create();
    await created();
    await h1('Testihoivan toimipiste').waitFor();
    const municipality = page.getByRole('combobox', { name: 'Kunta', exact: true });
    expect(await municipality.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe(
      'Hämeenlinna',
    );

    await page.goto(`${server.url}/channels/new`);
    await h1('Uusi palvelukanava').waitFor();
    await page
      .getByRole('combobox', { name: 'Palvelu', exact: true })
      .selectOption({ label: service.name.fi });
    await page.getByLabel('Toimipiste').selectOption({ label: 'Testihoivan toimipiste, Raatihuoneenkatu 1' });
    await page.getByLabel('Kanavan tyyppi').selectOption({ label: 'Kotikäynti' });
    await page.getByLabel('Induktiosilmukka').check();
    await create();
    await created();
    await h1(`${service.name.fi} – Testihoivan toimipiste`).waitFor();

    await page.goto(`${server.url}/packages/new`);
    await h1('Uusi palvelukokonaisuus').waitFor();
    await page.getByLabel('Nimi suomeksi').fill('Testikokonaisuus');
    await page.getByLabel('Nimi ruotsiksi').fill('Testhelhet');
    await page.getByLabel('Nimi englanniksi').fill('Test package');
    await page.getByRole('button', { name: 'Lisää palvelu', exact: true }).click();
    await page
      .getByRole('group', { name: 'Palvelut' })
      .getByRole('combobox', { name: 'Palvelu', exact: true })
      .selectOption({ label: service.name.fi });
    await create();
    await created();
    await h1('Testikokonaisuus').waitFor();
    const level = page.getByRole('region', { name: 'Perustaso' });
    const card = level
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: service.name.fi }) });
    await card.getByRole('link', { name: 'Testihoiva Oy' }).waitFor();
    expect((await card.textContent()) ?? '').toMatch(/64,90\s€/);

    expect(errors).toEqual([]);
  });
});
