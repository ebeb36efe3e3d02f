import { useTranslation } from 'react-i18next';
import { localized } from '../../format.js';
import { useLang } from '../../i18n/index.js';
import { Link } from '../../router.js';
import type { ServiceChain } from '../../types.js';
import { type Column, ResourceList } from '../../ui/ResourceList.js';
import { useAllRecords } from '../../ui/useOptions.js';
import { enumOptions, serviceOptions } from '../shared/options.js';
import { totalTargetDays } from './steps.js';

export function ChainList() {
  const { t } = useTranslation();
  const lang = useLang();
  const packages = useAllRecords('packages');
  const services = useAllRecords('services');
  const columns: Column<ServiceChain>[] = [
    { header: t('chain.name'), render: (c) => <Link to={`/chains/${c.id}`}>{localized(c.name, lang)}</Link> },
    { header: t('common.clientGroup'), render: (c) => t(`clientGroup.${c.clientGroup}`) },
    { header: t('chain.stepCount'), render: (c) => c.steps.length },
    { header: t('chain.totalTime'), render: (c) => t('chain.days', { count: totalTargetDays(c.steps) }) },
  ];
  return (
    <ResourceList
      resource="chains"
      title={t('nav.chains')}
      newLabel={t('chain.new')}
      intro={<p>{t('chain.intro')}</p>}
      filters={[
        {
          name: 'clientGroup',
          label: t('common.clientGroup'),
          kind: 'select',
          options: enumOptions(t).clientGroup,
        },
        {
          name: 'packageId',
          label: t('chain.package'),
          kind: 'select',
          options: packages.items.map((p) => ({ value: p.id, label: localized(p.name, lang) })),
        },
        {
          name: 'serviceId',
          label: t('chain.service'),
          kind: 'select',
          options: serviceOptions(services.items, lang),
        },
      ]}
      columns={columns}
    />
  );
}
