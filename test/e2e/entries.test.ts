/**
 * Client record entries in a real browser against the real server and the demo county. The
 * nurse in the demo client's care team writes a note in the health care register (errors at the
 * fields first) and corrects it; the correction links to the note, which says it was corrected.
 * The social worker, the client's personal worker, sees only the social welfare register and is
 * told how the other opens, and writes a contact entry. The client gives a consent for the
 * health care register, and the social worker then sees the nurse's entries too (in English).
 * The client reads every entry about them at /me/entries. A doctor here by an emergency access
 * alone sees the relationships and legal bases but no forms to change them. In Finnish, with
 * accessibility scans.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoToken, signIn } from './browser.js';
import { type Desks, openStage, type Stage } from './desks.js';
import type { TestServer } from './server.js';
import { declareBreakGlass, demoClient, h1, navLink } from './trust-steps.js';
import { WORDS } from './trust-words.js';

let server: TestServer;
let stage: Stage;
let client: Awaited<ReturnType<typeof demoClient>>;
let desks: Desks;
let nursePage: Page;
let socialPage: Page;
let clientPage: Page;
let doctorPage: Page;

const NOTE = 'Verenpaine 150/95, kontrolli kahden viikon päästä. e2e-entries';
const CORRECTED = 'Verenpaine 140/90, kontrolli kahden viikon päästä. e2e-entries';
const CONTACT = 'Puhelu asiakkaan kanssa asumisen tuesta. e2e-entries';
/** "12.3.2026 klo 9.05" as the Finnish screen shows a time. */
const WHEN_FI = String.raw`\d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}`;

const scan = (page: Page, label: string) => desks.scan(page, label);
const clientTitle = () => `${client.familyName}, ${client.givenNames}`;
const section = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });
const entryList = (page: Page, name = 'Kirjaukset, uusin ensin') => page.getByRole('list', { name });
const entry = (page: Page, text: string, name?: string) =>
  entryList(page, name).getByRole('listitem').filter({ hasText: text });

beforeAll(async () => {
  stage = await openStage();
  ({ server, desks } = stage);
  client = await demoClient(server.url);
  nursePage = await desks.open();
  socialPage = await desks.open();
  clientPage = await desks.open();
  doctorPage = await desks.open();
});

afterAll(async () => {
  await stage?.close();
});

describe('record entries in two registers', () => {
  it('lets the nurse write a note in the health care register, errors at the fields first', async () => {
    const page = nursePage;
    await signIn(page, server.url, 'demo-nurse', 'fi', `/clients/${client.id}`);
    await h1(page, clientTitle()).waitFor();
    const entries = section(page, 'Kirjaukset');
    await entries
      .getByText(/^Näet vain terveydenhuollon kirjaukset\. Sosiaalihuollon kirjaukset näet vain/)
      .waitFor();
    await entries.getByText('Kirjauksia ei ole.').waitFor();

    const form = section(page, 'Kirjoita merkintä');
    await form.getByText('Rekisteri: Terveydenhuolto').waitFor();
    await form.getByRole('button', { name: 'Tallenna merkintä' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Merkintää ei tallennettu' });
    await summary.getByRole('link', { name: 'Valitse kirjauksen laji.' }).waitFor();
    await summary.getByRole('link', { name: 'Kirjoita merkinnän teksti.' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-entry-text');
    const text = form.getByRole('textbox', { name: 'Teksti', exact: true });
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    await scan(page, 'entry form with errors fi');

    await form.getByRole('radio', { name: 'Merkintä', exact: true }).check();
    await text.fill(NOTE);
    await form.getByRole('button', { name: 'Tallenna merkintä' }).click();
    await page.getByRole('status').getByText('Merkintä tallennettu.').waitFor();
    await summary.waitFor({ state: 'detached' });
    const note = entry(page, NOTE);
    await note.getByText('Terveydenhuolto', { exact: true }).waitFor();
    await note.getByRole('heading', { level: 3, name: new RegExp(`^Merkintä, ${WHEN_FI}$`) }).waitFor();
    await note.getByText(/^Kirjaaja: Niina Hoitaja \(demo\), sairaanhoitaja, .+/).waitFor();
    // Focus moves to the entry just written; the form is empty for the next one.
    await page.waitForFunction(() => document.activeElement?.classList.contains('entry'));
    expect(await text.inputValue()).toBe('');
    await entries.getByText('1 kirjaus', { exact: true }).waitFor();
  });

  it('lets the nurse correct the note: the correction links to it, and it says it was corrected', async () => {
    const page = nursePage;
    const note = entry(page, NOTE);
    const title = (await note.getByRole('heading', { level: 3 }).textContent()) ?? '';
    const when = title.replace(/^Merkintä, /, '');
    await note.getByRole('button', { name: `Korjaa: ${title}` }).click();
    const form = section(page, 'Korjaa merkintää');
    const text = form.getByRole('textbox', { name: 'Teksti', exact: true });
    await page.waitForFunction(() => document.activeElement?.id === 'f-entry-text');
    // The form starts from the text corrected.
    expect(await text.inputValue()).toBe(NOTE);
    await form.getByText(`Korjattava merkintä: ${title}`, { exact: false }).waitFor();
    await text.fill(CORRECTED);
    await scan(page, 'correcting an entry fi');
    await form.getByRole('button', { name: 'Tallenna korjaus' }).click();
    await page.getByRole('status').getByText('Korjaus tallennettu.').waitFor();

    const correction = entry(page, CORRECTED);
    await correction.getByRole('heading', { level: 3, name: new RegExp(`^Korjaus, ${WHEN_FI}$`) }).waitFor();
    const back = correction.getByRole('link', { name: `Korjaa merkintää ${when}` });
    await note.getByText('Korjattu', { exact: true }).waitFor();
    await note.getByRole('link', { name: new RegExp(`^Katso korjaus ${WHEN_FI}$`) }).waitFor();
    await back.click();
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await section(page, 'Kirjaukset').getByText('2 kirjausta', { exact: true }).waitFor();
    await section(page, 'Kirjoita merkintä').waitFor();
    await scan(page, 'entries with a correction fi');
  });

  it('shows the social worker only the social welfare register, and says how the other opens', async () => {
    const page = socialPage;
    await signIn(page, server.url, 'demo-social-worker', 'fi', `/clients/${client.id}`);
    await h1(page, clientTitle()).waitFor();
    const entries = section(page, 'Kirjaukset');
    await entries
      .getByText(
        'Näet vain sosiaalihuollon kirjaukset. Terveydenhuollon kirjaukset näet vain, jos asiakas antaa siihen suostumuksensa tai siihen on laissa säädetty peruste.',
      )
      .waitFor();
    await entries.getByText('Kirjauksia ei ole.').waitFor();
    expect((await entries.textContent()) ?? '').not.toContain('e2e-entries');

    const form = section(page, 'Kirjoita merkintä');
    await form.getByText('Rekisteri: Sosiaalihuolto').waitFor();
    await form.getByRole('radio', { name: /^Yhteydenpito/ }).check();
    await form.getByRole('textbox', { name: 'Teksti', exact: true }).fill(CONTACT);
    await form.getByRole('button', { name: 'Tallenna merkintä' }).click();
    await page.getByRole('status').getByText('Merkintä tallennettu.').waitFor();
    const contact = entry(page, CONTACT);
    await contact.getByText('Sosiaalihuolto', { exact: true }).waitFor();
    await contact
      .getByRole('heading', { level: 3, name: new RegExp(`^Yhteydenpito, ${WHEN_FI}$`) })
      .waitFor();
    await contact.getByText(/^Kirjaaja: Sanna Sosiaalityöntekijä \(demo\), sosiaalityöntekijä/).waitFor();
    await scan(page, 'entries, social register only fi');
  });

  it('lets the client give a consent for the health care register', async () => {
    const page = clientPage;
    await signIn(page, server.url, 'demo-client', 'fi', '/me/consents');
    await h1(page, 'Suostumukseni').waitFor();
    await page
      .getByRole('radio', { name: 'Terveydenhuollon tietoni saa näyttää sosiaalihuollon ammattilaisille' })
      .check();
    await page.getByRole('button', { name: 'Anna suostumus', exact: true }).click();
    await page.getByRole('status').getByText('Suostumus annettu.').waitFor();
  });

  it("then shows the social worker the nurse's entries too, in English", async () => {
    const page = socialPage;
    await page.getByRole('button', { name: 'In English' }).click();
    await page.reload();
    await h1(page, clientTitle()).waitFor();
    const entries = section(page, 'Record entries');
    await entries.getByText('You see both the social welfare and the health care entries.').waitFor();
    await entries.getByText('3 entries', { exact: true }).waitFor();
    const name = 'Entries, newest first';
    const note = entry(page, NOTE, name);
    await note.getByText('Health care', { exact: true }).waitFor();
    await note.getByText('Corrected', { exact: true }).waitFor();
    await note.getByText(/^Written by: Niina Hoitaja \(demo\), nurse, .+/).waitFor();
    const correction = entry(page, CORRECTED, name);
    await correction.getByRole('link', { name: /^Corrects the entry of / }).waitFor();
    await entry(page, CONTACT, name).getByText('Social welfare', { exact: true }).waitFor();
    // The health care register is the nurse's to correct, not the social worker's.
    expect(await note.getByRole('button', { name: /^Correct:/ }).count()).toBe(0);
    expect(
      await entry(page, CONTACT, name)
        .getByRole('button', { name: /^Correct:/ })
        .count(),
    ).toBe(1);
    await section(page, 'Write an entry').getByText('Register: Social welfare').waitFor();
    await scan(page, 'entries, both registers en');
    await page.getByRole('button', { name: 'Suomeksi' }).click();
    await h1(page, clientTitle()).waitFor();
  });

  it('shows the client every entry about them, read only', async () => {
    const page = clientPage;
    await navLink(page, WORDS.fi, 'Kirjaukset minusta').click();
    await h1(page, 'Kirjaukset minusta').waitFor();
    await page.getByText('3 kirjausta', { exact: true }).waitFor();
    const note = entry(page, NOTE);
    await note.getByText('Terveydenhuolto', { exact: true }).waitFor();
    await note.getByText('Korjattu', { exact: true }).waitFor();
    await note.getByText(/^Kirjaaja: Niina Hoitaja \(demo\), sairaanhoitaja/).waitFor();
    await entry(page, CORRECTED)
      .getByRole('heading', { level: 3, name: /^Korjaus, / })
      .waitFor();
    const contact = entry(page, CONTACT);
    await contact.getByText('Sosiaalihuolto', { exact: true }).waitFor();
    await contact.getByRole('heading', { level: 3, name: /^Yhteydenpito, / }).waitFor();
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    await scan(page, 'entries about me fi');

    // The log says in words who read the entries and who wrote them.
    await navLink(page, WORDS.fi, WORDS.fi.logTitle).click();
    const log = page.getByRole('list', { name: WORDS.fi.logList });
    await log
      .getByRole('listitem')
      .filter({ hasText: 'Katsoit sinusta tehtyjä kirjauksia' })
      .first()
      .waitFor();
    await log
      .getByRole('listitem')
      .filter({ hasText: 'Sanna Sosiaalityöntekijä (demo)' })
      .filter({ hasText: 'katsoi sinusta tehtyjä kirjauksia' })
      .first()
      .waitFor();
  });

  it('shows a doctor here by an emergency access the relationships, without the forms to change them', async () => {
    const page = doctorPage;
    const w = WORDS.fi;
    await signIn(page, server.url, 'demo-doctor', 'fi', '/clients');
    await h1(page, w.clientsTitle).waitFor();
    await declareBreakGlass(page, server.url, w, client.id, 'Tajuton potilas päivystyksessä, e2e-entries');
    await h1(page, clientTitle()).waitFor();
    const rel = section(page, 'Hoito- ja asiakassuhteet');
    await rel.getByText('Hätäkäytöllä et voi kirjata etkä päättää hoito- ja asiakassuhteita.').waitFor();
    const current = rel.getByRole('table', { name: 'Voimassa olevat suhteet' });
    await current.getByRole('row').filter({ hasText: 'Niina Hoitaja (demo) (demo-nurse)' }).waitFor();
    expect(await current.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Kirjaa suhde' }).count()).toBe(0);
    const legal = section(page, 'Lakiperusteet');
    await legal.getByText('Hätäkäytöllä et voi kirjata lakiperusteita.').waitFor();
    expect(await page.getByRole('button', { name: 'Kirjaa lakiperuste' }).count()).toBe(0);
    // The entries stay readable under the emergency access.
    await entry(page, CORRECTED).waitFor();
    await scan(page, 'emergency access, relationships read only fi');
  });
});

describe('many entries', () => {
  it('opens the page that has the entry a correction points to, and back', async () => {
    // Nineteen more notes and a second correction, through the API: the second correction is on
    // the first page, the note it corrects on the second.
    const token = await demoToken(server.url, 'demo-nurse');
    const write = async (body: Record<string, unknown>) => {
      const res = await fetch(`${server.url}/api/clients/${client.id}/entries`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(201);
      return (await res.json()) as { id: string };
    };
    const list = (await (
      await fetch(`${server.url}/api/clients/${client.id}/entries?limit=50`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { items: { id: string; text: string }[] };
    const noteId = list.items.find((e) => e.text === NOTE)?.id;
    for (let i = 1; i <= 19; i++) await write({ kind: 'note', text: `Seurantamerkintä ${i}, e2e-paging` });
    const second = await write({
      kind: 'correction',
      corrects: noteId,
      text: `${CORRECTED} (toinen korjaus)`,
    });

    const page = nursePage;
    await page.reload();
    const entries = section(page, 'Kirjaukset');
    await entries.getByText('22 kirjausta', { exact: true }).waitFor();
    await entries.getByText('Näytetään 1–20 / 22').waitFor();
    await entry(page, 'toinen korjaus').getByRole('link', { name: 'Korjaa aiempaa merkintää' }).click();
    await entries.getByText('Näytetään 21–22 / 22').waitFor();
    const note = entry(page, NOTE);
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    // The newest of its two corrections, seen on the first page.
    await note.getByRole('link', { name: new RegExp(`^Katso korjaus ${WHEN_FI}$`) }).click();
    await entries.getByText('Näytetään 1–20 / 22').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`entry-${second.id}`);
    await scan(page, 'entries, paged fi');
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
