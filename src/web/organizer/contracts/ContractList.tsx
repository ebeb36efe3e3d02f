import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.js';
import { type UiLanguage, useLang } from '../../i18n/index.js';
import { Link } from '../../router.js';
import type { Contract } from '../../types.js';
import { type Column, ResourceList } from '../../ui/ResourceList.js';
import { useAllRecords } from '../../ui/useOptions.js';
import { producerOptions, serviceOptions } from '../shared/options.js';

export function periodText(c: Pick<Contract, 'validFrom' | 'validTo'>, lang: UiLanguage): string {
  return `${formatDate(c.validFrom, lang)} – ${c.validTo ? formatDate(c.validTo, lang) : ''}`;
}

export function ContractList() {
  const { t } = useTranslation();
  const lang = useLang();
  const producers = useAllRecords('producers');
  const services = useAllRecords('services');
  const columns: Column<Contract>[] = [
    { header: t('contract.reference'), render: (c) => <Link to={`/contracts/${c.id}`}>{c.reference}</Link> },
    { header: t('contract.producer'), render: (c) => producers.byId.get(c.producerId)?.name ?? c.producerId },
    { header: t('contract.period'), render: (c) => periodText(c, lang) },
    { header: t('contract.serviceCount'), render: (c) => c.services.length },
  ];
  return (
    <ResourceList
      resource="contracts"
      title={t('nav.contracts')}
      newLabel={t('contract.new')}
      intro={<p>{t('contract.intro')}</p>}
      filters={[
        {
          name: 'producerId',
          label: t('contract.producer'),
          kind: 'select',
          options: producerOptions(producers.items),
        },
        {
          name: 'serviceId',
          label: t('contract.service'),
          kind: 'select',
          options: serviceOptions(services.items, lang),
        },
        { name: 'validOn', label: t('contract.validOn'), kind: 'date' },
      ]}
      columns={columns}
    />
  );
}
