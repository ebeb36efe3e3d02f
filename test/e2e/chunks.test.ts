/**
 * The web app's code arrives by role (`src/web/ui/lazyScreen.tsx`). A client on their own screens
 * (/me…) loads the client's screens and never the organizer's editors nor the professional's
 * screens: which source files a page ran is read from the source maps of the scripts it requested.
 * While a screen's code is on its way the page says "loading"; when it cannot arrive, the page
 * says so and reloads on request. After an in-app move to a screen whose code had to be fetched,
 * the heading has focus as after any other. In Finnish, with accessibility scans.
 */
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, newContext, seriousAxeViolations, signIn } from './browser.js';
import { startTestServer, type TestServer } from './server.js';
import { h1 } from './trust-steps.js';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const axe: string[] = [];

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name, exact: true });
const scan = async (page: Page, label: string) =>
  axe.push(...(await seriousAxeViolations(page, label)).map((v) => `${label}: ${v}`));
const isScript = (url: string | URL) => new URL(url).pathname.endsWith('.js');

/** A new visitor's page, with its errors collected. */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  return { page, errors: collectPageErrors(page) };
}

/** The scripts the page requests from now on. */
function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (isScript(r.url())) urls.push(r.url());
  });
  return urls;
}

/** The app's source files (`src/web/…`) that the scripts were built from, by their source maps. */
async function sourcesOf(scripts: string[]): Promise<Set<string>> {
  const sources = new Set<string>();
  for (const url of new Set(scripts)) {
    const res = await fetch(`${url}.map`);
    if (!res.ok) throw new Error(`${url}.map → ${res.status}`);
    const map = (await res.json()) as { sources: string[] };
    for (const s of map.sources) {
      const at = s.indexOf('src/web/');
      if (at >= 0) sources.add(s.slice(at + 'src/web/'.length));
    }
  }
  return sources;
}

/** The organizer's and the professional's screens and the editor kit; their URL tables (`routes.tsx`) are not screens. */
const notForClients = (source: string) =>
  (/^(organizer|professional)\//.test(source) && !/^(organizer|professional)\/routes\.tsx$/.test(source)) ||
  /^ui\/(EditorFrame|useRecordEditor|ResourceList)\./.test(source);

/** Holds the scripts requested from now on until `release`, or fails them all. */
async function interceptScripts(page: Page, mode: 'hold' | 'fail') {
  const held: Route[] = [];
  let released = false;
  let requested!: () => void;
  const firstRequest = new Promise<void>((resolve) => {
    requested = resolve;
  });
  await page.route(isScript, async (route) => {
    requested();
    if (mode === 'fail') await route.abort('failed');
    else if (released) await route.continue();
    else held.push(route);
  });
  return {
    firstRequest,
    async release() {
      released = true;
      for (const r of held) await r.continue();
      await page.unroute(isScript);
    },
  };
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

describe('the web app loads each role its own code', () => {
  it("loads a client's screens without the organizer's editors or the professional's screens", async () => {
    const { page, errors } = await openPage();
    await signIn(page, server.url, 'demo-client', 'fi', '/me');
    await h1(page, 'Kuka on katsonut tietojani').waitFor();

    // From a fresh load of /me, then through every screen of the client's menu.
    const scripts = recordScripts(page);
    await page.reload();
    await h1(page, 'Kuka on katsonut tietojani').waitFor();
    for (const [item, title] of [
      ['Kirjaukset minusta', 'Kirjaukset minusta'],
      ['Suostumukseni', 'Suostumukseni'],
      ['Hoidostani vastaavat', 'Kuka vastaa hoidostani'],
    ] as const) {
      await nav(page, item).click();
      await h1(page, title).waitFor();
    }
    await scan(page, 'client screens after lazy loads');

    const sources = await sourcesOf(scripts);
    expect(sources).toContain('client/AccessLog.tsx');
    expect(sources).toContain('client/MyEntries.tsx');
    expect(sources).toContain('records/EntryList.tsx');
    expect([...sources].filter(notForClients)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("says it is loading while a screen's code arrives, then the heading takes focus", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${server.url}/me`);
    await h1(page, 'Kirjaudu sisään').waitFor();

    const scripts = recordScripts(page);
    const held = await interceptScripts(page, 'hold');
    await nav(page, 'Palvelut').click();
    await held.firstRequest;
    const loading = page.getByRole('main').getByText('Ladataan…', { exact: true });
    await loading.waitFor();
    expect(await loading.getAttribute('aria-busy')).toBe('true');
    await scan(page, 'screen code loading');

    await held.release();
    await h1(page, 'Palvelut').waitFor();
    await page.waitForFunction(
      () => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === 'Palvelut',
    );
    expect(await loading.count()).toBe(0);

    // The check above would see the organizer's code: this page has it, editors and all.
    const sources = await sourcesOf(scripts);
    expect(sources).toContain('organizer/services/ServiceEdit.tsx');
    expect(sources).toContain('ui/EditorFrame.tsx');
    expect(errors).toEqual([]);
  });

  it("says so when a screen's code cannot be loaded, and reloads the page on request", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${server.url}/me`);
    await h1(page, 'Kirjaudu sisään').waitFor();

    const failing = await interceptScripts(page, 'fail');
    await nav(page, 'Palvelut').click();
    await failing.firstRequest;
    const alert = page.getByRole('alert').filter({
      hasText: 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
    });
    await alert.waitFor();
    await scan(page, 'screen code failed to load');
    // The shell still works: the menu and the language switch are there.
    await nav(page, 'Palvelut').waitFor();

    await failing.release();
    await alert.getByRole('button', { name: 'Lataa sivu uudelleen' }).click();
    await h1(page, 'Palvelut').waitFor();
    expect(new URL(page.url()).pathname).toBe('/services');
    // Only the failed fetches were reported: the app itself threw nothing else.
    expect(errors.filter((e) => !/ERR_FAILED|ScreenLoadError/.test(e))).toEqual([]);
  });

  it('has no serious accessibility findings', () => {
    expect(axe).toEqual([]);
  });
});
