import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { formatEuro, today } from '../../format.js';
import { useLang } from '../../i18n/index.js';
import { Link } from '../../router.js';
import { useAsync } from '../../ui/useAsync.js';

/**
 * The producers contracted for a service today: who may be offered to a client. On its own
 * it is a section with a heading; `compact` lists them under a service in a package.
 */
export function ServiceProducers({ serviceId, compact = false }: { serviceId: string; compact?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const producers = useAsync(() => api.contractedProducers(serviceId, today()), [serviceId]);
  const body = (
    <>
      {producers.error ? <p role="alert">{producers.error.detail}</p> : null}
      {producers.data && producers.data.length === 0 ? (
        <p className="muted">{t('service.noContracts')}</p>
      ) : null}
      {producers.data && producers.data.length > 0 ? (
        <ul aria-label={compact ? t('service.contractedProducers') : undefined}>
          {producers.data.map((p) => (
            <li key={p.contractId}>
              <Link to={`/producers/${p.producerId}`}>{p.producerName}</Link>
              {' – '}
              {t('service.contractTerms', {
                price: formatEuro(p.unitPrice, lang),
                days: p.maxResponseDays,
                reference: p.reference,
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
  if (compact) return <div className="contracted">{body}</div>;
  return (
    <section className="contracted" aria-labelledby="contracted-heading">
      <h2 id="contracted-heading">{t('service.contractedProducers')}</h2>
      {body}
    </section>
  );
}
