/** Add, remove, reorder and fill in a chain's steps. */
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/index.js';
import type { ChainStep } from '../../types.js';
import { fieldId, LocalizedField, NumberField, SelectField } from '../../ui/fields.js';
import { useAllRecords } from '../../ui/useOptions.js';
import { enumOptions, serviceOptions } from '../shared/options.js';
import { focusSoon, moved, RowButtons, replaced, without } from '../shared/rows.js';
import { newStep, normalizeSteps, totalTargetDays } from './steps.js';

export function StepsEditor(props: { steps: ChainStep[]; onChange: (steps: ChainStep[]) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const services = useAllRecords('services');
  const options = enumOptions(t);
  const { steps } = props;
  const change = (next: ChainStep[]) => props.onChange(normalizeSteps(next));
  const set = (i: number, step: ChainStep) => change(replaced(steps, i, step));
  const serviceChoices = serviceOptions(services.items, lang);
  return (
    <fieldset className="group steps-editor" id={fieldId('/steps')} tabIndex={-1}>
      <legend>{t('chain.steps')}</legend>
      <p className="hint">{t('chain.stepsHint')}</p>
      <p>
        <strong>{t('chain.totalTime')}:</strong> {t('chain.days', { count: totalTargetDays(steps) })}
      </p>
      <ol className="step-forms">
        {steps.map((s, i) => {
          const p = `/steps/${i}`;
          const what = t('chain.stepN', { n: i + 1 });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a step's position is its identity; its state is in the draft
            <li key={i}>
              <fieldset className="row-card" id={fieldId(p)} tabIndex={-1}>
                <legend>{what}</legend>
                <SelectField
                  label={t('chain.service')}
                  pointer={`${p}/serviceId`}
                  value={s.serviceId ?? ''}
                  emptyLabel={t('chain.noService')}
                  options={serviceChoices}
                  onChange={(v) => {
                    const service = services.byId.get(v);
                    set(i, { ...s, serviceId: v || null, level: service?.level ?? s.level });
                  }}
                />
                <div className="row-fields">
                  <SelectField
                    label={t('chain.level')}
                    pointer={`${p}/level`}
                    required
                    value={s.level}
                    options={options.level}
                    onChange={(v) => set(i, { ...s, level: v as ChainStep['level'] })}
                  />
                  <SelectField
                    label={t('chain.responsible')}
                    pointer={`${p}/responsibleProducerKind`}
                    required
                    value={s.responsibleProducerKind}
                    options={options.producerKind}
                    onChange={(v) =>
                      set(i, { ...s, responsibleProducerKind: v as ChainStep['responsibleProducerKind'] })
                    }
                  />
                </div>
                {i === 0 ? (
                  <p className="hint">{t('chain.entryExplain')}</p>
                ) : (
                  <div className="row-fields">
                    <SelectField
                      label={t('chain.handover')}
                      pointer={`${p}/handover`}
                      required
                      value={s.handover}
                      options={options.handover}
                      onChange={(v) => set(i, { ...s, handover: v as ChainStep['handover'] })}
                    />
                    <NumberField
                      label={t('chain.targetDays')}
                      pointer={`${p}/targetDays`}
                      integer
                      required
                      value={s.targetDays}
                      onChange={(v) => set(i, { ...s, targetDays: v })}
                    />
                  </div>
                )}
                <LocalizedField
                  label={t('chain.entryCriteria')}
                  pointer={`${p}/entryCriteria`}
                  multiline
                  value={s.entryCriteria}
                  onChange={(entryCriteria) => set(i, { ...s, entryCriteria })}
                />
                <RowButtons
                  base="step"
                  listId={fieldId('/steps')}
                  index={i}
                  count={steps.length}
                  what={what}
                  onMove={(to) => {
                    change(moved(steps, i, to));
                  }}
                  onRemove={() => change(without(steps, i))}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          change([...steps, newStep(steps[steps.length - 1])]);
          focusSoon(fieldId(`/steps/${steps.length}/serviceId`));
        }}
      >
        {t('chain.addStep')}
      </button>
    </fieldset>
  );
}
