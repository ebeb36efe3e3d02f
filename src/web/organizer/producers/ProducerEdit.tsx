import { useTranslation } from 'react-i18next';
import type { Draft } from '../../types.js';
import { EditorFrame } from '../../ui/EditorFrame.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { useRecordEditor } from '../../ui/useRecordEditor.js';
import { enumOptions } from '../shared/options.js';

const empty = (): Draft<'producers'> => ({
  name: '',
  kind: 'private_company',
  businessId: null,
  oid: null,
  description: '',
});

export function ProducerEdit({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const editor = useRecordEditor('producers', id, empty);
  const d = editor.draft;
  const title = editor.record ? editor.record.name : t('producer.new');
  return (
    <EditorFrame editor={editor} resource="producers" title={title}>
      <TextField
        label={t('producer.name')}
        pointer="/name"
        required
        value={d.name}
        onChange={(name) => editor.patch({ name })}
      />
      <SelectField
        label={t('producer.kind')}
        pointer="/kind"
        required
        value={d.kind}
        options={enumOptions(t).producerKind}
        onChange={(kind) => editor.patch({ kind: kind as Draft<'producers'>['kind'] })}
      />
      <TextField
        label={t('producer.businessId')}
        hint={t('producer.businessIdHint')}
        pointer="/businessId"
        value={d.businessId ?? ''}
        onChange={(v) => editor.patch({ businessId: v.trim() ? v : null })}
      />
      <TextField
        label={t('producer.oid')}
        hint={t('producer.oidHint')}
        pointer="/oid"
        value={d.oid ?? ''}
        onChange={(v) => editor.patch({ oid: v.trim() ? v : null })}
      />
      <TextField
        label={t('producer.description')}
        pointer="/description"
        multiline
        value={d.description}
        onChange={(description) => editor.patch({ description })}
      />
    </EditorFrame>
  );
}
