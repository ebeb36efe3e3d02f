import { useTranslation } from 'react-i18next';
import { localized } from '../../format.js';
import { useLang } from '../../i18n/index.js';
import { ACCESSIBILITY_FEATURES, type Draft } from '../../types.js';
import { EditorFrame } from '../../ui/EditorFrame.js';
import { CheckboxGroup, SelectField } from '../../ui/fields.js';
import { useAllRecords } from '../../ui/useOptions.js';
import { useRecordEditor } from '../../ui/useRecordEditor.js';
import { LanguagesField } from '../shared/LanguagesField.js';
import { OpeningHoursField } from '../shared/OpeningHoursField.js';
import { enumOptions, serviceOptions, unitOptions } from '../shared/options.js';

type ChannelDraft = Draft<'channels'>;

const empty = (): ChannelDraft => ({
  serviceId: '',
  unitId: '',
  kind: 'local',
  accessibility: { stepFree: true, hearingLoop: false, signLanguage: false, easyRead: false },
  languages: ['fi'],
  hours: [],
});

export function ChannelEdit({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const editor = useRecordEditor('channels', id, empty);
  const services = useAllRecords('services');
  const units = useAllRecords('units');
  const d = editor.draft;
  const service = services.byId.get(d.serviceId);
  const unit = units.byId.get(d.unitId);
  const title = editor.record
    ? t('channel.titleOf', {
        service: service ? localized(service.name, lang) : '…',
        unit: unit?.name ?? '…',
      })
    : t('channel.new');
  return (
    <EditorFrame editor={editor} resource="channels" title={title}>
      <SelectField
        label={t('channel.service')}
        pointer="/serviceId"
        required
        value={d.serviceId}
        emptyLabel={t('common.choose')}
        options={serviceOptions(services.items, lang)}
        onChange={(serviceId) => editor.patch({ serviceId })}
      />
      <SelectField
        label={t('channel.unit')}
        pointer="/unitId"
        required
        value={d.unitId}
        emptyLabel={t('common.choose')}
        options={unitOptions(units.items)}
        onChange={(unitId) => editor.patch({ unitId })}
      />
      <SelectField
        label={t('channel.kind')}
        pointer="/kind"
        required
        value={d.kind}
        options={enumOptions(t).channelKind}
        onChange={(kind) => editor.patch({ kind: kind as ChannelDraft['kind'] })}
      />
      <CheckboxGroup
        legend={t('channel.accessibility')}
        pointer="/accessibility"
        options={ACCESSIBILITY_FEATURES.map((f) => ({ value: f, label: t(`accessibility.${f}`) }))}
        values={ACCESSIBILITY_FEATURES.filter((f) => d.accessibility[f])}
        onChange={(values) =>
          editor.patch({
            accessibility: {
              stepFree: values.includes('stepFree'),
              hearingLoop: values.includes('hearingLoop'),
              signLanguage: values.includes('signLanguage'),
              easyRead: values.includes('easyRead'),
            },
          })
        }
      />
      <LanguagesField
        pointer="/languages"
        value={d.languages}
        onChange={(languages) => editor.patch({ languages })}
      />
      <OpeningHoursField
        legend={t('channel.hours')}
        pointer="/hours"
        value={d.hours}
        onChange={(hours) => editor.patch({ hours })}
      />
    </EditorFrame>
  );
}
