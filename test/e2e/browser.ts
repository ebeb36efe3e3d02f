/** Chromium for the browser tests, and an axe-core scan that fails on serious or critical violations. */
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh browser profile. bypassCSP lets the test inject axe-core as an inline script; the app
 * itself needs no exception to the server's Content-Security-Policy.
 */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
}

/**
 * Errors thrown in the page or logged to its console, so a test can assert there were none.
 * Chromium logs every 4xx answer; those are the API refusing on purpose (the tests provoke
 * them) and the app shows them, so they are not counted.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (/^Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())) return;
    errors.push(`console: ${m.text()}`);
  });
  return errors;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core on the page as it is now; returns the serious and critical violations, printing them. */
export async function seriousAxeViolations(page: Page, label: string): Promise<string[]> {
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined',
  );
  if (!loaded) await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of bad) {
    console.error(`[axe ${label}] ${v.impact} ${v.id}: ${v.help}`);
    for (const n of v.nodes.slice(0, 5))
      console.error(`    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`);
  }
  return bad.map((v) => `${v.id} (${v.nodes.length})`);
}

/** The built-in identity provider's form, as it reads in each language. */
const IDP_LABELS = {
  fi: { username: 'Käyttäjätunnus', password: 'Salasana', submit: 'Kirjaudu' },
  sv: { username: 'Användarnamn', password: 'Lösenord', submit: 'Logga in' },
  en: { username: 'Username', password: 'Password', submit: 'Sign in' },
} as const;

export const DEMO_PASSWORD = 'demo';

/**
 * Signs in as a demo user through the real sign-in: the web app's /auth/login (as its sign-in
 * link does), the built-in identity provider's form in the language asked, and back to `returnTo`
 * with the session cookie. Resolves once the app is back at `returnTo`.
 */
export async function signIn(
  page: Page,
  baseUrl: string,
  user: string,
  lang: keyof typeof IDP_LABELS = 'fi',
  returnTo = '/',
  /** Runs on the identity provider's page before filling it in, e.g. an accessibility scan. */
  onForm?: (page: Page) => Promise<void>,
): Promise<void> {
  const labels = IDP_LABELS[lang];
  await page.goto(`${baseUrl}/auth/login?${new URLSearchParams({ returnTo, lang })}`);
  await page.getByLabel(labels.username).waitFor();
  if (onForm) await onForm(page);
  await page.getByLabel(labels.username).fill(user);
  await page.getByLabel(labels.password).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  const path = new URL(returnTo, baseUrl).pathname;
  try {
    await page.waitForURL((url) => url.pathname === path && url.origin === new URL(baseUrl).origin, {
      timeout: 15_000,
    });
  } catch (e) {
    const text = await page
      .locator('body')
      .textContent()
      .catch(() => '');
    throw new Error(
      `signing in as ${user} did not return to ${returnTo}: at ${page.url()}\n${(text ?? '').slice(0, 800)}`,
      {
        cause: e,
      },
    );
  }
}

/** Signs out with the header's button (the app's own POST /auth/logout with its CSRF token). */
export async function signOut(page: Page, buttonName: string | RegExp = 'Kirjaudu ulos'): Promise<void> {
  await page.getByRole('button', { name: buttonName }).click();
}

/** A bearer token for a demo user (POST /api/auth/token), for test set-up a person would not do by hand. */
export async function demoToken(baseUrl: string, user: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`token for ${user} → ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}
