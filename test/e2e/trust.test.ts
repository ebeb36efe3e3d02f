/**
 * The trust layer in a real browser against the real server and the demo county: a client signs
 * in, sees who accessed their data, gives and withdraws a consent; a professional is refused,
 * uses break-the-glass, and the organizer's administrator sees it and marks it reviewed; then
 * the client sees the refusal and the emergency access in their log. In Finnish in full, the
 * main steps in Swedish and English, with accessibility scans and script-looking text shown as text.
 *
 * Each person keeps their own browser profile and signs in once (the identity provider allows
 * ten sign-ins a minute from one address), as people at different desks would.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.js';
import { type Desks, openStage, type Stage } from './desks.js';
import type { TestServer } from './server.js';
import {
  type ClientFacts,
  declareBreakGlass,
  demoClient,
  fictionalIdentityCode,
  giveAndWithdrawConsent,
  h1,
  navLink,
  registerClient,
  reviewDeclaration,
  signOutFromHeader,
} from './trust-steps.js';
import { WORDS } from './trust-words.js';

const SCRIPT = '<img src=x onerror=alert(1)>';

let server: TestServer;
let stage: Stage;
let client: Awaited<ReturnType<typeof demoClient>>;
let desks: Desks;

const scan = (page: Page, label: string) => desks.scan(page, label);

let clientPage: Page;
let doctorPage: Page;
let adminPage: Page;

beforeAll(async () => {
  stage = await openStage();
  ({ server, desks } = stage);
  client = await demoClient(server.url);
  clientPage = await desks.open();
  doctorPage = await desks.open();
  adminPage = await desks.open();
});

afterAll(async () => {
  await stage?.close();
});

describe('the trust layer in Finnish', () => {
  const w = WORDS.fi;
  let emergencyUntil = '';

  it('asks a visitor to sign in on the client screens, and the client signs in through the identity provider', async () => {
    const page = clientPage;
    await page.goto(`${server.url}/me`);
    await h1(page, 'Kirjaudu sisään').waitFor();
    await page.getByRole('link', { name: 'Kirjaudu sisään' }).first().click();
    await page.getByLabel('Käyttäjätunnus').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
    await scan(page, 'identity provider fi');
    await page.getByLabel('Käyttäjätunnus').fill('demo-client');
    await page.getByLabel('Salasana').fill('demo');
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await h1(page, w.logTitle).waitFor();
    expect(new URL(page.url()).pathname).toBe('/me');
    await page.getByText(`${client.displayName} · asiakas`).waitFor();
  });

  it('shows the client who has accessed their data, in plain language', async () => {
    const page = clientPage;
    const log = page.getByRole('list', { name: w.logList });
    // The demo data was written by the system; the test's own set-up read was the client's.
    await log
      .getByText(
        /^Saumaton-järjestelmä kirjasi sinut asiakkaaksi \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}\.$/,
      )
      .first()
      .waitFor();
    await log
      .getByText(/^Katsoit omia perustietojasi /)
      .first()
      .waitFor();
    await page.getByRole('heading', { level: 2, name: /^\d+ merkint/ }).waitFor();
    await scan(page, 'access log fi');
  });

  it('gives a consent after the errors at the fields, shows script-looking text as text, and withdraws it', async () => {
    const page = clientPage;
    await navLink(page, w, w.consentsNav).click();
    await h1(page, w.consentsTitle).waitFor();
    await page.getByText('Et ole antanut suostumuksia etkä luovutuskieltoja.').waitFor();
    await page.getByRole('button', { name: w.give, exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Tallennus ei onnistunut' });
    await summary.getByRole('link', { name: 'Valitse, mitä tietoja suostumus koskee.' }).waitFor();
    // The server's own check, in Finnish, at its field: the end of validity must be in the future.
    await page.getByRole('radio', { name: w.registerOption }).check();
    await page.getByLabel(w.scopeLabel).fill(`Kotiutus ${SCRIPT}`);
    await page.getByLabel('Voimassa asti (vapaaehtoinen)').fill('31.1.2020');
    await page.getByRole('button', { name: w.give, exact: true }).click();
    await summary
      .getByRole('link', { name: 'Voimassaolon päättymisen on oltava tulevaisuudessa.' })
      .waitFor();
    expect(await page.getByLabel('Voimassa asti (vapaaehtoinen)').getAttribute('aria-invalid')).toBe('true');
    await scan(page, 'consent form with errors fi');

    await page.getByLabel('Voimassa asti (vapaaehtoinen)').fill('');
    await page.getByRole('button', { name: w.give, exact: true }).click();
    await page.getByRole('status').getByText(w.given).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Kotiutus' });
    await row.getByRole('cell', { name: `Kotiutus ${SCRIPT}`, exact: true }).waitFor();
    expect((await row.textContent()) ?? '').toContain('Sinä itse');
    expect((await row.textContent()) ?? '').toContain('toistaiseksi');
    expect(await page.locator('main img').count()).toBe(0);
    await scan(page, 'consents fi');

    await row.getByRole('button', { name: w.withdraw(w.consentShort) }).click();
    await page.getByText('Perutaanko tämä:').waitFor();
    await page.getByRole('button', { name: w.confirmWithdraw }).click();
    await page.getByRole('status').getByText(w.withdrawn(w.consentShort)).waitFor();
    await row.getByText(w.withdrawnStatus).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
  });

  it('tells the client when the session has ended, and the client signs in again', async () => {
    const page = clientPage;
    await page.context().clearCookies();
    await navLink(page, w, w.logTitle).click();
    await page.getByRole('alert').filter({ hasText: 'Istuntosi on päättynyt' }).waitFor();
    await page.getByRole('link', { name: 'Kirjaudu uudelleen sisään' }).waitFor();
    await signIn(page, server.url, 'demo-client', 'fi', '/me');
    await h1(page, w.logTitle).waitFor();
  });

  it('refuses a doctor with no relationship, who then opens the data with break-the-glass', async () => {
    const page = doctorPage;
    await signIn(page, server.url, 'demo-doctor', 'fi', '/clients');
    await h1(page, w.clientsTitle).waitFor();
    await page.getByText('Lauri Lääkäri (demo) · lääkäri').waitFor();
    // A mistyped identity code is caught at its field, not answered with "no results".
    await page.getByLabel('Henkilötunnus').fill(client.identityCode.slice(0, -1));
    await page.getByRole('button', { name: 'Hae asiakasta' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Haku ei onnistunut' })
      .getByRole('link', { name: /^Tarkista henkilötunnus:/ })
      .waitFor();
    // The search does not reveal a client the doctor may not see.
    await page.getByLabel('Henkilötunnus').fill(client.identityCode);
    await page.getByRole('button', { name: 'Hae asiakasta' }).click();
    await page.getByRole('heading', { level: 2, name: '0 asiakasta' }).waitFor();
    await page.getByText('Ei asiakkaita, joiden tietoja voit avata.', { exact: false }).waitFor();
    await scan(page, 'client search fi');

    await page.goto(`${server.url}/clients/${client.id}`);
    await h1(page, w.refusedTitle).waitFor();
    await page.getByText('Yritys on kirjattu lokiin, ja asiakas näkee sen.', { exact: false }).waitFor();
    await page.getByRole('button', { name: w.submitBreakGlass }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Hätäkäyttöä ei kirjattu' });
    await summary.getByRole('link', { name: 'Valitse syy.' }).waitFor();
    await summary.getByRole('link', { name: 'Kirjoita perustelu, vähintään 10 merkkiä.' }).waitFor();
    expect(await page.getByLabel(w.reasonText).getAttribute('aria-invalid')).toBe('true');
    await scan(page, 'break-the-glass form with errors fi');

    emergencyUntil = await declareBreakGlass(
      page,
      server.url,
      w,
      client.id,
      `Tajuton potilas päivystyksessä, e2e-fi ${SCRIPT}`,
    );
    await h1(page, `${client.familyName}, ${client.givenNames}`).waitFor();
    await page.getByText('Avasit asiakkaan tiedot hätäkäytöllä', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Perustiedot' }).waitFor();
    await page.getByText(client.identityCode, { exact: true }).waitFor();
    await scan(page, 'client opened with break-the-glass fi');
  });

  it('lists the declaration for the administrator, with its text as text, and marks it reviewed', async () => {
    const page = adminPage;
    await signIn(page, server.url, 'demo-admin', 'fi', '/');
    await page.getByText('Auli Pääkäyttäjä (demo) · pääkäyttäjä').waitFor();
    await navLink(page, w, w.reviewNav).click();
    await h1(page, w.reviewTitle).waitFor();
    const item = page.getByRole('listitem').filter({ hasText: 'e2e-fi' });
    await item.getByText(`Tajuton potilas päivystyksessä, e2e-fi ${SCRIPT}`, { exact: true }).waitFor();
    const text = (await item.textContent()) ?? '';
    expect(text).toContain(w.reasonOption);
    expect(text).toContain(client.id);
    expect(text).toContain('demo-doctor');
    expect(text).toContain(`klo ${emergencyUntil}`);
    expect(await page.locator('main img').count()).toBe(0);
    await scan(page, 'break-the-glass review fi');
    await reviewDeclaration(page, w, 'e2e-fi', 'Päivystyksen lääkäri, syy tarkistettu.');
    await scan(page, 'break-the-glass review, reviewed fi');
  });

  it('shows the client the refused attempts and the emergency access, marked', async () => {
    const page = clientPage;
    await page.reload();
    const log = page.getByRole('list', { name: w.logList });
    const emergency = log.getByRole('listitem').filter({ hasText: 'avasi tietosi hätäkäytöllä' });
    await emergency.waitFor();
    expect((await emergency.textContent()) ?? '').toMatch(/^Hätäkäyttö\s*Lääkäri Lauri Lääkäri \(demo\) \(/);
    // Refused twice: on the first visit and again when the doctor came back to declare.
    const refused = log.getByRole('listitem').filter({ hasText: 'yritti katsoa perustietojasi' }).first();
    expect((await refused.textContent()) ?? '').toContain('Estetty');
    expect((await refused.textContent()) ?? '').toContain('mutta pääsy estettiin.');
    await log.getByRole('listitem').filter({ hasText: 'yritti hakea sinua asiakashaulla' }).waitFor();
    await scan(page, 'access log with emergency fi');
  });
});

describe('the main steps in Swedish and English', () => {
  const strangers: Record<'sv' | 'en', ClientFacts | null> = { sv: null, en: null };
  let otherClientPage: Page;
  let nursePage: Page;

  beforeAll(async () => {
    otherClientPage = await desks.open();
    nursePage = await desks.open();
    // Clients who first contacted the physiotherapist's unit: the nurse has no relationship with them.
    strangers.sv = await registerClient(server.url, 'demo-physiotherapist', {
      identityCode: fictionalIdentityCode('07', '07', '1977', 961),
      familyName: 'Sjöberg',
      givenNames: 'Ella',
      language: 'sv',
    });
    strangers.en = await registerClient(server.url, 'demo-physiotherapist', {
      identityCode: fictionalIdentityCode('08', '08', '1988', 962),
      familyName: 'Laine',
      givenNames: 'Onni',
      language: 'other',
    });
  });

  it('the client signs in in Swedish, sees the log, gives and withdraws a consent, then again in English', async () => {
    const page = otherClientPage;
    await signIn(page, server.url, 'demo-client', 'sv', '/me', async () => {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
      await scan(page, 'identity provider sv');
    });
    for (const w of [WORDS.sv, WORDS.en]) {
      await page.getByRole('button', { name: w.switchButton }).click();
      await navLink(page, w, w.logTitle).click();
      await h1(page, w.logTitle).waitFor();
      await page.getByRole('list', { name: w.logList }).waitFor();
      await scan(page, `access log ${w.lang}`);
      await giveAndWithdrawConsent(page, w, `e2e-${w.lang} ${SCRIPT}`);
      expect(await page.locator('main img').count()).toBe(0);
      await scan(page, `consents ${w.lang}`);
    }
  });

  it('the nurse signs in in English, is refused and uses break-the-glass, in Swedish and in English', async () => {
    const page = nursePage;
    await signIn(page, server.url, 'demo-nurse', 'en', '/clients', async () => {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await scan(page, 'identity provider en');
    });
    for (const w of [WORDS.sv, WORDS.en]) {
      const stranger = strangers[w.lang as 'sv' | 'en'];
      if (!stranger) throw new Error('no client registered');
      await page.getByRole('button', { name: w.switchButton }).click();
      await navLink(page, w, w.clientsTitle).click();
      await h1(page, w.clientsTitle).waitFor();
      await page.goto(`${server.url}/clients/${stranger.id}`);
      await h1(page, w.refusedTitle).waitFor();
      await scan(page, `refused ${w.lang}`);
      const until = await declareBreakGlass(
        page,
        server.url,
        w,
        stranger.id,
        `e2e-${w.lang}: ${SCRIPT} urgent`,
      );
      expect(until).not.toBe('');
      await h1(page, `${stranger.familyName}, ${stranger.givenNames}`).waitFor();
      await page.getByText(w.emergencyBadge).first().waitFor();
      await scan(page, `client opened ${w.lang}`);
    }
  });

  it('the administrator reviews both, in Swedish and in English', async () => {
    const page = adminPage;
    for (const w of [WORDS.sv, WORDS.en]) {
      await page.getByRole('button', { name: w.switchButton }).click();
      await reviewDeclaration(page, w, `e2e-${w.lang}`, `e2e-${w.lang} checked`);
      expect(await page.locator('main img').count()).toBe(0);
      await scan(page, `review ${w.lang}`);
    }
  });

  it('signs out from the header in each language', async () => {
    await signOutFromHeader(adminPage, WORDS.en);
    await adminPage.getByRole('link', { name: 'Sign in' }).waitFor();
    await signOutFromHeader(nursePage, WORDS.en);
    await signOutFromHeader(otherClientPage, WORDS.en);
    await signOutFromHeader(doctorPage, WORDS.fi);
    await signOutFromHeader(clientPage, WORDS.fi);
    // Signed out, the client's screen asks to sign in again.
    await clientPage.goto(`${server.url}/me/consents`);
    await h1(clientPage, 'Kirjaudu sisään').waitFor();
  });
});

describe('afterwards', () => {
  it('had no accessibility violations, page errors or script dialogs', async () => {
    await desks.closePages();
    expect(desks.axe).toEqual([]);
    expect(desks.errors).toEqual([]);
    expect(desks.dialogs).toEqual([]);
  });
});
