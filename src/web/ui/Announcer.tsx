/**
 * One polite live region for the whole app: saves, deletions and other outcomes are announced
 * to screen readers and shown to everyone, wherever focus happens to be.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { useLocation } from '../router.js';

interface Message {
  text: string;
  kind: 'success' | 'error';
  /** Bumps on every announcement so the same text is announced again. */
  seq: number;
  /** The page it belongs to: moving to another page clears it. */
  path: string;
}

const AnnounceContext = createContext<(text: string, kind?: Message['kind']) => void>(() => {});

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<Message | null>(null);
  const { pathname } = useLocation();
  // Announce after navigating when a save moves to another page, so the message stays with it.
  const announce = useCallback((text: string, kind: Message['kind'] = 'success') => {
    setMessage((m) => ({ text, kind, seq: (m?.seq ?? 0) + 1, path: window.location.pathname }));
  }, []);
  useEffect(() => {
    setMessage((m) => (m && m.path !== pathname ? null : m));
  }, [pathname]);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="announcer" role="status" aria-live="polite" aria-atomic="true">
        {message ? (
          <p key={message.seq} className={`toast toast-${message.kind}`}>
            {message.text}
          </p>
        ) : null}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce() {
  return useContext(AnnounceContext);
}
