import { useTranslation } from 'react-i18next';
import { localized } from '../../format.js';
import { useLang } from '../../i18n/index.js';
import type { Draft } from '../../types.js';
import { EditorFrame } from '../../ui/EditorFrame.js';
import { LocalizedField, SelectField } from '../../ui/fields.js';
import { useAllRecords } from '../../ui/useOptions.js';
import { useRecordEditor } from '../../ui/useRecordEditor.js';
import { enumOptions } from '../shared/options.js';
import { StepsEditor } from './StepsEditor.js';
import { newStep } from './steps.js';
import { TargetsEditor } from './TargetsEditor.js';

type ChainDraft = Draft<'chains'>;

const empty = (): ChainDraft => ({
  name: { fi: '', sv: '', en: '' },
  clientGroup: 'older_people_carers',
  packageId: null,
  description: { fi: '', sv: '', en: '' },
  targets: [],
  steps: [newStep(undefined)],
});

export function ChainEdit({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const editor = useRecordEditor('chains', id, empty, { pathOf: (c) => `/chains/${c.id}` });
  const packages = useAllRecords('packages');
  const d = editor.draft;
  const name = editor.record ? localized(editor.record.name, lang) : '';
  const title = editor.record ? t('chain.editTitle', { name }) : t('chain.new');
  return (
    <EditorFrame
      editor={editor}
      resource="chains"
      title={title}
      backTo={editor.record ? { path: `/chains/${editor.record.id}`, label: name } : undefined}
    >
      <LocalizedField
        label={t('chain.name')}
        pointer="/name"
        required
        value={d.name}
        onChange={(v) => editor.patch({ name: v })}
      />
      <div className="row-fields">
        <SelectField
          label={t('common.clientGroup')}
          pointer="/clientGroup"
          required
          value={d.clientGroup}
          options={enumOptions(t).clientGroup}
          onChange={(v) => editor.patch({ clientGroup: v as ChainDraft['clientGroup'] })}
        />
        <SelectField
          label={t('chain.package')}
          pointer="/packageId"
          value={d.packageId ?? ''}
          emptyLabel={t('chain.noPackage')}
          options={packages.items.map((p) => ({ value: p.id, label: localized(p.name, lang) }))}
          onChange={(v) => editor.patch({ packageId: v || null })}
        />
      </div>
      <LocalizedField
        label={t('chain.description')}
        pointer="/description"
        multiline
        value={d.description}
        onChange={(description) => editor.patch({ description })}
      />
      <StepsEditor steps={d.steps} onChange={(steps) => editor.patch({ steps })} />
      <TargetsEditor targets={d.targets} onChange={(targets) => editor.patch({ targets })} />
    </EditorFrame>
  );
}
