/**
 * A translation function for one UI language on its own i18next instance, for unit tests of
 * pure wording (no React, no browser). Not imported by the app.
 */
import i18next, { type TFunction } from 'i18next';
import en from './en.json';
import fi from './fi.json';
import type { UiLanguage } from './index.js';
import sv from './sv.json';

export function translator(lng: UiLanguage): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
    lng,
    fallbackLng: 'fi',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}
