import { useTranslation } from 'react-i18next';
import { languageName } from '../../format.js';
import { useLang } from '../../i18n/index.js';
import { Link } from '../../router.js';
import type { Unit } from '../../types.js';
import { type Column, ResourceList } from '../../ui/ResourceList.js';
import { useAllRecords } from '../../ui/useOptions.js';
import { languagesText } from '../shared/LanguagesField.js';
import { municipalityName, useMunicipalities } from '../shared/municipalities.js';
import { COMMON_LANGUAGES, producerOptions } from '../shared/options.js';

export function UnitList() {
  const { t } = useTranslation();
  const lang = useLang();
  const producers = useAllRecords('producers');
  const municipalities = useMunicipalities();
  const columns: Column<Unit>[] = [
    { header: t('unit.name'), render: (u) => <Link to={`/units/${u.id}`}>{u.name}</Link> },
    { header: t('unit.producer'), render: (u) => producers.byId.get(u.producerId)?.name ?? '' },
    { header: t('unit.address'), render: (u) => `${u.streetAddress}, ${u.postalCode}` },
    {
      header: t('unit.municipality'),
      render: (u) => municipalityName(u.municipalityCode, municipalities, lang),
    },
    { header: t('common.languages'), render: (u) => languagesText(u.languages, lang) },
  ];
  return (
    <ResourceList
      resource="units"
      title={t('nav.units')}
      newLabel={t('unit.new')}
      intro={<p>{t('unit.intro')}</p>}
      filters={[
        {
          name: 'producerId',
          label: t('unit.producer'),
          kind: 'select',
          options: producerOptions(producers.items),
        },
        {
          name: 'municipalityCode',
          label: t('unit.municipality'),
          kind: 'select',
          options: municipalities.map((m) => ({
            value: m.code,
            label: municipalityName(m.code, municipalities, lang),
          })),
        },
        {
          name: 'language',
          label: t('common.language'),
          kind: 'select',
          options: COMMON_LANGUAGES.map((c) => ({ value: c, label: languageName(c, lang) })),
        },
      ]}
      columns={columns}
    />
  );
}
