import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatEuro, localized } from '../../format.js';
import { type UiLanguage, useLang } from '../../i18n/index.js';
import { Link } from '../../router.js';
import type { Service } from '../../types.js';
import { type Column, ResourceList } from '../../ui/ResourceList.js';
import { enumOptions } from '../shared/options.js';

/** "85,50 € / käynti": the price per delivery unit in the UI language. */
export function priceText(
  s: Pick<Service, 'unitPrice' | 'deliveryUnit'>,
  lang: UiLanguage,
  t: TFunction,
): string {
  return t('service.pricePer', {
    price: formatEuro(s.unitPrice, lang),
    unit: t(`deliveryUnit.${s.deliveryUnit}`),
  });
}

export function ServiceList() {
  const { t } = useTranslation();
  const lang = useLang();
  const options = enumOptions(t);
  const columns: Column<Service>[] = [
    {
      header: t('service.name'),
      render: (s) => <Link to={`/services/${s.id}`}>{localized(s.name, lang)}</Link>,
    },
    { header: t('service.sector'), render: (s) => t(`sector.${s.sector}`) },
    { header: t('service.level'), render: (s) => t(`level.${s.level}`) },
    { header: t('service.code'), render: (s) => s.classification?.code ?? '' },
    { header: t('service.unitPrice'), render: (s) => priceText(s, lang, t) },
  ];
  return (
    <ResourceList
      resource="services"
      title={t('nav.services')}
      newLabel={t('service.new')}
      intro={<p>{t('service.intro')}</p>}
      filters={[
        { name: 'sector', label: t('service.sector'), kind: 'select', options: options.sector },
        { name: 'level', label: t('service.level'), kind: 'select', options: options.level },
        { name: 'code', label: t('service.code'), kind: 'text' },
      ]}
      columns={columns}
    />
  );
}
