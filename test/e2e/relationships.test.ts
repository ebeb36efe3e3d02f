/**
 * Care and client relationships in a real browser against the real server and the demo county.
 * The doctor cannot open the demo client (no relationship). The nurse, in the client's care
 * team, finds the client, is told at the fields what is wrong (nothing chosen; then an unknown
 * username and an end too far ahead, from the server), adds the doctor to the care team for
 * about three months and sees it listed; the doctor then opens the client; the client sees the
 * doctor under "who is responsible for my care"; the nurse ends the membership in English and
 * finds it among the ended ones; the doctor is refused again. The nurse also records a legal
 * basis. In Finnish, with accessibility scans.
 *
 * Each person keeps their own browser profile and signs in once (the identity provider allows
 * ten sign-ins a minute per user).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser.js';
import { type Desks, openStage, type Stage } from './desks.js';
import type { TestServer } from './server.js';
import { demoClient, h1, navLink } from './trust-steps.js';
import { WORDS } from './trust-words.js';

let server: TestServer;
let stage: Stage;
let client: Awaited<ReturnType<typeof demoClient>>;
let desks: Desks;

let nursePage: Page;
let doctorPage: Page;
let clientPage: Page;

const NOTE = 'Konsultaatio diabeteksen hoidosta, e2e-relationships';
const DOCTOR = 'Lauri Lääkäri (demo) (demo-doctor)';

/** A day `months` ahead, typed as a person types it and as the Finnish screen shows it (23.2.2027). */
function dayAhead(months: number): string {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + months);
  return `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
}

const scan = (page: Page, label: string) => desks.scan(page, label);

const clientTitle = () => `${client.familyName}, ${client.givenNames}`;

function section(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

beforeAll(async () => {
  stage = await openStage();
  ({ server, desks } = stage);
  client = await demoClient(server.url);
  nursePage = await desks.open();
  doctorPage = await desks.open();
  clientPage = await desks.open();
});

afterAll(async () => {
  await stage?.close();
});

describe('care team membership recorded by a professional', () => {
  const w = WORDS.fi;

  it('refuses the doctor, who has no relationship with the client', async () => {
    await signIn(doctorPage, server.url, 'demo-doctor', 'fi', `/clients/${client.id}`);
    await h1(doctorPage, w.refusedTitle).waitFor();
  });

  it("lets the nurse in the care team add the doctor, with the server's errors at the fields first", async () => {
    const page = nursePage;
    await signIn(page, server.url, 'demo-nurse', 'fi', '/clients');
    await h1(page, w.clientsTitle).waitFor();
    await page.getByLabel('Sukunimi').fill(client.familyName);
    await page.getByRole('button', { name: 'Hae asiakasta' }).click();
    await page.getByRole('link', { name: clientTitle(), exact: true }).click();
    await h1(page, clientTitle()).waitFor();

    const rel = section(page, 'Hoito- ja asiakassuhteet');
    const current = rel.getByRole('table', { name: 'Voimassa olevat suhteet' });
    const own = current.getByRole('row').filter({ hasText: 'Niina Hoitaja (demo) (demo-nurse)' });
    await own.getByRole('cell', { name: 'Hoitotiimi', exact: true }).waitFor();
    await own.getByRole('cell', { name: /^Sinä, / }).waitFor();
    await current
      .getByRole('row')
      .filter({ hasText: 'Omatyöntekijä' })
      .filter({ hasText: 'Sanna Sosiaalityöntekijä (demo)' })
      .waitFor();
    expect(await current.getByRole('row').filter({ hasText: 'demo-doctor' }).count()).toBe(0);

    // Nothing chosen: every required field says so, and the summary links to it.
    const form = section(page, 'Lisää hoitotiimiin tai nimeä omatyöntekijä');
    const userId = form.getByLabel(/^Käyttäjätunnus/);
    const untilField = form.getByLabel('Voimassa asti');
    await page.getByRole('button', { name: 'Kirjaa suhde' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Suhdetta ei kirjattu' });
    await summary.getByRole('link', { name: 'Valitse suhteen laji.' }).waitFor();
    await summary.getByRole('link', { name: 'Anna kollegan käyttäjätunnus.' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-relationship-userId');
    expect(await userId.getAttribute('aria-invalid')).toBe('true');
    expect(await untilField.getAttribute('aria-invalid')).toBe('true');

    // The server's field errors land at their fields: an unknown username, an end too far ahead.
    await page.getByRole('radio', { name: 'Hoitotiimin jäsen' }).check();
    await userId.fill('demo-nobody');
    await untilField.fill(dayAhead(36));
    await page.getByRole('button', { name: 'Kirjaa suhde' }).click();
    await summary
      .getByRole('link', { name: 'Käyttäjä "demo-nobody" ei ole aktiivinen ammattilainen.' })
      .waitFor();
    await summary.getByRole('link', { name: /^Päättymisaika voi olla enintään 730 päivän päässä/ }).waitFor();
    const userIdError = await userId.getAttribute('aria-describedby');
    expect(userIdError).toContain('f-relationship-userId-error');
    await page.locator('#f-relationship-userId-error').getByText('ei ole aktiivinen ammattilainen').waitFor();
    expect(await page.getByRole('radio', { name: 'Hoitotiimin jäsen' }).isChecked()).toBe(true);
    await scan(page, 'relationship form with errors fi');

    // The colleague is found by a part of the name, and choosing fills in the username.
    const finder = section(page, 'Etsi kollega');
    await finder.getByLabel('Nimi tai käyttäjätunnus').fill('l');
    await finder.getByRole('button', { name: 'Hae kollegaa' }).click();
    const findSummary = page.getByRole('alert').filter({ hasText: 'Kollegaa ei haettu' });
    await findSummary.getByRole('link', { name: /^Kirjoita vähintään kaksi merkkiä/ }).waitFor();
    await finder.getByLabel('Nimi tai käyttäjätunnus').fill('lääk');
    await finder.getByRole('button', { name: 'Hae kollegaa' }).click();
    await findSummary.waitFor({ state: 'detached' });
    const found = finder.getByRole('list', { name: 'Ammattilaiset haulla ”lääk”' });
    await found.getByRole('listitem').filter({ hasText: 'Lauri Lääkäri (demo)' }).waitFor();
    expect(await found.getByRole('listitem').filter({ hasText: 'Niina Hoitaja' }).count()).toBe(0);
    await scan(page, 'colleague found fi');
    await found.getByRole('button', { name: 'Valitse Lauri Lääkäri (demo) (demo-doctor)' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-relationship-userId');
    expect(await userId.inputValue()).toBe('demo-doctor');

    const until = dayAhead(3);
    await untilField.fill(until);
    await form.getByLabel('Lisätieto (vapaaehtoinen)').fill(NOTE);
    await page.getByRole('button', { name: 'Kirjaa suhde' }).click();
    await page.getByRole('status').getByText('Suhde kirjattu – Hoitotiimi: demo-doctor.').waitFor();
    await summary.waitFor({ state: 'detached' });
    const added = current.getByRole('row').filter({ hasText: DOCTOR });
    await added.getByRole('cell', { name: 'Hoitotiimi', exact: true }).waitFor();
    await added.getByRole('cell', { name: until, exact: true }).waitFor();
    await added.getByRole('cell', { name: NOTE }).waitFor();
    await added.getByRole('cell', { name: /^Sinä, / }).waitFor();
    // The form is empty again for the next one.
    expect(await userId.inputValue()).toBe('');
    await scan(page, 'relationships with the doctor added fi');
  });

  it('then lets the doctor open the client', async () => {
    await doctorPage.reload();
    await h1(doctorPage, clientTitle()).waitFor();
    await doctorPage.getByText(client.identityCode, { exact: true }).waitFor();
    const row = section(doctorPage, 'Hoito- ja asiakassuhteet')
      .getByRole('table', { name: 'Voimassa olevat suhteet' })
      .getByRole('row')
      .filter({ hasText: DOCTOR });
    await row.getByRole('cell', { name: 'Niina Hoitaja (demo), ', exact: false }).waitFor();
  });

  it('shows the client who is responsible for their care', async () => {
    const page = clientPage;
    await signIn(page, server.url, 'demo-client', 'fi', '/me');
    await navLink(page, w, 'Hoidostani vastaavat').click();
    await h1(page, 'Kuka vastaa hoidostani').waitFor();
    const table = page.getByRole('table', { name: 'Voimassa olevat hoito- ja asiakassuhteesi' });
    const doctor = table.getByRole('row').filter({ hasText: 'Lauri Lääkäri (demo)' });
    await doctor.getByRole('cell', { name: 'Hoitotiimi', exact: true }).waitFor();
    await doctor.getByRole('cell', { name: dayAhead(3), exact: true }).waitFor();
    await table.getByRole('row').filter({ hasText: 'Niina Hoitaja (demo)' }).waitFor();
    await table.getByRole('row').filter({ hasText: 'Omatyöntekijä' }).waitFor();
    // The client is not shown the professionals' usernames or the notes.
    expect((await table.textContent()) ?? '').not.toContain('demo-doctor');
    expect((await table.textContent()) ?? '').not.toContain(NOTE);
    await scan(page, 'who is responsible for my care fi');
  });

  it('lets the nurse end the membership, in English, after a confirmation', async () => {
    const page = nursePage;
    await page.getByRole('button', { name: 'In English' }).click();
    await h1(page, clientTitle()).waitFor();
    const rel = section(page, 'Care and client relationships');
    const current = rel.getByRole('table', { name: 'Relationships in force' });
    const what = `Care team: ${DOCTOR}`;
    const end = current.getByRole('button', { name: `End the relationship – ${what}` });
    await end.click();
    const confirm = page.getByRole('button', { name: 'Yes, end it' });
    await page.waitForFunction(() => document.activeElement?.id === 'confirm-end');
    await page.getByText(`End this relationship now – ${what}?`, { exact: false }).waitFor();
    // Cancelling keeps it, and puts focus back on its button.
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id?.startsWith('end-'))).toBe(true);
    await end.click();
    await confirm.click();
    await page.getByRole('status').getByText(`Relationship ended – ${what}.`).waitFor();
    await current.getByRole('row').filter({ hasText: DOCTOR }).waitFor({ state: 'detached' });
    await rel.getByText('Ended relationships (1)').click();
    const past = rel.getByRole('table', { name: 'Ended relationships, most recently ended first' });
    await past.getByRole('row').filter({ hasText: DOCTOR }).filter({ hasText: NOTE }).waitFor();
    await scan(page, 'relationships after ending en');
    await page.getByRole('button', { name: 'Suomeksi' }).click();
    await h1(page, clientTitle()).waitFor();
  });

  it('refuses the doctor again', async () => {
    await doctorPage.reload();
    await h1(doctorPage, w.refusedTitle).waitFor();
  });

  it('lets the nurse record a legal basis, with a typed date checked', async () => {
    const page = nursePage;
    const legal = section(page, 'Lakiperusteet');
    await legal.getByText('Lakiperusteita ei ole kirjattu.').waitFor();
    await legal
      .getByRole('radio', { name: 'Sosiaalihuollon tiedot saa näyttää terveydenhuollon ammattilaisille' })
      .check();
    await legal.getByLabel('Säännös').fill('Sosiaalihuoltolaki 1301/2014, e2e');
    await legal.getByLabel('Voimassa asti (vapaaehtoinen)').fill('31.13.2027');
    await legal.getByRole('button', { name: 'Kirjaa lakiperuste' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Lakiperustetta ei kirjattu' });
    await summary.getByRole('link', { name: /^Anna oikea päivämäärä/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-legalBasis-validUntil');
    await legal.getByLabel('Voimassa asti (vapaaehtoinen)').fill('');
    await legal.getByRole('button', { name: 'Kirjaa lakiperuste' }).click();
    await page.getByRole('status').getByText('Lakiperuste kirjattu.').waitFor();
    const row = legal
      .getByRole('table', { name: 'Kirjatut lakiperusteet' })
      .getByRole('row')
      .filter({ hasText: 'Sosiaalihuoltolaki 1301/2014, e2e' });
    await row.getByRole('cell', { name: 'Sosiaalihuollon tiedot terveydenhuollolle' }).waitFor();
    await row.getByText('Voimassa', { exact: true }).waitFor();
    await row.getByRole('cell', { name: /alkaen, toistaiseksi$/ }).waitFor();
    await scan(page, 'legal bases fi');
  });
});

describe('afterwards', () => {
  it('had no accessibility violations or page errors', async () => {
    await desks.closePages();
    expect(desks.axe).toEqual([]);
    expect(desks.errors).toEqual([]);
  });
});
