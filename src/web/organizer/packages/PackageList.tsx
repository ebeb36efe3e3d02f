import { useTranslation } from 'react-i18next';
import { localized } from '../../format.js';
import { useLang } from '../../i18n/index.js';
import { Link } from '../../router.js';
import type { ServicePackage } from '../../types.js';
import { type Column, ResourceList } from '../../ui/ResourceList.js';
import { useAllRecords } from '../../ui/useOptions.js';
import { enumOptions, serviceOptions } from '../shared/options.js';

export function PackageList() {
  const { t } = useTranslation();
  const lang = useLang();
  const services = useAllRecords('services');
  const columns: Column<ServicePackage>[] = [
    {
      header: t('package.name'),
      render: (p) => <Link to={`/packages/${p.id}`}>{localized(p.name, lang)}</Link>,
    },
    { header: t('common.clientGroup'), render: (p) => t(`clientGroup.${p.clientGroup}`) },
    { header: t('package.serviceCount'), render: (p) => p.services.length },
    { header: t('package.interfaceCount'), render: (p) => p.interfaces.length },
  ];
  return (
    <ResourceList
      resource="packages"
      title={t('nav.packages')}
      newLabel={t('package.new')}
      intro={<p>{t('package.intro')}</p>}
      filters={[
        {
          name: 'clientGroup',
          label: t('common.clientGroup'),
          kind: 'select',
          options: enumOptions(t).clientGroup,
        },
        {
          name: 'serviceId',
          label: t('package.service'),
          kind: 'select',
          options: serviceOptions(services.items, lang),
        },
      ]}
      columns={columns}
    />
  );
}
