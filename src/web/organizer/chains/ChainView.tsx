/**
 * A service chain "from home to home" as a readable sequence: where the client enters, who
 * hands over to whom and how fast, on what criteria; with the chain's measurable targets.
 */
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { formatNumber, localized } from '../../format.js';
import { useLang } from '../../i18n/index.js';
import { Link } from '../../router.js';
import { useSession } from '../../session.js';
import type { ServiceChain } from '../../types.js';
import { PageHeading } from '../../ui/PageHeading.js';
import { useAsync } from '../../ui/useAsync.js';
import { useAllRecords } from '../../ui/useOptions.js';
import { totalTargetDays } from './steps.js';

export function ChainView({ id }: { id: string }) {
  const { t } = useTranslation();
  const canEdit = useSession().can('catalogue.write');
  const lang = useLang();
  const chain = useAsync(() => api.get('chains', id), [id]);
  const packages = useAllRecords('packages');
  const back = (
    <p className="back">
      <Link to="/chains">{t('common.backTo', { place: t('nav.chains') })}</Link>
    </p>
  );
  if (chain.error)
    return (
      <>
        {back}
        <PageHeading title={t('problem.notFound')}>{t('problem.notFound')}</PageHeading>
        <p role="alert">{chain.error.detail}</p>
      </>
    );
  const c = chain.data;
  if (!c) return <p aria-busy="true">{t('common.loading')}</p>;
  const name = localized(c.name, lang);
  const pkg = c.packageId ? packages.byId.get(c.packageId) : undefined;
  return (
    <>
      {back}
      <PageHeading title={name}>{name}</PageHeading>
      <p className="meta">
        <span className={`badge ${c.active ? 'badge-active' : 'badge-inactive'}`}>
          {c.active ? t('common.active') : t('common.inactive')}
        </span>{' '}
        {t('common.clientGroup')}: {t(`clientGroup.${c.clientGroup}`)}
        {c.packageId ? (
          <>
            {' · '}
            {t('chain.package')}:{' '}
            <Link to={`/packages/${c.packageId}`}>{pkg ? localized(pkg.name, lang) : '…'}</Link>
          </>
        ) : null}
      </p>
      {localized(c.description, lang) ? <p className="lead">{localized(c.description, lang)}</p> : null}
      {canEdit ? (
        <p>
          <Link className="button" to={`/chains/${c.id}/edit`}>
            {t('chain.edit')}
          </Link>
        </p>
      ) : null}
      <StepSequence chain={c} />
      <section aria-labelledby="chain-targets">
        <h2 id="chain-targets">{t('chain.targets')}</h2>
        {c.targets.length === 0 ? (
          <p>{t('chain.noTargets')}</p>
        ) : (
          <table className="targets">
            <caption className="sr-only">{t('chain.targets')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chain.targetName')}</th>
                <th scope="col">{t('chain.targetValue')}</th>
              </tr>
            </thead>
            <tbody>
              {c.targets.map((target) => (
                <tr key={target.code}>
                  <td>{localized(target.name, lang)}</td>
                  <td>
                    {formatNumber(target.target, lang)} {target.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function StepSequence({ chain }: { chain: ServiceChain }) {
  const { t } = useTranslation();
  const lang = useLang();
  const services = useAllRecords('services');
  const total = totalTargetDays(chain.steps);
  return (
    <section aria-labelledby="chain-steps">
      <h2 id="chain-steps">{t('chain.steps')}</h2>
      <p className="total">
        <strong>{t('chain.totalTime')}:</strong> {t('chain.days', { count: total })}
        {chain.steps.length > 1 ? ` ${t('chain.totalTimeExplain', { last: chain.steps.length })}` : ''}
      </p>
      <ol className="timeline">
        {chain.steps.map((s, i) => {
          const service = s.serviceId ? services.byId.get(s.serviceId) : undefined;
          const title = s.serviceId
            ? service
              ? localized(service.name, lang)
              : '…'
            : t('chain.levelOnly', { level: t(`level.${s.level}`) });
          const criteria = localized(s.entryCriteria, lang);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a step's position is its identity
            <li key={i} className={`step step-${s.handover}`}>
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              <div className="step-body">
                <h3>
                  {t('chain.stepN', { n: i + 1 })}:{' '}
                  {service ? <Link to={`/services/${service.id}`}>{title}</Link> : title}
                </h3>
                <p className="handover">
                  {i === 0
                    ? t('chain.entryExplain')
                    : t('chain.handoverExplain', {
                        handover: t(`handover.${s.handover}`),
                        days: t('chain.days', { count: s.targetDays ?? 0 }),
                      })}
                </p>
                <dl>
                  <dt>{t('chain.level')}</dt>
                  <dd>{t(`level.${s.level}`)}</dd>
                  <dt>{t('chain.responsible')}</dt>
                  <dd>{t(`producerKind.${s.responsibleProducerKind}`)}</dd>
                  {criteria ? (
                    <>
                      <dt>{t('chain.entryCriteria')}</dt>
                      <dd>{criteria}</dd>
                    </>
                  ) : null}
                </dl>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
