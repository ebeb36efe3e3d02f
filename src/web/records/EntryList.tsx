/**
 * A client's record entries, newest first, a page at a time: each with its register, kind,
 * author and time. A correction links to the entry it corrects, and a corrected entry says so
 * and links to its correction; when the other one is on another page, that page is found and
 * opened. Entries are never changed, so the list only grows: corrections seen on any page are
 * remembered, and since a correction is always newer than what it corrects, paging from the
 * first page sees every correction before the entry it corrects.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.js';
import { useLang } from '../i18n/index.js';
import { type Entry, trustApi } from '../trustApi.js';
import { useAnnounce } from '../ui/Announcer.js';
import { focusSoon } from '../ui/focus.js';
import { LoadStatus } from '../ui/LoadStatus.js';
import { Pager } from '../ui/Pager.js';
import { useAsync } from '../ui/useAsync.js';
import {
  correctionsOf,
  entryAuthor,
  entryTitle,
  entryWhen,
  registerName,
  registersNote,
} from './entryText.js';

const PAGE_SIZE = 20;

export const entryElementId = (id: string) => `entry-${id}`;

export function EntryList(props: {
  clientId: string;
  /** Bumps after a write: the list reloads from its first page. */
  reloadKey?: number;
  /** An entry to move focus to once it is shown (the one just written). */
  focusEntry?: string | null;
  /** Says which registers are shown (for professionals, who may not see both). */
  showRegisters?: boolean;
  /** Entries the reader may correct get a "Correct" button (id `correct-<entry id>`). */
  canCorrect?: (entry: Entry) => boolean;
  onCorrect?: (entry: Entry) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const announce = useAnnounce();
  const { clientId, reloadKey = 0 } = props;
  const [offset, setOffset] = useState(0);
  const [pending, setPending] = useState<string | null>(null);
  const list = useAsync(
    () => trustApi.entries(clientId, { limit: PAGE_SIZE, offset }),
    [clientId, offset, reloadKey],
  );
  const seen = useRef(new Map<string, Entry>());
  const remember = (items: Entry[]) => {
    for (const e of items) seen.current.set(e.id, e);
  };
  if (list.data) remember(list.data.items);
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const corrections = correctionsOf(seen.current.values());

  // After a write, the newest entries are on the first page.
  useEffect(() => {
    if (reloadKey > 0) setOffset(0);
  }, [reloadKey]);
  useEffect(() => {
    if (props.focusEntry) setPending(props.focusEntry);
  }, [props.focusEntry]);
  useEffect(() => {
    if (pending && list.data?.items.some((e) => e.id === pending)) {
      focusSoon(entryElementId(pending));
      setPending(null);
    }
  }, [pending, list.data]);

  /** Moves to an entry: on this page, or on the page that has it. */
  const goTo = async (id: string) => {
    if (items.some((e) => e.id === id)) {
      focusSoon(entryElementId(id));
      return;
    }
    try {
      for (let o = 0; o < total; o += PAGE_SIZE) {
        if (o === offset) continue;
        const page = await trustApi.entries(clientId, { limit: PAGE_SIZE, offset: o });
        remember(page.items);
        if (page.items.some((e) => e.id === id)) {
          setPending(id);
          setOffset(o);
          return;
        }
      }
    } catch {
      // Said below like any entry that was not found.
    }
    announce(t('entries.notFound'), 'error');
  };

  const link = (id: string, text: string) => (
    <a
      href={`#${entryElementId(id)}`}
      onClick={(ev) => {
        ev.preventDefault();
        void goTo(id);
      }}
    >
      {text}
    </a>
  );

  if (list.error?.status === 403) return <p className="notice notice-warning">{t('entries.refused')}</p>;
  return (
    <>
      {props.showRegisters && list.data ? (
        <p className="entries-registers">{registersNote(list.data.registers, t)}</p>
      ) : null}
      <LoadStatus state={list} />
      {list.data ? (
        <p aria-live="polite" className="entries-count">
          {total === 0
            ? t('entries.none')
            : t('entries.count', { count: total, formatted: formatNumber(total, lang) })}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ol className="entries" aria-label={t('entries.listLabel')} aria-busy={list.loading}>
          {items.map((e) => {
            const target = e.corrects ? seen.current.get(e.corrects) : undefined;
            const correctedBy = corrections.get(e.id)?.[0];
            // The server names the latest correction even when it is on a page not loaded yet.
            const correctedId = correctedBy?.id ?? e.correctedBy;
            const title = entryTitle(e, t, lang);
            return (
              <li
                key={e.id}
                id={entryElementId(e.id)}
                tabIndex={-1}
                className={`entry entry-${e.register} ${correctedId ? 'entry-corrected' : ''}`}
              >
                <p className="entry-badges">
                  <span className={`badge badge-register-${e.register}`}>{registerName(e.register, t)}</span>
                  {correctedId ? (
                    <span className="badge badge-inactive">{t('entries.correctedBadge')}</span>
                  ) : null}
                </p>
                <h3>{title}</h3>
                <p className="entry-author">{t('entries.author', { who: entryAuthor(e, t) })}</p>
                {e.corrects ? (
                  <p className="entry-link">
                    {link(
                      e.corrects,
                      target
                        ? t('entries.corrects', { when: entryWhen(target, t, lang) })
                        : t('entries.correctsEarlier'),
                    )}
                  </p>
                ) : null}
                {correctedId ? (
                  <p className="entry-link">
                    {link(
                      correctedId,
                      correctedBy
                        ? t('entries.correctedBy', { when: entryWhen(correctedBy, t, lang) })
                        : t('entries.correctedLater'),
                    )}
                  </p>
                ) : null}
                <p className="user-text entry-text">{e.text}</p>
                {props.onCorrect && props.canCorrect?.(e) ? (
                  <p>
                    <button
                      id={`correct-${e.id}`}
                      type="button"
                      aria-label={t('entries.correctLabel', { what: title })}
                      onClick={() => props.onCorrect?.(e)}
                    >
                      {t('entries.correct')}
                    </button>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {total > PAGE_SIZE ? (
        <Pager offset={offset} limit={PAGE_SIZE} total={total} onChange={setOffset} />
      ) : null}
    </>
  );
}
