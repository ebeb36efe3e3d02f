/**
 * A service package as the organizer reads it: the services for one client group by level,
 * who is contracted to produce each, the interfaces to other actors and the chains built on it.
 */
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { localized } from '../../format.js';
import { useLang } from '../../i18n/index.js';
import { Link } from '../../router.js';
import { useSession } from '../../session.js';
import { INTERFACE_KINDS, LEVELS } from '../../types.js';
import { PageHeading } from '../../ui/PageHeading.js';
import { useAsync } from '../../ui/useAsync.js';
import { useAllRecords } from '../../ui/useOptions.js';
import { ServiceProducers } from '../services/ServiceProducers.js';
import { isOneOf } from '../shared/options.js';

export function PackageView({ id }: { id: string }) {
  const { t } = useTranslation();
  const canEdit = useSession().can('catalogue.write');
  const lang = useLang();
  const pkg = useAsync(() => api.get('packages', id), [id]);
  const chains = useAsync(() => api.list('chains', { packageId: id, limit: 100 }), [id]);
  const services = useAllRecords('services');
  const back = (
    <p className="back">
      <Link to="/packages">{t('common.backTo', { place: t('nav.packages') })}</Link>
    </p>
  );
  if (pkg.error)
    return (
      <>
        {back}
        <PageHeading title={t('problem.notFound')}>{t('problem.notFound')}</PageHeading>
        <p role="alert">{pkg.error.detail}</p>
      </>
    );
  const p = pkg.data;
  if (!p) return <p aria-busy="true">{t('common.loading')}</p>;
  const name = localized(p.name, lang);
  const entries = p.services.map((s) => ({ ...s, service: services.byId.get(s.serviceId) }));
  return (
    <>
      {back}
      <PageHeading title={name}>{name}</PageHeading>
      <p className="meta">
        <span className={`badge ${p.active ? 'badge-active' : 'badge-inactive'}`}>
          {p.active ? t('common.active') : t('common.inactive')}
        </span>{' '}
        {t('common.clientGroup')}: {t(`clientGroup.${p.clientGroup}`)}
      </p>
      {localized(p.description, lang) ? <p className="lead">{localized(p.description, lang)}</p> : null}
      {canEdit ? (
        <p>
          <Link className="button" to={`/packages/${p.id}/edit`}>
            {t('package.edit')}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="pkg-services">
        <h2 id="pkg-services">{t('package.servicesByLevel')}</h2>
        {entries.length === 0 ? <p>{t('package.noServices')}</p> : null}
        {LEVELS.map((level) => {
          const atLevel = entries.filter((e) => e.service?.level === level);
          if (atLevel.length === 0) return null;
          return (
            <section key={level} className="level-group" aria-labelledby={`level-${level}`}>
              <h3 id={`level-${level}`}>{t(`level.${level}`)}</h3>
              <ul className="cards">
                {atLevel.map((e) => (
                  <li key={e.serviceId} className="card">
                    <h4>
                      <Link to={`/services/${e.serviceId}`}>
                        {e.service ? localized(e.service.name, lang) : e.serviceId}
                      </Link>
                    </h4>
                    {e.note ? <p>{e.note}</p> : null}
                    <p className="small">{t('service.contractedProducers')}:</p>
                    <ServiceProducers serviceId={e.serviceId} compact />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </section>

      <section aria-labelledby="pkg-interfaces">
        <h2 id="pkg-interfaces">{t('package.interfaces')}</h2>
        {p.interfaces.length === 0 ? (
          <p>{t('package.noInterfaces')}</p>
        ) : (
          <ul className="cards">
            {p.interfaces.map((i) => (
              <li key={`${i.kind}:${i.name.fi}`} className="card">
                <h3>{localized(i.name, lang)}</h3>
                <p className="small">
                  {isOneOf(INTERFACE_KINDS, i.kind) ? t(`interfaceKind.${i.kind}`) : i.kind}
                </p>
                {i.description ? <p>{i.description}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="pkg-chains">
        <h2 id="pkg-chains">{t('package.chains')}</h2>
        {chains.data && chains.data.items.length > 0 ? (
          <ul>
            {chains.data.items.map((c) => (
              <li key={c.id}>
                <Link to={`/chains/${c.id}`}>{localized(c.name, lang)}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('package.noChains')}</p>
        )}
      </section>
    </>
  );
}
