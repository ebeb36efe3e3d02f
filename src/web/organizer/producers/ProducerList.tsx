import { useTranslation } from 'react-i18next';
import { Link } from '../../router.js';
import type { Producer } from '../../types.js';
import { type Column, ResourceList } from '../../ui/ResourceList.js';
import { enumOptions } from '../shared/options.js';

export function ProducerList() {
  const { t } = useTranslation();
  const columns: Column<Producer>[] = [
    { header: t('producer.name'), render: (p) => <Link to={`/producers/${p.id}`}>{p.name}</Link> },
    { header: t('producer.kind'), render: (p) => t(`producerKind.${p.kind}`) },
    { header: t('producer.businessId'), render: (p) => p.businessId ?? '' },
  ];
  return (
    <ResourceList
      resource="producers"
      title={t('nav.producers')}
      newLabel={t('producer.new')}
      intro={<p>{t('producer.intro')}</p>}
      filters={[
        { name: 'kind', label: t('producer.kind'), kind: 'select', options: enumOptions(t).producerKind },
      ]}
      columns={columns}
    />
  );
}
