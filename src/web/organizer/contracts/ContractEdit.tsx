import { useTranslation } from 'react-i18next';
import { today } from '../../format.js';
import { useLang } from '../../i18n/index.js';
import { type Draft, OBLIGATIONS } from '../../types.js';
import { EditorFrame } from '../../ui/EditorFrame.js';
import { CheckboxGroup, fieldId, SelectField, TextField } from '../../ui/fields.js';
import { useAllRecords } from '../../ui/useOptions.js';
import { useRecordEditor } from '../../ui/useRecordEditor.js';
import { producerOptions, serviceOptions } from '../shared/options.js';
import { focusSoon, RowButtons, replaced, without } from '../shared/rows.js';
import { ContractServices } from './ContractServices.js';

type ContractDraft = Draft<'contracts'>;

const empty = (): ContractDraft => ({
  producerId: '',
  reference: '',
  validFrom: today(),
  validTo: null,
  qualityCriteria: [],
  obligations: [...OBLIGATIONS],
  services: [],
});

export function ContractEdit({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const editor = useRecordEditor('contracts', id, empty);
  const producers = useAllRecords('producers');
  const services = useAllRecords('services');
  const d = editor.draft;
  const title = editor.record
    ? t('contract.titleOf', { reference: editor.record.reference })
    : t('contract.new');
  return (
    <EditorFrame editor={editor} resource="contracts" title={title}>
      <SelectField
        label={t('contract.producer')}
        pointer="/producerId"
        required
        value={d.producerId}
        emptyLabel={t('common.choose')}
        options={producerOptions(producers.items)}
        onChange={(producerId) => editor.patch({ producerId })}
      />
      <TextField
        label={t('contract.reference')}
        pointer="/reference"
        required
        value={d.reference}
        onChange={(reference) => editor.patch({ reference })}
      />
      <div className="row-fields">
        <TextField
          label={t('contract.validFrom')}
          pointer="/validFrom"
          type="date"
          required
          value={d.validFrom}
          onChange={(validFrom) => editor.patch({ validFrom })}
        />
        <TextField
          label={t('contract.validTo')}
          hint={t('contract.validToHint')}
          pointer="/validTo"
          type="date"
          value={d.validTo ?? ''}
          onChange={(v) => editor.patch({ validTo: v || null })}
        />
      </div>
      <CheckboxGroup
        legend={t('contract.obligations')}
        hint={t('contract.obligationsHint')}
        pointer="/obligations"
        options={OBLIGATIONS.map((o) => ({ value: o, label: t(`obligation.${o}`) }))}
        values={d.obligations}
        onChange={(v) => editor.patch({ obligations: v as ContractDraft['obligations'] })}
      />
      <fieldset className="group" id={fieldId('/qualityCriteria')} tabIndex={-1}>
        <legend>{t('contract.qualityCriteria')}</legend>
        {d.qualityCriteria.map((text, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are plain strings; their state is in the draft
          <div className="row-card row-inline" key={i}>
            <TextField
              label={t('contract.criterion', { n: i + 1 })}
              pointer={`/qualityCriteria/${i}`}
              value={text}
              onChange={(v) => editor.patch({ qualityCriteria: replaced(d.qualityCriteria, i, v) })}
            />
            <RowButtons
              base="criterion"
              listId={fieldId('/qualityCriteria')}
              index={i}
              count={d.qualityCriteria.length}
              what={t('contract.criterion', { n: i + 1 })}
              onRemove={() => editor.patch({ qualityCriteria: without(d.qualityCriteria, i) })}
            />
          </div>
        ))}
        <button
          type="button"
          onClick={() => {
            editor.patch({ qualityCriteria: [...d.qualityCriteria, ''] });
            focusSoon(fieldId(`/qualityCriteria/${d.qualityCriteria.length}`));
          }}
        >
          {t('contract.addCriterion')}
        </button>
      </fieldset>
      <ContractServices
        value={d.services}
        serviceOptions={serviceOptions(services.items, lang)}
        servicesById={services.byId}
        onChange={(rows) => editor.patch({ services: rows })}
      />
    </EditorFrame>
  );
}
