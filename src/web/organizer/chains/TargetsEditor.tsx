import { useTranslation } from 'react-i18next';
import type { ChainTarget } from '../../types.js';
import { fieldId, LocalizedField, NumberField, TextField } from '../../ui/fields.js';
import { focusSoon, RowButtons, replaced, without } from '../shared/rows.js';

/** The chain's measurable targets, e.g. "time from referral to first visit: 14 days". */
export function TargetsEditor(props: { targets: ChainTarget[]; onChange: (targets: ChainTarget[]) => void }) {
  const { t } = useTranslation();
  const { targets, onChange } = props;
  const set = (i: number, target: ChainTarget) => onChange(replaced(targets, i, target));
  return (
    <fieldset className="group" id={fieldId('/targets')} tabIndex={-1}>
      <legend>{t('chain.targets')}</legend>
      {targets.map((target, i) => {
        const p = `/targets/${i}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; their state is in the draft
          <div className="row-card" key={i}>
            <LocalizedField
              label={t('chain.targetName')}
              pointer={`${p}/name`}
              required
              value={target.name}
              onChange={(name) => set(i, { ...target, name })}
            />
            <div className="row-fields">
              <TextField
                label={t('chain.targetCode')}
                hint={t('chain.targetCodeHint')}
                pointer={`${p}/code`}
                required
                value={target.code}
                onChange={(code) => set(i, { ...target, code })}
              />
              <NumberField
                label={t('chain.targetValue')}
                pointer={`${p}/target`}
                required
                value={target.target}
                onChange={(v) => set(i, { ...target, target: v ?? Number.NaN })}
              />
              <TextField
                label={t('chain.targetUnit')}
                hint={t('chain.targetUnitHint')}
                pointer={`${p}/unit`}
                required
                value={target.unit}
                onChange={(unit) => set(i, { ...target, unit })}
              />
            </div>
            <RowButtons
              base="target"
              listId={fieldId('/targets')}
              index={i}
              count={targets.length}
              what={t('chain.targetRow', { n: i + 1 })}
              onRemove={() => onChange(without(targets, i))}
            />
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          onChange([...targets, { code: '', name: { fi: '', sv: '', en: '' }, target: 0, unit: '' }]);
          focusSoon(fieldId(`/targets/${targets.length}/name/fi`));
        }}
      >
        {t('chain.addTarget')}
      </button>
    </fieldset>
  );
}
