import { useTranslation } from 'react-i18next';
import type { PackageInterface } from '../../types.js';
import { fieldId, LocalizedField, SelectField, TextField } from '../../ui/fields.js';
import { enumOptions } from '../shared/options.js';
import { focusSoon, RowButtons, replaced, without } from '../shared/rows.js';

/** The package's interfaces (yhdyspinnat) to municipal, state, NGO, parish and private services. */
export function PackageInterfaces(props: {
  value: PackageInterface[];
  onChange: (rows: PackageInterface[]) => void;
}) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  const set = (i: number, row: PackageInterface) => onChange(replaced(value, i, row));
  return (
    <fieldset className="group" id={fieldId('/interfaces')} tabIndex={-1}>
      <legend>{t('package.interfaces')}</legend>
      {value.map((row, i) => {
        const p = `/interfaces/${i}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; their state is in the draft
          <div className="row-card" key={i}>
            <SelectField
              label={t('package.interfaceKind')}
              pointer={`${p}/kind`}
              required
              value={row.kind}
              options={enumOptions(t).interfaceKind}
              onChange={(kind) => set(i, { ...row, kind })}
            />
            <LocalizedField
              label={t('package.interfaceName')}
              pointer={`${p}/name`}
              required
              value={row.name}
              onChange={(name) => set(i, { ...row, name })}
            />
            <TextField
              label={t('package.interfaceDescription')}
              pointer={`${p}/description`}
              multiline
              value={row.description}
              onChange={(description) => set(i, { ...row, description })}
            />
            <RowButtons
              base="interface"
              listId={fieldId('/interfaces')}
              index={i}
              count={value.length}
              what={t('package.interfaceRow', { n: i + 1 })}
              onRemove={() => onChange(without(value, i))}
            />
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          onChange([...value, { kind: 'municipal', name: { fi: '', sv: '', en: '' }, description: '' }]);
          focusSoon(fieldId(`/interfaces/${value.length}/kind`));
        }}
      >
        {t('package.addInterface')}
      </button>
    </fieldset>
  );
}
