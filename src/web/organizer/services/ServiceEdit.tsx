import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { localized } from '../../format.js';
import { useLang } from '../../i18n/index.js';
import type { Draft } from '../../types.js';
import { EditorFrame } from '../../ui/EditorFrame.js';
import { LocalizedField, NumberField, SelectField } from '../../ui/fields.js';
import { useAsync } from '../../ui/useAsync.js';
import { useRecordEditor } from '../../ui/useRecordEditor.js';
import { enumOptions } from '../shared/options.js';
import { ServiceProducers } from './ServiceProducers.js';

type ServiceDraft = Draft<'services'>;

const empty = (): ServiceDraft => ({
  name: { fi: '', sv: '', en: '' },
  sector: 'health',
  level: 'basic',
  classification: null,
  deliveryUnit: 'visit',
  unitPrice: 0,
  description: { fi: '', sv: '', en: '' },
});

export function ServiceEdit({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const editor = useRecordEditor('services', id, empty);
  const d = editor.draft;
  const options = enumOptions(t);
  const systems = useAsync(() => api.codeSystems(), []);
  const system = d.classification?.system ?? '';
  const concepts = useAsync(() => (system ? api.codeSystem(system) : Promise.resolve(null)), [system]);
  const title = editor.record ? localized(editor.record.name, lang) : t('service.new');
  return (
    <>
      <EditorFrame editor={editor} resource="services" title={title}>
        <LocalizedField
          label={t('service.name')}
          pointer="/name"
          required
          value={d.name}
          onChange={(name) => editor.patch({ name })}
        />
        <div className="row-fields">
          <SelectField
            label={t('service.sector')}
            pointer="/sector"
            required
            value={d.sector}
            options={options.sector}
            onChange={(v) => editor.patch({ sector: v as ServiceDraft['sector'] })}
          />
          <SelectField
            label={t('service.level')}
            pointer="/level"
            required
            value={d.level}
            options={options.level}
            onChange={(v) => editor.patch({ level: v as ServiceDraft['level'] })}
          />
        </div>
        <div className="row-fields">
          <NumberField
            label={t('service.unitPriceEuros')}
            pointer="/unitPrice"
            required
            value={d.unitPrice}
            onChange={(v) => editor.patch({ unitPrice: v ?? Number.NaN })}
          />
          <SelectField
            label={t('service.deliveryUnit')}
            pointer="/deliveryUnit"
            required
            value={d.deliveryUnit}
            options={options.deliveryUnit}
            onChange={(v) => editor.patch({ deliveryUnit: v as ServiceDraft['deliveryUnit'] })}
          />
        </div>
        <div className="row-fields">
          <SelectField
            label={t('service.codeSystem')}
            pointer="/classification/system"
            value={system}
            emptyLabel={t('service.noClassification')}
            options={(systems.data ?? []).map((s) => ({ value: s.system, label: localized(s.name, lang) }))}
            onChange={(v) => editor.patch({ classification: v ? { system: v, code: '' } : null })}
          />
          {d.classification ? (
            <SelectField
              label={t('service.code')}
              pointer="/classification/code"
              required
              value={d.classification.code}
              emptyLabel={t('common.choose')}
              options={(concepts.data?.concepts ?? []).map((c) => ({
                value: c.code,
                label: `${c.code} ${localized(c.display, lang)}`,
              }))}
              onChange={(code) => editor.patch({ classification: { system, code } })}
            />
          ) : null}
        </div>
        <LocalizedField
          label={t('service.description')}
          pointer="/description"
          multiline
          value={d.description}
          onChange={(description) => editor.patch({ description })}
        />
      </EditorFrame>
      {editor.record ? <ServiceProducers serviceId={editor.record.id} /> : null}
    </>
  );
}
