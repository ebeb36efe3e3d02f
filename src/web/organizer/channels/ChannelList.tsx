import { useTranslation } from 'react-i18next';
import { localized } from '../../format.js';
import { useLang } from '../../i18n/index.js';
import { Link } from '../../router.js';
import { ACCESSIBILITY_FEATURES, type Channel } from '../../types.js';
import { type Column, ResourceList } from '../../ui/ResourceList.js';
import { useAllRecords } from '../../ui/useOptions.js';
import { languagesText } from '../shared/LanguagesField.js';
import { enumOptions, serviceOptions, unitOptions } from '../shared/options.js';

export function ChannelList() {
  const { t } = useTranslation();
  const lang = useLang();
  const services = useAllRecords('services');
  const units = useAllRecords('units');
  const serviceName = (id: string) => {
    const s = services.byId.get(id);
    return s ? localized(s.name, lang) : id;
  };
  const columns: Column<Channel>[] = [
    {
      header: t('channel.service'),
      render: (c) => <Link to={`/channels/${c.id}`}>{serviceName(c.serviceId)}</Link>,
    },
    { header: t('channel.unit'), render: (c) => units.byId.get(c.unitId)?.name ?? c.unitId },
    { header: t('channel.kind'), render: (c) => t(`channelKind.${c.kind}`) },
    {
      header: t('channel.accessibility'),
      render: (c) =>
        ACCESSIBILITY_FEATURES.filter((f) => c.accessibility[f])
          .map((f) => t(`accessibility.${f}`))
          .join(', '),
    },
    { header: t('common.languages'), render: (c) => languagesText(c.languages, lang) },
  ];
  return (
    <ResourceList
      resource="channels"
      title={t('nav.channels')}
      newLabel={t('channel.new')}
      searchable={false}
      intro={<p>{t('channel.intro')}</p>}
      filters={[
        {
          name: 'serviceId',
          label: t('channel.service'),
          kind: 'select',
          options: serviceOptions(services.items, lang),
        },
        { name: 'unitId', label: t('channel.unit'), kind: 'select', options: unitOptions(units.items) },
        { name: 'kind', label: t('channel.kind'), kind: 'select', options: enumOptions(t).channelKind },
        {
          name: 'accessible',
          label: t('channel.accessibility'),
          kind: 'select',
          options: ACCESSIBILITY_FEATURES.map((f) => ({ value: f, label: t(`accessibility.${f}`) })),
        },
      ]}
      columns={columns}
    />
  );
}
