/**
 * A browser test's stage: the real server on a fresh database with the demo county, Chromium,
 * and the people of the test, each at a desk of their own: their own browser profile (so each
 * signs in once: the identity provider allows ten sign-ins a minute), with the page errors, any
 * dialog a script opens (none may), and the accessibility scans' serious findings gathered for
 * the test's last check.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchBrowser, newContext, seriousAxeViolations } from './browser.js';
import { startTestServer, type TestServer } from './server.js';

export class Desks {
  readonly errors: string[] = [];
  readonly dialogs: string[] = [];
  readonly axe: string[] = [];
  private readonly contexts: BrowserContext[] = [];

  constructor(private readonly browser: Browser) {}

  /** A new person's page. */
  async open(): Promise<Page> {
    const context = await newContext(this.browser);
    this.contexts.push(context);
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    page.on('close', () => this.errors.push(...pageErrors));
    page.on('dialog', (d) => {
      this.dialogs.push(d.message());
      void d.dismiss();
    });
    return page;
  }

  /** Runs axe-core on the page as it is now; serious and critical findings are kept, labelled. */
  async scan(page: Page, label: string): Promise<void> {
    this.axe.push(...(await seriousAxeViolations(page, label)).map((v) => `${label}: ${v}`));
  }

  /** Closes every page, so that their errors are counted. */
  async closePages(): Promise<void> {
    for (const c of this.contexts) for (const p of c.pages()) await p.close();
  }

  async close(): Promise<void> {
    for (const c of this.contexts) await c.close();
  }
}

export interface Stage {
  server: TestServer;
  desks: Desks;
  close(): Promise<void>;
}

/** Starts the server and the browser; `close` ends both, and every desk. */
export async function openStage(): Promise<Stage> {
  const server = await startTestServer();
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (e) {
    await server.stop();
    throw e;
  }
  const desks = new Desks(browser);
  return {
    server,
    desks,
    async close() {
      await desks.close();
      await browser.close();
      await server.stop();
    },
  };
}
