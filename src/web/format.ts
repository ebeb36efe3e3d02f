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
