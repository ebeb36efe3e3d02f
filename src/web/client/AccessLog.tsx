/**
 * "Who has seen my data": the client's own access log in plain language, newest first, with
 * refused attempts and emergency accesses marked so they stand out. Paged; the page is in the URL.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.js';
import { useLang } from '../i18n/index.js';
import { useSearchParams } from '../router.js';
import { type SessionUser, trustApi } from '../trustApi.js';
import { PageHeading } from '../ui/PageHeading.js';
import { Pager } from '../ui/Pager.js';
import { useAsync } from '../ui/useAsync.js';
import { describeEntry } from './accessLogText.js';

const PAGE_SIZE = 20;

export function AccessLog({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const log = useAsync(() => trustApi.myAccessLog({ limit: PAGE_SIZE, offset }), [offset]);
  const total = log.data?.total ?? 0;
  return (
    <>
      <PageHeading title={t('accessLog.title')}>{t('accessLog.title')}</PageHeading>
      <p className="lead">{t('accessLog.intro')}</p>
      <h2 id="log-heading" aria-live="polite">
        {log.data
          ? t('accessLog.count', { count: total, formatted: formatNumber(total, lang) })
          : t('common.loading')}
      </h2>
      {log.error ? (
        <p role="alert" className="notice notice-danger">
          {log.error.isNetwork ? t('problem.network') : log.error.detail}
        </p>
      ) : null}
      {log.data && log.data.items.length === 0 ? <p>{t('accessLog.empty')}</p> : null}
      {log.data && log.data.items.length > 0 ? (
        <ol className="access-log" aria-label={t('accessLog.listLabel')} aria-busy={log.loading}>
          {log.data.items.map((entry) => {
            const text = describeEntry(entry, t, lang, user.id);
            const kind = text.denied ? 'log-denied' : text.emergency ? 'log-emergency' : '';
            return (
              <li key={entry.id} className={`log-entry ${kind}`}>
                {text.denied || text.emergency ? (
                  <p className="log-badges">
                    {text.denied ? (
                      <span className="badge badge-denied">{t('accessLog.refused')}</span>
                    ) : null}
                    {text.emergency ? (
                      <span className="badge badge-emergency">{t('accessLog.emergency')}</span>
                    ) : null}
                  </p>
                ) : null}
                <p className="log-sentence">{text.sentence}</p>
                {text.basis ? <p className="log-basis">{text.basis}</p> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {log.data && total > PAGE_SIZE ? (
        <Pager
          offset={offset}
          limit={PAGE_SIZE}
          total={total}
          onChange={(o) => setParams({ offset: o ? String(o) : null })}
        />
      ) : null}
    </>
  );
}
