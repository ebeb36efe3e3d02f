/**
 * The administrator's review of openings of client data: emergency accesses (break-the-glass)
 * and first contacts recorded for a client already in the registry, in one list, newest first.
 * Each shows who opened the data, for which client (a pseudonymous id: the organizer never needs
 * the identity), the reason and its explanation, when and until when; each pending one is marked
 * reviewed or flagged with a note. Pending by default, of both kinds; the filters are in the URL.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format.js';
import { useLang } from '../../i18n/index.js';
import { useSearchParams } from '../../router.js';
import {
  OPENING_KINDS,
  type OpeningKind,
  REVIEW_STATUSES,
  type ReviewStatus,
  trustApi,
} from '../../trustApi.js';
import { useAnnounce } from '../../ui/Announcer.js';
import { focusSoon } from '../../ui/focus.js';
import { PageHeading } from '../../ui/PageHeading.js';
import { Pager } from '../../ui/Pager.js';
import { useAsync } from '../../ui/useAsync.js';
import { ReviewItem } from './ReviewItem.js';

const PAGE_SIZE = 20;

export function OpeningsReview() {
  const { t } = useTranslation();
  const lang = useLang();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  // Pending by default: the list is the administrator's work queue.
  const raw = params.get('status') ?? 'pending';
  const status = (REVIEW_STATUSES as readonly string[]).includes(raw) ? (raw as ReviewStatus) : undefined;
  const rawKind = params.get('kind') ?? '';
  const kind = (OPENING_KINDS as readonly string[]).includes(rawKind) ? (rawKind as OpeningKind) : undefined;
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const list = useAsync(
    () => trustApi.openings({ status, kind }, { limit: PAGE_SIZE, offset }),
    [status, kind, offset],
  );
  const total = list.data?.total ?? 0;
  return (
    <>
      <PageHeading title={t('review.title')}>{t('review.title')}</PageHeading>
      <p className="lead">{t('review.intro')}</p>
      <search aria-label={t('common.filters')}>
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="filter-status">{t('review.status')}</label>
            <select
              id="filter-status"
              value={status ?? 'all'}
              onChange={(e) =>
                setParams({ status: e.target.value === 'pending' ? null : e.target.value, offset: null })
              }
            >
              {REVIEW_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`review.statuses.${s}`)}
                </option>
              ))}
              <option value="all">{t('review.allStatuses')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-kind">{t('review.kind')}</label>
            <select
              id="filter-kind"
              value={kind ?? ''}
              onChange={(e) => setParams({ kind: e.target.value || null, offset: null })}
            >
              <option value="">{t('review.allKinds')}</option>
              {OPENING_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`review.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </form>
      </search>
      <h2 id="review-results" tabIndex={-1} aria-live="polite">
        {list.data
          ? t('review.count', { count: total, formatted: formatNumber(total, lang) })
          : t('common.loading')}
      </h2>
      {list.error ? (
        <p role="alert" className="notice notice-danger">
          {list.error.isNetwork ? t('problem.network') : list.error.detail}
        </p>
      ) : null}
      {list.data && list.data.items.length === 0 ? <p>{t('review.none')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className="review-list" aria-labelledby="review-results" aria-busy={list.loading}>
          {list.data.items.map((item) => (
            <ReviewItem
              key={item.id}
              item={item}
              onReviewed={(outcome) => {
                announce(
                  item.kind === 'first_contact'
                    ? t(`review.savedContact.${outcome}`)
                    : t(`review.saved.${outcome}`),
                );
                list.reload();
                focusSoon('review-results');
              }}
            />
          ))}
        </ul>
      ) : null}
      {list.data && total > PAGE_SIZE ? (
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
