import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/index.js';
import type { Draft } from '../../types.js';
import { EditorFrame } from '../../ui/EditorFrame.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { useAllRecords } from '../../ui/useOptions.js';
import { useRecordEditor } from '../../ui/useRecordEditor.js';
import { LanguagesField } from '../shared/LanguagesField.js';
import { municipalityName, useMunicipalities } from '../shared/municipalities.js';
import { OpeningHoursField } from '../shared/OpeningHoursField.js';
import { producerOptions } from '../shared/options.js';

const empty = (): Draft<'units'> => ({
  producerId: '',
  name: '',
  streetAddress: '',
  postalCode: '',
  municipalityCode: '',
  phone: null,
  openingHours: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' }],
  languages: ['fi'],
});

export function UnitEdit({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const editor = useRecordEditor('units', id, empty);
  const producers = useAllRecords('producers');
  const municipalities = useMunicipalities();
  const d = editor.draft;
  const title = editor.record ? editor.record.name : t('unit.new');
  return (
    <EditorFrame editor={editor} resource="units" title={title}>
      <SelectField
        label={t('unit.producer')}
        pointer="/producerId"
        required
        value={d.producerId}
        emptyLabel={t('common.choose')}
        options={producerOptions(producers.items)}
        onChange={(producerId) => editor.patch({ producerId })}
      />
      <TextField
        label={t('unit.name')}
        pointer="/name"
        required
        value={d.name}
        onChange={(name) => editor.patch({ name })}
      />
      <TextField
        label={t('unit.streetAddress')}
        pointer="/streetAddress"
        required
        autoComplete="street-address"
        value={d.streetAddress}
        onChange={(streetAddress) => editor.patch({ streetAddress })}
      />
      <div className="row-fields">
        <TextField
          label={t('unit.postalCode')}
          hint={t('unit.postalCodeHint')}
          pointer="/postalCode"
          required
          inputMode="numeric"
          autoComplete="postal-code"
          value={d.postalCode}
          // A new postal code means the municipality is derived again unless chosen.
          onChange={(postalCode) => editor.patch({ postalCode, municipalityCode: '' })}
        />
        <SelectField
          label={t('unit.municipality')}
          pointer="/municipalityCode"
          value={d.municipalityCode}
          emptyLabel={t('unit.municipalityDerived')}
          options={municipalities.map((m) => ({
            value: m.code,
            label: municipalityName(m.code, municipalities, lang),
          }))}
          onChange={(municipalityCode) => editor.patch({ municipalityCode })}
        />
      </div>
      <TextField
        label={t('unit.phone')}
        pointer="/phone"
        type="tel"
        autoComplete="tel"
        value={d.phone ?? ''}
        onChange={(v) => editor.patch({ phone: v.trim() ? v : null })}
      />
      <OpeningHoursField
        legend={t('hours.title')}
        pointer="/openingHours"
        value={d.openingHours}
        onChange={(openingHours) => editor.patch({ openingHours })}
      />
      <LanguagesField
        pointer="/languages"
        value={d.languages}
        onChange={(languages) => editor.patch({ languages })}
      />
    </EditorFrame>
  );
}
