import { useTranslation } from 'react-i18next';
import { localized } from '../../format.js';
import { useLang } from '../../i18n/index.js';
import type { Draft } from '../../types.js';
import { EditorFrame } from '../../ui/EditorFrame.js';
import { fieldId, LocalizedField, SelectField, TextField } from '../../ui/fields.js';
import { useAllRecords } from '../../ui/useOptions.js';
import { useRecordEditor } from '../../ui/useRecordEditor.js';
import { enumOptions, serviceOptions } from '../shared/options.js';
import { focusSoon, moved, RowButtons, replaced, without } from '../shared/rows.js';
import { PackageInterfaces } from './PackageInterfaces.js';

type PackageDraft = Draft<'packages'>;

const empty = (): PackageDraft => ({
  name: { fi: '', sv: '', en: '' },
  clientGroup: 'family_centre',
  description: { fi: '', sv: '', en: '' },
  services: [],
  interfaces: [],
});

export function PackageEdit({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const editor = useRecordEditor('packages', id, empty, { pathOf: (p) => `/packages/${p.id}` });
  const services = useAllRecords('services');
  const d = editor.draft;
  const name = editor.record ? localized(editor.record.name, lang) : '';
  const title = editor.record ? t('package.editTitle', { name }) : t('package.new');
  const options = serviceOptions(services.items, lang);
  return (
    <EditorFrame
      editor={editor}
      resource="packages"
      title={title}
      backTo={editor.record ? { path: `/packages/${editor.record.id}`, label: name } : undefined}
    >
      <LocalizedField
        label={t('package.name')}
        pointer="/name"
        required
        value={d.name}
        onChange={(v) => editor.patch({ name: v })}
      />
      <SelectField
        label={t('common.clientGroup')}
        pointer="/clientGroup"
        required
        value={d.clientGroup}
        options={enumOptions(t).clientGroup}
        onChange={(v) => editor.patch({ clientGroup: v as PackageDraft['clientGroup'] })}
      />
      <LocalizedField
        label={t('package.description')}
        pointer="/description"
        multiline
        value={d.description}
        onChange={(description) => editor.patch({ description })}
      />
      <fieldset className="group" id={fieldId('/services')} tabIndex={-1}>
        <legend>{t('package.services')}</legend>
        {d.services.map((row, i) => {
          const what = t('package.serviceRow', { n: i + 1 });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; their state is in the draft
            <div className="row-card" key={i}>
              <SelectField
                label={t('package.service')}
                pointer={`/services/${i}/serviceId`}
                required
                value={row.serviceId}
                emptyLabel={t('common.choose')}
                options={options}
                onChange={(serviceId) =>
                  editor.patch({ services: replaced(d.services, i, { ...row, serviceId }) })
                }
              />
              <TextField
                label={t('package.note')}
                pointer={`/services/${i}/note`}
                value={row.note}
                onChange={(note) => editor.patch({ services: replaced(d.services, i, { ...row, note }) })}
              />
              <RowButtons
                base="pkg-service"
                listId={fieldId('/services')}
                index={i}
                count={d.services.length}
                what={what}
                onMove={(to) => {
                  editor.patch({ services: moved(d.services, i, to) });
                }}
                onRemove={() => editor.patch({ services: without(d.services, i) })}
              />
            </div>
          );
        })}
        <button
          type="button"
          onClick={() => {
            editor.patch({ services: [...d.services, { serviceId: '', note: '' }] });
            focusSoon(fieldId(`/services/${d.services.length}/serviceId`));
          }}
        >
          {t('package.addService')}
        </button>
      </fieldset>
      <PackageInterfaces value={d.interfaces} onChange={(interfaces) => editor.patch({ interfaces })} />
    </EditorFrame>
  );
}
