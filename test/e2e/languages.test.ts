/**
 * The Swedish and English journeys, minimally: the planner signs in through the identity
 * provider's form in the language, then every section of the organizer's app and one record in
 * each (with its save button), with no serious or critical accessibility violations.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, newContext, seriousAxeViolations, signIn } from './browser.js';
import { startTestServer, type TestServer } from './server.js';

interface Journey {
  button: string;
  lang: 'sv' | 'en';
  home: string;
  nav: string;
  results: RegExp;
  save: string;
  sections: { title: string; viewReady?: string }[];
}

const journeys: Journey[] = [
  {
    button: 'På svenska',
    lang: 'sv',
    home: 'Anordnarens tjänstekatalog',
    nav: 'Huvudmeny',
    results: /^\d+ träff(ar)?$/,
    save: 'Spara',
    sections: [
      { title: 'Tjänsteproducenter' },
      { title: 'Verksamhetsställen' },
      { title: 'Tjänster' },
      { title: 'Servicekanaler' },
      { title: 'Avtal' },
      { title: 'Tjänstehelheter', viewReady: 'Tjänster per nivå' },
      { title: 'Servicekedjor', viewReady: 'Mätbara mål' },
    ],
  },
  {
    button: 'In English',
    lang: 'en',
    home: "Organizer's service catalogue",
    nav: 'Main menu',
    results: /^\d+ results?$/,
    save: 'Save',
    sections: [
      { title: 'Producers' },
      { title: 'Units' },
      { title: 'Services' },
      { title: 'Channels' },
      { title: 'Contracts' },
      { title: 'Service packages', viewReady: 'Services by level' },
      { title: 'Service chains', viewReady: 'Measurable targets' },
    ],
  },
];

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each(journeys)('the organizer app in $lang', (j) => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    context = await newContext(browser);
    page = await context.newPage();
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('signs in as the planner and switches language from the header', async () => {
    await signIn(page, server.url, 'demo-planner', j.lang);
    await page.getByRole('heading', { level: 1, name: 'Järjestäjän palvelukatalogi' }).waitFor();
    await page.getByText('Pia Suunnittelija (demo) · suunnittelija').waitFor();
    await page.getByRole('button', { name: j.button }).click();
    await page.getByRole('heading', { level: 1, name: j.home }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(j.lang);
    expect(await seriousAxeViolations(page, `home ${j.lang}`)).toEqual([]);
  });

  it('reaches every section and a record in it, without serious accessibility violations', async () => {
    const violations: string[] = [];
    for (const section of j.sections) {
      await page
        .getByRole('navigation', { name: j.nav })
        .getByRole('link', { name: section.title, exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: section.title, exact: true }).waitFor();
      await page.getByRole('heading', { level: 2, name: j.results }).waitFor();
      violations.push(
        ...(await seriousAxeViolations(page, `${section.title} list`)).map((v) => `${section.title}: ${v}`),
      );

      const first = page.getByRole('table').getByRole('row').nth(1).getByRole('link').first();
      const name = ((await first.textContent()) ?? '').trim();
      await first.click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      if (section.viewReady) await page.getByRole('heading', { level: 2, name: section.viewReady }).waitFor();
      else await page.getByRole('button', { name: j.save, exact: true }).waitFor();
      violations.push(
        ...(await seriousAxeViolations(page, `${section.title} record`)).map(
          (v) => `${section.title} record: ${v}`,
        ),
      );
    }
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
