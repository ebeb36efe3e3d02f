/**
 * Emergency access from an empty search, and the administrator's access log, in a real browser
 * against the real server and the demo county. A physiotherapist with no relationships searches
 * by identity code, finds no one, is offered emergency access (only after a search by code) and
 * opens the client's data under a banner that stays after a reload; a code no client has is
 * said so, in Swedish. The administrator searches the access log for the client's id, errors at
 * the fields first, finds the emergency access and the refused search, and reads it in English
 * too; the review list names the professional. The physiotherapist registers a client already
 * registered at another unit: the form says so and asks why the client is at the unit; the
 * administrator reviews that first contact beside the emergency accesses, in Finnish, Swedish
 * and English. With accessibility scans.
 *
 * Each person keeps their own browser profile and signs in once (the identity provider allows
 * ten sign-ins a minute per user).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.js';
import { type Desks, openStage, type Stage } from './desks.js';
import type { TestServer } from './server.js';
import {
  type ClientFacts,
  demoClient,
  fictionalIdentityCode,
  h1,
  navLink,
  recordFirstContact,
  registerClient,
  reviewDeclaration,
} from './trust-steps.js';
import { WORDS } from './trust-words.js';

let server: TestServer;
let stage: Stage;
let client: Awaited<ReturnType<typeof demoClient>>;
let desks: Desks;

/** Nobody is born in 1920 in the demo county, so no client has this code. */
const NOBODY = fictionalIdentityCode('15', '06', '1920', 977);
const REASON = 'Tajuton potilas vastaanotolla, e2e-oversight';

const scan = (page: Page, label: string) => desks.scan(page, label);

async function searchByCode(page: Page, label: string, button: string, code: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(code);
  await page.getByRole('button', { name: button }).click();
}

let physioPage: Page;
let adminPage: Page;

beforeAll(async () => {
  stage = await openStage();
  ({ server, desks } = stage);
  client = await demoClient(server.url);
  physioPage = await desks.open();
  adminPage = await desks.open();
});

afterAll(async () => {
  await stage?.close();
});

describe('emergency access from an empty search', () => {
  const w = WORDS.fi;

  it('is not offered after a name search, and says in Swedish when no client has the code', async () => {
    const page = physioPage;
    await signIn(page, server.url, 'demo-physiotherapist', 'fi', '/clients');
    await h1(page, w.clientsTitle).waitFor();
    await page.getByLabel('Sukunimi').fill(client.familyName);
    await page.getByRole('button', { name: 'Hae asiakasta' }).click();
    await page.getByRole('heading', { level: 2, name: '0 asiakasta' }).waitFor();
    expect(await page.getByRole('button', { name: 'Hätäkäyttö', exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'På svenska' }).click();
    await h1(page, WORDS.sv.clientsTitle).waitFor();
    await page.getByLabel('Efternamn').fill('');
    await searchByCode(page, 'Personbeteckning', 'Sök klient', NOBODY);
    await page.getByRole('heading', { level: 2, name: '0 klienter' }).waitFor();
    const offer = page.getByRole('button', { name: 'Nödåtkomst', exact: true });
    expect(await offer.getAttribute('aria-expanded')).toBe('false');
    await offer.click();
    await page.getByRole('heading', { level: 3, name: 'Nödåtkomst' }).waitFor();
    expect(await offer.getAttribute('aria-expanded')).toBe('true');
    await page.getByText(`Personbeteckning: ${NOBODY}`).waitFor();
    await page.getByRole('radio', { name: WORDS.sv.reasonOption }).check();
    await page.getByLabel(WORDS.sv.reasonText).fill('Medvetslös patient, e2e-sv');
    await page.getByRole('button', { name: WORDS.sv.submitBreakGlass }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Nödåtkomsten registrerades inte' })
      .getByText(`Ingen klient har personbeteckningen ${NOBODY}.`, { exact: false })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/clients');
    await scan(page, 'emergency offer, no such client sv');
  });

  it('opens the client found by nobody with emergency access, under a banner that stays after a reload', async () => {
    const page = physioPage;
    await page.getByRole('button', { name: 'Suomeksi' }).click();
    await h1(page, w.clientsTitle).waitFor();
    await searchByCode(page, 'Henkilötunnus', 'Hae asiakasta', client.identityCode);
    await page.getByRole('heading', { level: 2, name: '0 asiakasta' }).waitFor();
    await page.getByText('Ei asiakkaita, joiden tietoja voit avata.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Hätäkäyttö', exact: true }).click();
    const form = page.getByRole('heading', { level: 3, name: 'Hätäkäyttö' });
    await form.waitFor();
    // The heading takes focus, so a keyboard user goes on from the form's start.
    await page.waitForFunction(() => document.activeElement?.id === 'break-glass-heading');
    await page.getByText(`Henkilötunnus: ${client.identityCode}`).waitFor();
    await page.getByRole('button', { name: w.submitBreakGlass }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Hätäkäyttöä ei kirjattu' });
    await summary.getByRole('link', { name: 'Valitse syy.' }).waitFor();
    expect(await page.getByLabel(w.reasonText).getAttribute('aria-invalid')).toBe('true');
    await scan(page, 'emergency offer with errors fi');

    await page.getByRole('radio', { name: w.reasonOption }).check();
    await page.getByLabel(w.reasonText).fill(REASON);
    await page.getByRole('button', { name: w.submitBreakGlass }).click();
    await h1(page, `${client.familyName}, ${client.givenNames}`).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/clients/${client.id}`);
    await page.getByRole('status').getByText(w.declared).waitFor();
    const banner = page.getByText(w.emergencyUntil);
    await banner.waitFor();
    const until = ((await banner.textContent()) ?? '').trim();
    await page.getByText(client.identityCode, { exact: true }).waitFor();
    await scan(page, 'client opened from the search fi');

    // The banner comes from the server, not from this tab's memory.
    await page.evaluate(() => window.sessionStorage.clear());
    await page.reload();
    await h1(page, `${client.familyName}, ${client.givenNames}`).waitFor();
    await page.getByText(until, { exact: true }).waitFor();
    await page.getByText('Avasit asiakkaan tiedot hätäkäytöllä', { exact: false }).waitFor();
  });
});

describe("the administrator's access log", () => {
  const w = WORDS.fi;

  it('shows errors at the fields, then finds the emergency access and the refused search by client id', async () => {
    const page = adminPage;
    await signIn(page, server.url, 'demo-admin', 'fi', '/');
    await navLink(page, w, 'Käyttöloki').click();
    await h1(page, 'Käyttöloki').waitFor();
    await page.getByRole('heading', { level: 2, name: /^\d+ merkint/ }).waitFor();
    await scan(page, 'access log (administrator) fi');

    await page.getByLabel('Asiakkaan tunniste').fill('ei tunniste');
    await page.getByLabel('Alkaen').fill('31.2.2026');
    await page.getByRole('button', { name: 'Hae lokista' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Haku ei onnistunut' });
    await summary.getByRole('link', { name: /^Tarkista tunniste:/ }).waitFor();
    await summary.getByRole('link', { name: /^Anna oikea päivämäärä/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-from');
    expect(await page.getByLabel('Asiakkaan tunniste').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Alkaen').getAttribute('aria-invalid')).toBe('true');
    await scan(page, 'access log search with errors fi');

    await page.getByLabel('Asiakkaan tunniste').fill(client.id);
    await page.getByLabel('Alkaen').fill('');
    await page.getByRole('button', { name: 'Hae lokista' }).click();
    await summary.waitFor({ state: 'detached' });
    const count = page.getByRole('heading', { level: 2, name: /^\d+ merkint/ });
    await count.waitFor();
    expect(await count.getAttribute('aria-live')).toBe('polite');
    expect(new URL(page.url()).searchParams.get('clientId')).toBe(client.id);
    const table = page.getByRole('table', { name: 'Lokimerkinnät, uusin ensin' });
    const emergency = table.getByRole('row').filter({ hasText: 'Tietojen avaaminen hätäkäytöllä' });
    await emergency.waitFor();
    const text = (await emergency.textContent()) ?? '';
    expect(text).toContain('Pekka Fysioterapeutti (demo)');
    expect(text).toContain('Fysioterapeutti, ');
    expect(text).toContain('demo-physiotherapist');
    expect(text).toContain(client.id);
    await emergency.getByText('Hätäkäyttö', { exact: true }).waitFor();
    await emergency.getByText('Sallittu', { exact: true }).waitFor();
    // Every row is this client's: the administrator sees the id, never the name or the code,
    // not even where the client opened their own data.
    await table.getByRole('row').filter({ hasText: 'Asiakas itse' }).first().waitFor();
    expect((await table.textContent()) ?? '').not.toContain(client.familyName);
    expect((await table.textContent()) ?? '').not.toContain(client.identityCode);
    await scan(page, 'access log results fi');

    await page.getByLabel('Lopputulos').selectOption({ label: 'Estetty' });
    await page.getByRole('button', { name: 'Hae lokista' }).click();
    // Refused searches: by name and by code, each logged for the client.
    const refused = table
      .getByRole('row')
      .filter({ hasText: 'Asiakashaku' })
      .filter({ hasText: 'demo-physiotherapist' })
      .first();
    await refused.getByText('Estetty', { exact: true }).waitFor();
    await table
      .getByRole('row')
      .filter({ hasText: 'Tietojen avaaminen hätäkäytöllä' })
      .waitFor({ state: 'detached' });

    // The search is in the address, so it survives a reload.
    await page.reload();
    await h1(page, 'Käyttöloki').waitFor();
    expect(await page.getByLabel('Asiakkaan tunniste').inputValue()).toBe(client.id);
    await refused.waitFor();
  });

  it('reads the log in English, and the review names the professional and links the log', async () => {
    const page = adminPage;
    await page.getByRole('button', { name: 'In English' }).click();
    await h1(page, 'Access log').waitFor();
    await page.getByLabel('Outcome').selectOption({ label: 'All' });
    await page.getByRole('button', { name: 'Search the log' }).click();
    const table = page.getByRole('table', { name: 'Log entries, newest first' });
    const row = table.getByRole('row').filter({ hasText: 'Opening the data with emergency access' });
    await row.getByText('Emergency access', { exact: true }).waitFor();
    await row.getByText('Allowed', { exact: true }).waitFor();
    expect((await row.textContent()) ?? '').toContain('Physiotherapist, ');
    await page.getByRole('heading', { level: 2, name: /^\d+ entr(y|ies)$/ }).waitFor();
    await scan(page, 'access log results en');

    await page.getByRole('button', { name: 'Suomeksi' }).click();
    await navLink(page, w, w.reviewNav).click();
    await h1(page, w.reviewTitle).waitFor();
    const item = page.getByRole('listitem').filter({ hasText: 'e2e-oversight' });
    await item.getByRole('heading', { level: 3, name: /^Pekka Fysioterapeutti \(demo\) \(.+\), / }).waitFor();
    await item.getByText('demo-physiotherapist', { exact: true }).waitFor();
    await item.getByRole('link', { name: 'Asiakkaan käyttöloki' }).click();
    await h1(page, 'Käyttöloki').waitFor();
    expect(await page.getByLabel('Asiakkaan tunniste').inputValue()).toBe(client.id);
    await page
      .getByRole('table', { name: 'Lokimerkinnät, uusin ensin' })
      .getByRole('row')
      .filter({ hasText: 'Tietojen avaaminen hätäkäytöllä' })
      .waitFor();
  });
});

describe('a first contact for a client already registered at another unit', () => {
  const langs = ['fi', 'sv', 'en'] as const;
  const clients = {} as Record<(typeof langs)[number], ClientFacts>;
  const marker = (lang: string) => `e2e-contact-${lang}`;

  beforeAll(async () => {
    // Clients of the nurse's unit: the physiotherapist has no relationship with them.
    for (const [i, lang] of langs.entries())
      clients[lang] = await registerClient(server.url, 'demo-nurse', {
        identityCode: fictionalIdentityCode(`0${i + 3}`, '03', '1963', 971 + i),
        familyName: ['Mäkinen', 'Lindqvist', 'Smith'][i] as string,
        givenNames: ['Aila', 'Greta', 'John'][i] as string,
        language: lang === 'sv' ? 'sv' : lang === 'fi' ? 'fi' : 'other',
      });
    // The Swedish and English ones' contacts are recorded over the API; the Finnish one in the browser.
    for (const lang of ['sv', 'en'] as const)
      await recordFirstContact(server.url, 'demo-physiotherapist', clients[lang], `Visit, ${marker(lang)}`);
  });

  it('the registration form says the person is already a client and asks why the client is at the unit', async () => {
    const page = physioPage;
    const client = clients.fi;
    await page.goto(`${server.url}/clients`);
    await h1(page, WORDS.fi.clientsTitle).waitFor();
    await searchByCode(page, 'Henkilötunnus', 'Hae asiakasta', client.identityCode);
    await page.getByRole('heading', { level: 2, name: '0 asiakasta' }).waitFor();
    const offer = page.getByRole('button', { name: 'Kirjaa asiakkaaksi', exact: true });
    expect(await offer.getAttribute('aria-expanded')).toBe('false');
    await offer.click();
    expect(await offer.getAttribute('aria-expanded')).toBe('true');
    const form = page.getByRole('region', { name: 'Asiakkaaksi kirjaaminen ensikontaktissa' });
    await form.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'register-heading');
    await form.getByText(`Henkilötunnus: ${client.identityCode}`).waitFor();

    // Nothing filled in: said at the fields first, before anything is sent.
    await form.getByRole('button', { name: 'Tallenna kirjaus' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Kirjausta ei tallennettu' });
    await summary.getByRole('link', { name: 'Anna sukunimi.' }).waitFor();
    expect(await form.getByLabel('Sukunimi').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Sukunimi').fill(client.familyName);
    await form.getByLabel('Etunimet').fill(client.givenNames);
    await form.getByRole('radio', { name: 'suomi' }).check();
    await form.getByRole('button', { name: 'Tallenna kirjaus' }).click();
    // The server says the person is a client already: the reason's fields appear, linked from the summary.
    await summary.getByText('Henkilö on jo asiakas.', { exact: false }).first().waitFor();
    await summary.getByRole('link', { name: 'Valitse, miksi asiakas on yksikössäsi.' }).waitFor();
    await form.getByText('Henkilö on jo asiakas. Yhteydenoton kirjaaminen avaa', { exact: false }).waitFor();
    const reasons = form.getByRole('group', { name: 'Miksi asiakas on yksikössäsi?' });
    await reasons.waitFor();
    expect(await form.getByLabel('Perustelu').getAttribute('aria-invalid')).toBe('true');
    await scan(page, 'registration of a client already registered fi');

    await summary.getByRole('link', { name: 'Valitse, miksi asiakas on yksikössäsi.' }).click();
    await reasons.getByRole('radio', { name: WORDS.fi.contactReason }).check();
    await form.getByLabel('Perustelu').fill(`Tuli vastaanotolle kotihoidon tarpeen vuoksi, ${marker('fi')}`);
    await form.getByRole('button', { name: 'Kirjaa yhteydenotto' }).click();
    await h1(page, `${client.familyName}, ${client.givenNames}`).waitFor();
    await page.getByRole('status').getByText('Yhteydenotto kirjattu.', { exact: false }).waitFor();
    // The existing client's record: registered once, by the nurse.
    expect(new URL(page.url()).pathname).toBe(`/clients/${client.id}`);
    await page.getByText(client.identityCode, { exact: true }).waitFor();
    await scan(page, 'client opened after a first contact fi');
  });

  it('the administrator reviews each with its reason beside the emergency accesses, in Finnish, Swedish and English', async () => {
    const page = adminPage;
    for (const lang of langs) {
      const w = WORDS[lang];
      await page.getByRole('button', { name: w.switchButton }).click();
      await navLink(page, w, w.reviewNav).click();
      await h1(page, w.reviewTitle).waitFor();
      // Both kinds in the one list: the physiotherapist's pending emergency access is there too.
      await page.getByRole('listitem').filter({ hasText: 'e2e-oversight' }).waitFor();
      const item = page.getByRole('listitem').filter({ hasText: marker(lang) });
      await item.getByText(w.contactKind, { exact: true }).waitFor();
      await item.getByText(w.contactReason, { exact: true }).waitFor();
      await item.getByText(w.openedTo, { exact: true }).waitFor();
      const text = (await item.textContent()) ?? '';
      expect(text).toContain('demo-physiotherapist');
      expect(text).toContain(clients[lang].id);
      expect(text).not.toContain(clients[lang].familyName);
      await scan(page, `first contact to review ${lang}`);
      await reviewDeclaration(page, w, marker(lang), `${marker(lang)} confirmed`, w.reviewedContact);
      await scan(page, `first contact reviewed ${lang}`);
    }
  });
});

describe('afterwards', () => {
  it('had no accessibility violations or page errors', async () => {
    await desks.closePages();
    expect(desks.axe).toEqual([]);
    expect(desks.errors).toEqual([]);
  });
});
