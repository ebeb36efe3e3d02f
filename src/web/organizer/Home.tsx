import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { formatNumber } from '../format.js';
import { useLang } from '../i18n/index.js';
import { Link } from '../router.js';
import { RESOURCES } from '../types.js';
import { PageHeading } from '../ui/PageHeading.js';
import { useAsync } from '../ui/useAsync.js';

/** The organizer's front page: what the catalogue holds, one card per section. */
export function Home() {
  const { t } = useTranslation();
  const lang = useLang();
  const counts = useAsync(
    () =>
      Promise.all(
        RESOURCES.map(async (r) => [r, (await api.list(r, { limit: 1, active: true })).total] as const),
      ),
    [],
  );
  const count = new Map(counts.data ?? []);
  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
      <p className="lead">{t('home.intro')}</p>
      {counts.error ? (
        <p role="alert" className="notice notice-danger">
          {counts.error.isNetwork ? t('problem.network') : counts.error.detail}
        </p>
      ) : null}
      <ul className="cards home-cards">
        {RESOURCES.map((r) => (
          <li key={r} className="card">
            <h2>
              <Link to={`/${r}`}>{t(`nav.${r}`)}</Link>
            </h2>
            <p>{t(`home.about.${r}`)}</p>
            <p className="small">
              {count.has(r)
                ? t('home.activeCount', {
                    count: count.get(r) ?? 0,
                    formatted: formatNumber(count.get(r) ?? 0, lang),
                  })
                : '\u00a0'}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
