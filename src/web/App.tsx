/**
 * The shell: skip link, header with the language switch, the main navigation and the routed
 * screen. Room is left for the professional's and the client's screens under their own paths.
 */
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage, useLang } from './i18n/index.js';
import { organizerRoutes } from './organizer/routes.js';
import { Link, match, useLocation } from './router.js';
import { RESOURCES } from './types.js';
import { AnnouncerProvider } from './ui/Announcer.js';
import { PageHeading } from './ui/PageHeading.js';

const LANGUAGE_NAMES: Record<UiLanguage, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  return (
    <fieldset className="language-switch">
      <legend className="sr-only">{t('app.language')}</legend>
      {UI_LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          onClick={() => void i18n.changeLanguage(l)}
        >
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </fieldset>
  );
}

function MainNav({ pathname }: { pathname: string }) {
  const { t } = useTranslation();
  const section = pathname.split('/')[1] ?? '';
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        <li>
          <Link to="/" aria-current={pathname === '/' ? 'page' : undefined}>
            {t('nav.home')}
          </Link>
        </li>
        {RESOURCES.map((r) => (
          <li key={r}>
            <Link to={`/${r}`} aria-current={section === r ? 'page' : undefined}>
              {t(`nav.${r}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('problem.pageNotFound')}>{t('problem.pageNotFound')}</PageHeading>
      <p>
        <Link to="/">{t('common.backTo', { place: t('nav.home') })}</Link>
      </p>
    </>
  );
}

function Screen({ pathname }: { pathname: string }) {
  for (const [pattern, render] of organizerRoutes) {
    const params = match(pattern, pathname);
    // The key remounts the screen when the record changes, so no state leaks between records.
    if (params) return <div key={pathname}>{render(params)}</div>;
  }
  return <NotFound />;
}

export function App() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <AnnouncerProvider>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="brand">
          <Link to="/" className="brand-name">
            {t('app.name')}
          </Link>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <LanguageSwitch />
      </header>
      <MainNav pathname={pathname} />
      <main id="main" tabIndex={-1}>
        <Screen pathname={pathname} />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </AnnouncerProvider>
  );
}
