/**
 * The trust layer's journeys as steps, in any of the three languages: the client gives and
 * withdraws a consent, a professional declares break-the-glass, the administrator reviews it.
 */
import type { Page } from 'playwright-core';
import { demoToken } from './browser.js';
import type { Words } from './trust-words.js';

export const h1 = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' });

export const navLink = (page: Page, w: Words, name: string) =>
  page.getByRole('navigation', { name: w.nav }).getByRole('link', { name, exact: true });

export async function signOutFromHeader(page: Page, w: Words): Promise<void> {
  await page.getByRole('button', { name: w.signOut, exact: true }).click();
  await page.getByRole('status').getByText(w.signedOut).waitFor();
}

export async function giveAndWithdrawConsent(page: Page, w: Words, scope: string): Promise<void> {
  await navLink(page, w, w.consentsNav).click();
  await h1(page, w.consentsTitle).waitFor();
  await page.getByRole('radio', { name: w.registerOption }).check();
  await page.getByLabel(w.scopeLabel).fill(scope);
  await page.getByRole('button', { name: w.give, exact: true }).click();
  await page.getByRole('status').getByText(w.given).waitFor();
  const row = page.getByRole('row').filter({ hasText: scope });
  await row.getByRole('button', { name: w.withdraw(w.consentShort) }).click();
  await page.getByRole('button', { name: w.confirmWithdraw }).click();
  await page.getByRole('status').getByText(w.withdrawn(w.consentShort)).waitFor();
  await row.getByText(w.withdrawnStatus).waitFor();
}

/** Opens a client the professional has no relationship with, is refused, and declares an emergency. */
export async function declareBreakGlass(
  page: Page,
  baseUrl: string,
  w: Words,
  clientId: string,
  text: string,
): Promise<string> {
  await page.goto(`${baseUrl}/clients/${clientId}`);
  await h1(page, w.refusedTitle).waitFor();
  await page.getByRole('radio', { name: w.reasonOption }).check();
  await page.getByLabel(w.reasonText).fill(text);
  await page.getByRole('button', { name: w.submitBreakGlass }).click();
  await page.getByRole('status').getByText(w.declared).waitFor();
  const banner = page.getByText(w.emergencyUntil);
  await banner.waitFor();
  return w.emergencyUntil.exec(((await banner.textContent()) ?? '').trim())?.[1] ?? '';
}

/**
 * The administrator finds an opening (an emergency access, or a first contact for a client already
 * registered) by its text, marks it reviewed, and finds it among the reviewed. `announced` is what
 * the screen says when saved (an emergency access's words by default).
 */
export async function reviewDeclaration(
  page: Page,
  w: Words,
  marker: string,
  note: string,
  announced: string = w.reviewed,
): Promise<void> {
  await navLink(page, w, w.reviewNav).click();
  await h1(page, w.reviewTitle).waitFor();
  const item = page.getByRole('listitem').filter({ hasText: marker });
  await item.getByRole('radio', { name: w.markReviewed }).check();
  await item.getByLabel(w.note, { exact: true }).fill(note);
  await item.getByRole('button', { name: w.saveReview }).click();
  await page.getByRole('status').getByText(announced).waitFor();
  await item.waitFor({ state: 'detached' });
  await page.getByLabel(w.statusFilter, { exact: true }).selectOption({ label: w.reviewedOption });
  await item.getByText(note).waitFor();
}

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** A fictional identity code (individual number 900–999, never given to real people). */
export function fictionalIdentityCode(day: string, month: string, year: string, individual: number): string {
  const stem = `${day}${month}${year.slice(2)}`;
  const sign = Number(year) >= 2000 ? 'A' : '-';
  const check = CHECK_CHARS[Number(`${stem}${individual}`) % 31];
  return `${stem}${sign}${individual}${check}`;
}

async function api<T>(
  baseUrl: string,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export interface ClientFacts {
  id: string;
  identityCode: string;
  familyName: string;
  givenNames: string;
}

/** The demo client as they see themselves (their own token). */
export async function demoClient(baseUrl: string): Promise<ClientFacts & { displayName: string }> {
  const token = await demoToken(baseUrl, 'demo-client');
  const session = await api<{ user: { clientId: string; displayName: string } }>(
    baseUrl,
    'GET',
    '/api/auth/session',
    token,
  );
  const c = await api<{ id: string; identity: { value: string }; familyName: string; givenNames: string }>(
    baseUrl,
    'GET',
    `/api/clients/${session.user.clientId}`,
    token,
  );
  return {
    id: c.id,
    identityCode: c.identity.value,
    familyName: c.familyName,
    givenNames: c.givenNames,
    displayName: session.user.displayName,
  };
}

/** A new client registered at a first contact by `by` (so only that professional's unit may open the data). */
export async function registerClient(
  baseUrl: string,
  by: string,
  person: { identityCode: string; familyName: string; givenNames: string; language: 'fi' | 'sv' | 'other' },
): Promise<ClientFacts> {
  const token = await demoToken(baseUrl, by);
  const c = await api<{ id: string }>(baseUrl, 'POST', '/api/clients', token, {
    identity: { system: 'pic', value: person.identityCode },
    familyName: person.familyName,
    givenNames: person.givenNames,
    phone: null,
    email: null,
    streetAddress: null,
    postalCode: null,
    language: person.language,
    nonDisclosure: false,
    soteCentre: null,
    dentalClinic: null,
  });
  return { id: c.id, ...person };
}

/**
 * A first contact recorded over the API by `by` for a client already registered elsewhere, with
 * the reason stated (`client_contact`): it opens the client's data to `by`'s unit, for review.
 */
export async function recordFirstContact(
  baseUrl: string,
  by: string,
  client: ClientFacts,
  reasonText: string,
): Promise<void> {
  const token = await demoToken(baseUrl, by);
  await api(baseUrl, 'POST', '/api/clients', token, {
    identity: { system: 'pic', value: client.identityCode },
    familyName: client.familyName,
    givenNames: client.givenNames,
    phone: null,
    email: null,
    streetAddress: null,
    postalCode: null,
    language: 'fi',
    nonDisclosure: false,
    soteCentre: null,
    dentalClinic: null,
    firstContact: { reasonCode: 'client_contact', reasonText },
  });
}

/**
 * A calendar day `days` from today in Helsinki (the county's day, which the server and the web
 * app count in), as a person types it: 1.3.2026. Late in the UTC evening Helsinki is already on
 * the next day, so the machine's own calendar will not do.
 */
export function typedHelsinkiDay(days: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(new Date());
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const d = new Date(Date.UTC(part('year'), part('month') - 1, part('day') + days));
  return `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
}
