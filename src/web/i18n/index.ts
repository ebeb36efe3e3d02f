/**
 * i18next with the three UI languages bundled. The choice is kept in localStorage and mirrored
 * to <html lang>, so screen readers pronounce the text right. Default Finnish.
 */
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';

export const UI_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fi };
  }
}

const STORAGE_KEY = 'saumaton.language';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): UiLanguage {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(v) ? v : 'fi';
  } catch {
    return 'fi';
  }
}

export function initI18n() {
  void i18n.use(initReactI18next).init({
    resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: 'fi',
    supportedLngs: [...UI_LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    try {
      window.localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
  });
  return i18n;
}

/** The UI language, narrowed to the three the app has. */
export function useLang(): UiLanguage {
  const { i18n: instance } = useTranslation();
  const lng = instance.resolvedLanguage ?? instance.language;
  return isUiLanguage(lng) ? lng : 'fi';
}
