/**
 * The shell: skip link, header with the signed-in user and the language switch, the main
 * navigation for the user's role, and the routed screen. Organizers (and visitors, who may read
 * the public catalogue) get the catalogue; professionals their clients; clients their own data.
 */
import type { TFunction } from 'i18next';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { clientRoutes } from './client/routes.js';
import { UI_LANGUAGES, type UiLanguage, useLang } from './i18n/index.js';
import { Home, organizerRoutes } from './organizer/routes.js';
import { professionalRoutes } from './professional/routes.js';
import { tKey, userSummary } from './roles.js';
import { Link, match, navigate, useLocation } from './router.js';
import { SessionProvider, signInHref, useSession } from './session.js';
import type { SessionUser } from './trustApi.js';
import { RESOURCES } from './types.js';
import { AnnouncerProvider } from './ui/Announcer.js';
import { Loading } from './ui/LoadStatus.js';
import { ScreenBoundary } from './ui/lazyScreen.js';
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

/** The signed-in user and sign-out, or the way to sign in. */
function UserMenu() {
  const { t } = useTranslation();
  const lang = useLang();
  const { state, user, signOut, signOutError } = useSession();
  if (state.status === 'loading') return null;
  if (!user)
    return (
      <div className="user-menu">
        <a className="button header-button" href={signInHref(lang)}>
          {t('session.signIn')}
        </a>
      </div>
    );
  return (
    <section className="user-menu" aria-label={t('session.user')}>
      <span className="user-summary">{userSummary(user, t)}</span>
      <button type="button" className="header-button" onClick={() => void signOut()}>
        {t('session.signOut')}
      </button>
      {signOutError ? (
        <p role="alert" className="header-error">
          {t('session.signOutFailed')}
        </p>
      ) : null}
    </section>
  );
}

/** Told when a call answered 401 after the page believed someone was signed in. */
function SessionExpired() {
  const { t } = useTranslation();
  const lang = useLang();
  const { state } = useSession();
  if (state.status !== 'signed-out' || !state.expired) return null;
  return (
    <div className="notice notice-warning session-expired" role="alert">
      <p>{t('session.expired')}</p>
      <p>
        <a className="button primary" href={signInHref(lang)}>
          {t('session.signInAgain')}
        </a>
      </p>
    </div>
  );
}

interface NavItem {
  to: string;
  label: string;
}

function navItems(user: SessionUser | null, can: (scope: string) => boolean, t: TFunction): NavItem[] {
  // Looked up by a key built at run time: typed, the union of keys here is too deep for the compiler.
  const catalogue = RESOURCES.map((r) => ({ to: `/${r}`, label: tKey(t, `nav.${r}`, r) }));
  if (user?.kind === 'client')
    return [
      { to: '/me', label: t('nav.myLog') },
      { to: '/me/entries', label: t('nav.myEntries') },
      { to: '/me/consents', label: t('nav.myConsents') },
      { to: '/me/care', label: t('nav.myCare') },
    ];
  if (user?.kind === 'professional') return [{ to: '/clients', label: t('nav.clients') }, ...catalogue];
  const home = { to: '/', label: t('nav.home') };
  const statistics = can('analytics.read') ? [{ to: '/statistics', label: t('nav.statistics') }] : [];
  if (user?.kind === 'organizer' && user.organizerRole === 'administrator')
    return [
      home,
      ...catalogue,
      ...statistics,
      { to: '/review', label: t('nav.review') },
      { to: '/access-log', label: t('nav.accessLog') },
    ];
  return [home, ...catalogue, ...statistics];
}

function isCurrent(item: string, pathname: string): boolean {
  if (item === pathname) return true;
  // "/me" is the log only; its siblings ("/me/entries", "/me/consents", "/me/care") have their own items.
  if (item === '/' || item === '/me') return false;
  return pathname.startsWith(`${item}/`);
}

function MainNav({ pathname }: { pathname: string }) {
  const { t } = useTranslation();
  const { user, can } = useSession();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {navItems(user, can, t).map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={isCurrent(item.to, pathname) ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * "/" is the catalogue for organizers and visitors; a client's, a professional's and an analyst's
 * start is elsewhere.
 */
function RoleHome() {
  const { state, user } = useSession();
  const start =
    user?.kind === 'client'
      ? '/me'
      : user?.kind === 'professional'
        ? '/clients'
        : user?.kind === 'organizer' && user.organizerRole === 'analyst'
          ? '/statistics'
          : null;
  useEffect(() => {
    if (start) navigate(start, { replace: true });
  }, [start]);
  if (state.status === 'loading' || start) return <Loading />;
  return <Home />;
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

type Params = Record<string, string>;
/** Tried in order; the organizer's list keeps `/x/new` before `/x/:id`. */
const routes: [string, (p: Params) => ReactNode][] = [
  ['/', () => <RoleHome />],
  ...clientRoutes,
  ...professionalRoutes,
  ...organizerRoutes,
];

function Screen({ pathname }: { pathname: string }) {
  for (const [pattern, render] of routes) {
    const params = match(pattern, pathname);
    // The key remounts the screen when the record changes, so no state leaks between records.
    if (params) return <div key={pathname}>{render(params)}</div>;
  }
  return <NotFound />;
}

function Tagline() {
  const { t } = useTranslation();
  const { user } = useSession();
  const text =
    user?.kind === 'client'
      ? t('app.taglineClient')
      : user?.kind === 'professional'
        ? t('app.taglineProfessional')
        : t('app.tagline');
  return <span className="brand-tagline">{text}</span>;
}

export function App() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <AnnouncerProvider>
      <SessionProvider>
        <a className="skip-link" href="#main">
          {t('app.skip')}
        </a>
        <header className="site-header">
          <div className="brand">
            <Link to="/" className="brand-name">
              {t('app.name')}
            </Link>
            <Tagline />
          </div>
          <div className="header-tools">
            <UserMenu />
            <LanguageSwitch />
          </div>
        </header>
        <MainNav pathname={pathname} />
        <main id="main" tabIndex={-1}>
          <SessionExpired />
          {/* Keyed by the path: a screen whose code failed to load does not stay in the way of the next. */}
          <ScreenBoundary key={pathname}>
            <Screen pathname={pathname} />
          </ScreenBoundary>
        </main>
        <footer className="site-footer">
          <p>{t('app.footer')}</p>
        </footer>
      </SessionProvider>
    </AnnouncerProvider>
  );
}
