/**
 * Texts in the three languages of the wellbeing services county: Finnish, Swedish and English.
 * Each module keeps its own catalogue of texts (`<module>/messages.ts`) and makes its `msg` from
 * it with `defineMessages`; this file knows no module. A message has a stable key (sent to
 * clients as `errors[].code`, so they can react without parsing text) and `{param}` placeholders
 * that must be the same in all three texts (checked by the compiler for callers and, over the
 * catalogue the app assembles, in src/app/messages.test.ts). A message carries its texts, so it
 * can be answered in the caller's language wherever it was made. English is the default and the
 * language of logs and the CLI.
 *
 * Domain terms follow the web app (src/web/i18n): palveluntuottaja / tjänsteproducent,
 * toimipiste / verksamhetsställe, palvelukanava / servicekanal, sopimus / avtal,
 * palvelukokonaisuus / tjänstehelhet, palveluketju / servicekedja, Y-tunnus / FO-nummer.
 */

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Lang = 'en';

/** A text in each language, e.g. a service's name. */
export type Localized = { readonly [L in Lang]: string };

export interface Texts {
  readonly en: string;
  readonly fi: string;
  readonly sv: string;
}

/** A module's texts by key. Keys are unique across all modules (tested over the app's catalogue). */
export type Catalogue = Readonly<Record<string, Texts>>;

/** The `{name}` placeholders of a text, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;
export type ParamsOf<C extends Catalogue, K extends keyof C> = Placeholders<C[K]['en']>;

/** A message with its parameters and texts, localized only when the language is known. */
export interface Message {
  readonly key: string;
  readonly params: Params;
  readonly texts: Texts;
}

/**
 * A parameter: plain text or a number (the same in every language), a record's own text in
 * each language (a service's name), another message (a phrase to localize), or a list of any
 * of these (joined with ", ").
 */
export type ParamValue = string | number | Localized | Message | readonly ParamValue[];
export type Params = Readonly<Record<string, ParamValue>>;

/** The parameters a key needs: none, or exactly its placeholders. */
export type ParamArgs<C extends Catalogue, K extends keyof C> = [ParamsOf<C, K>] extends [never]
  ? []
  : [params: Readonly<Record<ParamsOf<C, K>, ParamValue>>];

export type MessageKeyOf<C extends Catalogue> = keyof C & string;

/** Makes a message from a key of the catalogue, with its parameters checked against the key's placeholders. */
export type MessageFactory<C extends Catalogue> = <K extends MessageKeyOf<C>>(
  key: K,
  ...params: ParamArgs<C, K>
) => Message;

/** A module's `msg`: messages from its own catalogue. */
export function defineMessages<const C extends Catalogue>(catalogue: C): MessageFactory<C> {
  return (key, ...params) => ({
    key,
    params: (params[0] ?? {}) as Params,
    texts: catalogue[key] as Texts,
  });
}

/** Whether a catalogue has a key (for keys made at run time, e.g. `title.${status}`). */
export function hasKey<C extends Catalogue>(catalogue: C, key: string): key is MessageKeyOf<C> {
  return Object.hasOwn(catalogue, key);
}

function isMessage(v: object): v is Message {
  return 'key' in v && 'params' in v && 'texts' in v;
}

function render(value: ParamValue | undefined, lang: Lang): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v: ParamValue) => render(v, lang)).join(', ');
  if (isMessage(value as object)) return localize(value as Message, lang);
  // A record's own text: its text in this language, else in another it has.
  const l = value as Localized;
  return l[lang] || l.en || l.fi || l.sv || '';
}

/** The text of a message in a language, with its placeholders filled in. */
export function localize(m: Message, lang: Lang = DEFAULT_LANGUAGE): string {
  return m.texts[lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(m.params, name) ? render(m.params[name], lang) : whole,
  );
}

/**
 * The language to answer in, from an Accept-Language header: the supported language the client
 * prefers most (q-values honoured, `q=0` refused), matching on the primary subtag so `fi-FI` is
 * Finnish and `sv-FI` Swedish. English when the header is absent or names nothing supported.
 */
export function pickLanguage(header: string | readonly string[] | undefined | null): Lang {
  const text: string = typeof header === 'string' ? header : header ? header.join(',') : '';
  const ranges = text
    .split(',')
    .map((part, order) => {
      const [tag = '', ...attrs] = part.trim().split(';');
      let q = 1;
      for (const a of attrs) {
        const m = /^\s*q\s*=(.*)$/i.exec(a);
        // A weight that is not a number from 0 to 1 makes the range unreadable: it is skipped.
        if (m) q = /^\s*[01](\.\d{0,3})?\s*$/.test(m[1] ?? '') ? Number(m[1]) : Number.NaN;
      }
      return { tag: tag.trim().toLowerCase(), q, order };
    })
    .filter((r) => r.tag !== '' && !Number.isNaN(r.q) && r.q <= 1);
  const refused = new Set(ranges.filter((r) => r.q <= 0).map((r) => r.tag.split('-')[0]));
  const wanted = ranges.filter((r) => r.q > 0).sort((a, b) => b.q - a.q || a.order - b.order);
  for (const r of wanted) {
    if (r.tag === '*') {
      const any = [DEFAULT_LANGUAGE, ...LANGUAGES].find((l) => !refused.has(l));
      if (any) return any;
      continue;
    }
    const primary = r.tag.split('-')[0];
    const lang = LANGUAGES.find((l) => l === primary);
    if (lang && !refused.has(lang)) return lang;
  }
  return DEFAULT_LANGUAGE;
}
