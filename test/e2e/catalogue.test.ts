/**
 * The organizer's journey in a real browser against the real server with the demo county:
 * languages, creating a service (with the API's field error first), editing a service chain,
 * and accessibility scans of the main screens.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectPageErrors,
  demoToken,
  launchBrowser,
  newContext,
  seriousAxeViolations,
  signIn,
} from './browser.js';
import { getJson, startTestServer, type TestServer } from './server.js';

interface Named {
  id: string;
  name: { fi: string; sv: string; en: string };
}

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot-chain.png', import.meta.url));

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const lang = () => page.evaluate(() => document.documentElement.lang);
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
  pageErrors = collectPageErrors(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('organizer catalogue in the browser', () => {
  it('opens in Finnish, switches to Swedish and English, and remembers the choice', async () => {
    await page.goto(server.url);
    await h1('Järjestäjän palvelukatalogi').waitFor();
    expect(await lang()).toBe('fi');
    await page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Palvelut' })
      .waitFor();

    await page.getByRole('button', { name: 'På svenska' }).click();
    await h1('Anordnarens tjänstekatalog').waitFor();
    expect(await lang()).toBe('sv');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Tjänster' })
      .waitFor();

    await page.getByRole('button', { name: 'In English' }).click();
    await h1("Organizer's service catalogue").waitFor();
    expect(await lang()).toBe('en');
    expect(await page.getByRole('button', { name: 'In English' }).getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    await h1("Organizer's service catalogue").waitFor();
    expect(await lang()).toBe('en');

    await page.getByRole('button', { name: 'Suomeksi' }).click();
    await h1('Järjestäjän palvelukatalogi').waitFor();
    expect(await lang()).toBe('fi');
  });

  it('shows the catalogue read-only to a visitor, and the planner signs in to change it', async () => {
    await page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Palvelut' })
      .click();
    await h1('Palvelut').waitFor();
    await page.getByRole('heading', { level: 2, name: /\d+ tulosta/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Uusi palvelu' }).count()).toBe(0);
    await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().click();
    await page.getByText('Voit katsoa tietoja, mutta muuttaminen edellyttää').waitFor();
    expect(await page.getByRole('button', { name: 'Tallenna', exact: true }).count()).toBe(0);
    expect(await page.getByLabel('Nimi suomeksi').isDisabled()).toBe(true);

    await page.getByRole('link', { name: 'Kirjaudu sisään' }).first().click();
    await page.getByLabel('Käyttäjätunnus').waitFor();
    expect(await seriousAxeViolations(page, 'identity provider sign-in fi')).toEqual([]);
    await page.goto(server.url);
    await signIn(page, server.url, 'demo-planner');
    await h1('Järjestäjän palvelukatalogi').waitFor();
    await page.getByText('Pia Suunnittelija (demo) · suunnittelija').waitFor();
  });

  it('creates a service through the form, after showing the API error for a negative price', async () => {
    await page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Palvelut' })
      .click();
    await h1('Palvelut').waitFor();
    await page.getByRole('heading', { level: 2, name: /\d+ tulosta/ }).waitFor();
    expect(await seriousAxeViolations(page, 'service list fi')).toEqual([]);

    await page.getByRole('link', { name: 'Uusi palvelu' }).click();
    await h1('Uusi palvelu').waitFor();
    await page.getByLabel('Nimi suomeksi').fill('Muistihoitajan etävastaanotto (e2e)');
    await page.getByLabel('Nimi ruotsiksi').fill('Minnesskötarens distansmottagning (e2e)');
    await page.getByLabel('Nimi englanniksi').fill('Memory nurse remote appointment (e2e)');
    await page.getByLabel('Sektori').selectOption({ label: 'Terveydenhuolto' });
    await page.getByLabel('Taso').selectOption({ label: 'Laaja perustaso' });
    await page.getByLabel('Laskutusyksikkö').selectOption({ label: 'käynti' });
    const price = page.getByLabel('Yksikköhinta (euroa)');
    await price.fill('-5');
    await page.getByRole('button', { name: 'Luo', exact: true }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Tallennus ei onnistunut' });
    await alert.waitFor();
    await page.waitForFunction(
      () => document.getElementById('f-unitPrice')?.getAttribute('aria-invalid') === 'true',
    );
    const describedBy = (await price.getAttribute('aria-describedby')) ?? '';
    const description = await page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
      describedBy.split(' ').filter(Boolean),
    );
    // The server explains in the UI language (the web app sends Accept-Language).
    expect(description).toContain('Hinta ei voi olla negatiivinen.');
    expect(description).not.toContain('A price cannot be negative.');
    expect(await seriousAxeViolations(page, 'service form with errors fi')).toEqual([]);

    await price.fill('85,50');
    await page.getByRole('button', { name: 'Luo', exact: true }).click();
    await page.getByRole('status').getByText('Uusi tietue luotu.').waitFor();
    await h1('Muistihoitajan etävastaanotto (e2e)').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/services\/[^/]+$/);

    await page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Palvelut' })
      .click();
    await h1('Palvelut').waitFor();
    await page.getByLabel('Hae nimellä tai tunnuksella').fill('e2e');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '1 tulos' }).waitFor();
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Muistihoitajan etävastaanotto (e2e)' }) });
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('Laaja perustaso');
    expect(rowText).toContain('Terveydenhuolto');
    expect(rowText).toMatch(/85,50\s€ \/ käynti/);

    // The same list and form pass the scan in Swedish too.
    await page.getByRole('button', { name: 'På svenska' }).click();
    await page.getByRole('heading', { level: 2, name: '1 träff' }).waitFor();
    const svRow = page.getByRole('row').filter({
      has: page.getByRole('link', { name: 'Minnesskötarens distansmottagning (e2e)' }),
    });
    expect((await svRow.textContent()) ?? '').toMatch(/85,50\s€ \/ besök/);
    expect(await seriousAxeViolations(page, 'service list sv')).toEqual([]);
    await page.getByRole('link', { name: 'Ny tjänst' }).click();
    await h1('Ny tjänst').waitFor();
    await page.getByLabel('Namn på finska').waitFor();
    expect(await seriousAxeViolations(page, 'service form sv')).toEqual([]);
    await page.getByRole('button', { name: 'Suomeksi' }).click();
    await h1('Uusi palvelu').waitFor();
  });

  it('adds a contracted service as a step of a demo chain and shows it in the sequence after reload', async () => {
    // Set-up through the API: a service that has a contract in force today, and a demo chain.
    const contracts = await getJson<{ items: { services: { serviceId: string }[] }[] }>(
      `${server.url}/api/contracts?validOn=${today()}&active=true&limit=1`,
    );
    const serviceId = contracts.items[0]?.services[0]?.serviceId;
    expect(serviceId, 'the demo county has a contract in force').toBeTruthy();
    const service = await getJson<Named>(`${server.url}/api/services/${serviceId}`);
    const chains = await getJson<{
      items: (Named & { packageId: string | null; steps: { serviceId: string | null }[] })[];
    }>(`${server.url}/api/chains?active=true&limit=1`);
    const chain = chains.items[0];
    if (!chain) throw new Error('the demo county has no service chain');
    const steps = chain.steps.length;
    const lastServiceId = chain.steps[steps - 1]?.serviceId;
    const lastService = lastServiceId
      ? await getJson<Named>(`${server.url}/api/services/${lastServiceId}`)
      : null;
    const pkg = chain.packageId
      ? await getJson<Named>(`${server.url}/api/packages/${chain.packageId}`)
      : null;

    await page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Palveluketjut' })
      .click();
    await h1('Palveluketjut').waitFor();
    await page.getByRole('link', { name: chain.name.fi, exact: true }).click();
    await h1(chain.name.fi).waitFor();
    // Names of referenced records arrive after the chain itself; wait for them before the screenshot.
    const lastHeading = `Vaihe ${steps}: ${lastService ? lastService.name.fi : ''}`;
    await page.getByRole('heading', { level: 3, name: lastHeading, exact: !!lastService }).waitFor();
    if (pkg) await page.getByRole('link', { name: pkg.name.fi, exact: true }).waitFor();
    await page.getByText('Tavoiteaika yhteensä').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mitattavat tavoitteet' }).waitFor();
    expect(await seriousAxeViolations(page, 'chain view fi')).toEqual([]);
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    await page.getByRole('link', { name: 'Muokkaa palveluketjua' }).click();
    await h1(`Muokkaa: ${chain.name.fi}`).waitFor();
    await page.getByRole('button', { name: 'Lisää vaihe' }).click();
    const step = page.getByRole('group', { name: `Vaihe ${steps + 1}`, exact: true });
    await step.getByLabel('Palvelu', { exact: true }).selectOption({ label: service.name.fi });
    await step.getByLabel('Siirtotapa').selectOption({ label: 'Konsultaatio' });
    await step.getByLabel('Tavoiteaika edellisestä vaiheesta (vrk)').fill('5');
    await step.getByLabel('Tulokriteerit suomeksi').fill('Lisätty selaintestissä.');
    expect(await seriousAxeViolations(page, 'chain editor fi')).toEqual([]);
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();

    await h1(chain.name.fi).waitFor();
    await page.getByRole('status').getByText('Muutokset tallennettu.').waitFor();
    await page.reload();
    const added = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: `Vaihe ${steps + 1}: ${service.name.fi}` }),
    });
    await added.waitFor();
    const addedText = (await added.textContent()) ?? '';
    expect(addedText).toContain('Konsultaatio edellisestä vaiheesta, tavoiteaika 5 vrk.');
    expect(addedText).toContain('Lisätty selaintestissä.');

    await page.getByRole('button', { name: 'På svenska' }).click();
    await page.getByRole('heading', { level: 3, name: `Steg ${steps + 1}: ${service.name.sv}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mätbara mål' }).waitFor();
    expect(await seriousAxeViolations(page, 'chain view sv')).toEqual([]);
    await page.getByRole('button', { name: 'Suomeksi' }).click();
    await h1(chain.name.fi).waitFor();
  });

  it('offers the newer version after a concurrent change, shows a refused delete, and deactivates', async () => {
    // A service in use: listed in a contract, so it cannot be deleted.
    const contracts = await getJson<{ items: { services: { serviceId: string }[] }[] }>(
      `${server.url}/api/contracts?active=true&limit=1&offset=1`,
    );
    const serviceId = contracts.items[0]?.services[0]?.serviceId;
    if (!serviceId) throw new Error('the demo county has no second contract');
    await page.goto(`${server.url}/services/${serviceId}`);
    const service = await getJson<Named & Record<string, unknown>>(`${server.url}/api/services/${serviceId}`);
    await h1(service.name.fi).waitFor();
    await page.getByText('Versio 1').waitFor();

    // Someone else saves first.
    const { id: _id, createdAt: _c, updatedAt: _u, ...body } = service;
    const put = await fetch(`${server.url}/api/services/${serviceId}`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        'if-match': `"${service.version}"`,
        authorization: `Bearer ${await demoToken(server.url, 'demo-admin')}`,
      },
      body: JSON.stringify({ ...body, unitPrice: 99 }),
    });
    expect(put.status).toBe(200);

    await page.getByLabel('Yksikköhinta (euroa)').fill('101');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await page.getByRole('alert').getByText('Tietue on muuttunut sen jälkeen, kun avasit sen.').waitFor();
    await page.getByRole('button', { name: 'Lataa uusin versio' }).click();
    await page.getByText('Versio 2').waitFor();
    expect(await page.getByLabel('Yksikköhinta (euroa)').inputValue()).toBe('99');

    await page.getByRole('button', { name: 'Poista', exact: true }).click();
    await page.getByRole('button', { name: 'Poista pysyvästi' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'Muutosta ei voitu tehdä' });
    await refused.waitFor();
    expect((await refused.textContent()) ?? '').toContain(`Palvelua "${service.name.fi}" ei voi poistaa`);

    await page.getByRole('button', { name: 'Poista käytöstä' }).click();
    await page.getByRole('status').getByText('Poistettu käytöstä. Tiedot ja historia säilyvät.').waitFor();
    await page.getByRole('button', { name: 'Ota uudelleen käyttöön' }).waitFor();
    const after = await getJson<{ active: boolean; version: number }>(
      `${server.url}/api/services/${serviceId}`,
    );
    expect(after).toMatchObject({ active: false, version: 3 });
  });

  it('logged no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
