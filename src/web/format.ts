/** Locale-aware formatting for the three UI languages. */
import type { UiLanguage } from './i18n/index.js';
import type { Localized } from './types.js';

export const LOCALES: Record<UiLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function formatEuro(value: number, lang: UiLanguage): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR' }).format(value);
}

export function formatNumber(value: number, lang: UiLanguage): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);
}

export function formatDate(iso: string, lang: UiLanguage): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** Text in the UI language, falling back to Finnish, then whatever is there. */
export function localized(text: Partial<Localized> | null | undefined, lang: UiLanguage): string {
  if (!text) return '';
  return text[lang] || text.fi || text.sv || text.en || '';
}

/** The name of a language (ISO 639 code) in the UI language, e.g. sv → "ruotsi". */
export function languageName(code: string, lang: UiLanguage): string {
  try {
    return new Intl.DisplayNames([LOCALES[lang]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Weekday 1 (Monday) … 7 (Sunday) in the UI language; 2024-01-01 was a Monday. */
export function weekdayName(day: number, lang: UiLanguage, width: 'short' | 'long' = 'short'): string {
  const d = new Date(Date.UTC(2024, 0, day));
  return new Intl.DateTimeFormat(LOCALES[lang], { weekday: width, timeZone: 'UTC' }).format(d);
}

/** Today as YYYY-MM-DD in local time. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Parses a number typed with a decimal comma or point; '' → null, garbage → NaN. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/\s/g, '').replace(',', '.').replace('−', '-');
  if (t === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(t)) return Number.NaN;
  return Number(t);
}

/** A number as it is typed in the UI language (decimal comma in Finnish and Swedish). */
export function numberToInput(value: number | null, lang: UiLanguage): string {
  if (value === null || Number.isNaN(value)) return '';
  const s = String(value);
  return lang === 'en' ? s : s.replace('.', ',');
}

/** The county's time zone: timestamps are stored in UTC and shown as Finland's clock shows them. */
export const TIME_ZONE = 'Europe/Helsinki';

/** A timestamp's date and time of day in Finland, as the UI language writes them (23.11.2026, 14.02). */
export function dateTimeParts(iso: string, lang: UiLanguage): { date: string; time: string } {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { date: iso, time: '' };
  const date = new Intl.DateTimeFormat(
    LOCALES[lang],
    lang === 'en'
      ? { dateStyle: 'medium', timeZone: TIME_ZONE }
      : { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: TIME_ZONE },
  ).format(d);
  // "klo 9.05" in Finnish and Swedish; "09:05" in English.
  const time = new Intl.DateTimeFormat(LOCALES[lang], {
    hour: lang === 'en' ? '2-digit' : 'numeric',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(d);
  return { date, time };
}

/** The UTC offset of Finland's clock on a day, e.g. "+02:00" or "+03:00". */
function helsinkiOffset(day: string): string {
  const noon = new Date(`${day}T12:00:00Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(noon)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-]\d{2}:\d{2})/.exec(name ?? '');
  return m?.[1] ?? '+02:00';
}

/** The last second of a day (YYYY-MM-DD) in Finland, as a UTC timestamp: "valid until" a date means to its end. */
export function endOfDayInFinland(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const d = new Date(`${day}T23:59:59${helsinkiOffset(day)}`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The first moment of a day (YYYY-MM-DD) in Finland, as a UTC timestamp: "from" a date means from its start. */
export function startOfDayInFinland(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  // Midnight takes the offset in force at midnight, which on the night clocks change differs from noon's.
  const guess = new Date(`${day}T00:00:00${helsinkiOffset(day)}`);
  if (Number.isNaN(guess.getTime())) return null;
  const d = new Date(`${day}T00:00:00${offsetAt(guess)}`);
  return d.toISOString();
}

/** Finland's UTC offset at an instant, e.g. "+02:00". */
function offsetAt(instant: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  return /GMT([+-]\d{2}:\d{2})/.exec(name ?? '')?.[1] ?? '+02:00';
}

/** The day after a day (YYYY-MM-DD), e.g. for an end that excludes its own moment. */
export function nextDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A day typed by a person: 31.12.2027 (or 31/12/2027), or 2027-12-31. '' → null; anything
 * else that is not a real day → 'invalid', so the form can say so rather than drop it.
 */
export function parseDay(text: string): string | null | 'invalid' {
  const s = text.trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const local = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
  if (!y || !m || !d) return 'invalid';
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : 'invalid';
}
