import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.js';
import { useLang } from '../i18n/index.js';

/** Previous / next paging with "1–20 of 57". */
export function Pager(props: {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { offset, limit, total } = props;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={t('common.paging')}>
      <button
        type="button"
        disabled={offset === 0}
        onClick={() => props.onChange(Math.max(0, offset - limit))}
      >
        {t('common.previous')}
      </button>
      <span>
        {t('common.showing', {
          from: formatNumber(from, lang),
          to: formatNumber(to, lang),
          total: formatNumber(total, lang),
        })}
      </span>
      <button type="button" disabled={offset + limit >= total} onClick={() => props.onChange(offset + limit)}>
        {t('common.next')}
      </button>
    </nav>
  );
}
