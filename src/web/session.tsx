/**
 * Who is signed in. The session is read once from /api/auth/session (the cookie is httpOnly, so
 * the page cannot see it); its CSRF token goes to the API client for every change. A 401 from
 * any later call means the session ended: the header then offers to sign in again.
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, onUnauthorized, setCsrfToken } from './api.js';
import type { UiLanguage } from './i18n/index.js';
import { navigate } from './router.js';
import { type Session, type SessionUser, trustApi } from './trustApi.js';
import { useAnnounce } from './ui/Announcer.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; expired: boolean }
  | { status: 'signed-in'; session: Session };

export interface SessionContextValue {
  state: SessionState;
  user: SessionUser | null;
  /** Whether the signed-in user's session has this scope (e.g. `catalogue.write`). */
  can: (scope: string) => boolean;
  signOut: () => Promise<void>;
  /** Set when signing out failed (e.g. the server could not be reached). */
  signOutError: ApiError | null;
}

const SessionContext = createContext<SessionContextValue>({
  state: { status: 'loading' },
  user: null,
  can: () => false,
  signOut: async () => {},
  signOutError: null,
});

/** The built-in identity provider's sign-in, returning to `returnTo` (this page by default). */
export function signInHref(lang: UiLanguage, returnTo?: string): string {
  const back = returnTo ?? window.location.pathname + window.location.search;
  const params = new URLSearchParams({ returnTo: back.startsWith('/') ? back : '/', lang });
  return `/auth/login?${params.toString()}`;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [signOutError, setSignOutError] = useState<ApiError | null>(null);
  const status = useRef(state.status);
  status.current = state.status;

  useEffect(() => {
    let current = true;
    trustApi.session().then(
      (session) => {
        if (!current) return;
        setCsrfToken(session.csrfToken);
        setState({ status: 'signed-in', session });
      },
      () => {
        // 401 (not signed in), or a server without sessions: either way nobody is signed in.
        if (!current) return;
        setCsrfToken(null);
        setState({ status: 'signed-out', expired: false });
      },
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(
    () =>
      onUnauthorized(() => {
        if (status.current !== 'signed-in') return;
        setCsrfToken(null);
        setState({ status: 'signed-out', expired: true });
      }),
    [],
  );

  const signOut = useCallback(async () => {
    setSignOutError(null);
    try {
      await trustApi.signOut();
    } catch (e) {
      // Already signed out on the server (401) is what we wanted; anything else is shown.
      if (!(e instanceof ApiError && e.status === 401)) {
        setSignOutError(e instanceof ApiError ? e : new ApiError(0, 'client', 'Error', String(e)));
        return;
      }
    }
    setCsrfToken(null);
    setState({ status: 'signed-out', expired: false });
    navigate('/');
    announce(t('session.signedOut'));
  }, [announce, t]);

  const value = useMemo<SessionContextValue>(() => {
    const session = state.status === 'signed-in' ? state.session : null;
    return {
      state,
      user: session?.user ?? null,
      can: (scope) => session?.scopes.includes(scope) ?? false,
      signOut,
      signOutError,
    };
  }, [state, signOut, signOutError]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  return useContext(SessionContext);
}
