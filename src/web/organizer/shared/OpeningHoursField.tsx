/** Opening hours as rows of weekdays with an opening and closing time. */
import { useTranslation } from 'react-i18next';
import { weekdayName } from '../../format.js';
import { type UiLanguage, useLang } from '../../i18n/index.js';
import type { OpeningHours } from '../../types.js';
import { CheckboxGroup, fieldId, TextField } from '../../ui/fields.js';
import { focusSoon, RowButtons, replaced, without } from './rows.js';

const DAYS = [1, 2, 3, 4, 5, 6, 7];

export function OpeningHoursField(props: {
  legend: string;
  pointer: string;
  value: OpeningHours[];
  onChange: (value: OpeningHours[]) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { pointer, value, onChange } = props;
  const dayOptions = DAYS.map((d) => ({ value: String(d), label: weekdayName(d, lang, 'long') }));
  return (
    <fieldset className="group" id={fieldId(pointer)} tabIndex={-1}>
      <legend>{props.legend}</legend>
      {value.length === 0 ? <p className="hint">{t('hours.none')}</p> : null}
      {value.map((row, i) => {
        const what = t('hours.row', { n: i + 1 });
        const p = `${pointer}/${i}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; all their state is in the value
          <div className="row-card" key={i}>
            <CheckboxGroup
              legend={what}
              pointer={`${p}/days`}
              inline
              options={dayOptions}
              values={row.days.map(String)}
              onChange={(days) =>
                onChange(replaced(value, i, { ...row, days: days.map(Number).sort((a, b) => a - b) }))
              }
            />
            <div className="row-fields">
              <TextField
                label={t('hours.opens')}
                pointer={`${p}/opens`}
                type="time"
                value={row.opens}
                onChange={(opens) => onChange(replaced(value, i, { ...row, opens }))}
              />
              <TextField
                label={t('hours.closes')}
                pointer={`${p}/closes`}
                type="time"
                value={row.closes}
                onChange={(closes) => onChange(replaced(value, i, { ...row, closes }))}
              />
            </div>
            <RowButtons
              base={`${fieldId(pointer)}-row`}
              listId={fieldId(pointer)}
              index={i}
              count={value.length}
              what={what}
              onRemove={() => onChange(without(value, i))}
            />
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          onChange([...value, { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' }]);
          focusSoon(`${fieldId(`${pointer}/${value.length}/days`)}-1`);
        }}
      >
        {t('hours.add')}
      </button>
    </fieldset>
  );
}

/** Opening hours in one line, e.g. "ma–pe 08:00–16:00". */
export function hoursText(hours: OpeningHours[], lang: UiLanguage): string {
  return hours
    .map((h) => {
      const days = [...h.days].sort((a, b) => a - b);
      const first = days[0];
      const last = days[days.length - 1];
      const contiguous = first !== undefined && last !== undefined && last - first === days.length - 1;
      const dayText =
        contiguous && days.length > 2
          ? `${weekdayName(first, lang)}–${weekdayName(last, lang)}`
          : days.map((d) => weekdayName(d, lang)).join(', ');
      return `${dayText} ${h.opens}–${h.closes}`;
    })
    .join('; ');
}
