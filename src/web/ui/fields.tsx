/**
 * Labelled form controls. Each is bound to a JSON pointer into the record, the same pointer
 * the API uses in its field errors, so a server message lands next to its field.
 */
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { numberToInput, parseDecimal } from '../format.js';
import { UI_LANGUAGES, useLang } from '../i18n/index.js';
import type { Localized } from '../types.js';

/** Field errors of the form being edited, keyed by JSON pointer (in the UI language). */
export const FieldErrorsContext = createContext<{
  errors: ReadonlyMap<string, string[]>;
}>({
  errors: new Map(),
});

/** The element id of the control for a pointer: `/name/fi` → `f-name-fi`. */
export function fieldId(pointer: string): string {
  return `f${pointer.replace(/[^A-Za-z0-9_]+/g, '-')}`;
}

export interface Option {
  value: string;
  label: string;
}

function useFieldMeta(pointer: string, hint?: ReactNode) {
  const ctx = useContext(FieldErrorsContext);
  const errors = ctx.errors.get(pointer) ?? [];
  const id = fieldId(pointer);
  const describedBy = [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return {
    id,
    errors,
    controlProps: {
      id,
      'aria-invalid': errors.length > 0 ? true : undefined,
      'aria-describedby': describedBy || undefined,
    },
  };
}

function FieldMessages(props: { id: string; hint?: ReactNode; errors: string[] }) {
  const { id, hint, errors } = props;
  const { t } = useTranslation();
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <p id={`${id}-error`} className="field-error">
          <span className="sr-only">{t('common.error')}: </span>
          <span>{errors.join(' ')}</span>
        </p>
      ) : null}
    </>
  );
}

interface Common {
  label: string;
  pointer: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
}

function Label({
  htmlFor,
  label,
  required,
}: {
  htmlFor: string;
  label: string;
  required?: boolean | undefined;
}) {
  return (
    <label htmlFor={htmlFor}>
      {label}
      {required ? <span aria-hidden="true"> *</span> : null}
    </label>
  );
}

export function TextField(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'date' | 'tel' | 'time';
    multiline?: boolean;
    /** Lines of a multiline field; 3 by default. */
    rows?: number;
    autoComplete?: string;
    inputMode?: 'text' | 'numeric' | 'decimal' | 'tel';
    /** Language of the text typed in, when it is not the UI language. */
    inputLang?: string;
  },
) {
  const { id, errors, controlProps } = useFieldMeta(props.pointer, props.hint);
  const common = {
    ...controlProps,
    value: props.value,
    'aria-required': props.required || undefined,
    autoComplete: props.autoComplete ?? 'off',
    lang: props.inputLang,
  };
  return (
    <div className={`field ${errors.length ? 'field-invalid' : ''} ${props.className ?? ''}`}>
      <Label htmlFor={id} label={props.label} required={props.required} />
      <FieldMessages id={id} hint={props.hint} errors={errors} />
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </div>
  );
}

/**
 * A value the form shows but does not let one choose (the register an entry goes to): where
 * the server's errors about it land, and where the error summary's link takes focus.
 */
export function StaticField(props: { label: string; pointer: string; children: ReactNode }) {
  const { id, errors, controlProps } = useFieldMeta(props.pointer);
  return (
    <div className={`field field-static ${errors.length ? 'field-invalid' : ''}`}>
      <p id={id} aria-describedby={controlProps['aria-describedby']} tabIndex={-1}>
        {props.label}: <strong>{props.children}</strong>
      </p>
      <FieldMessages id={id} errors={errors} />
    </div>
  );
}

/** A number typed with a decimal comma or point. An unreadable entry is kept as NaN until fixed. */
export function NumberField(
  props: Common & { value: number | null; onChange: (value: number | null) => void; integer?: boolean },
) {
  const lang = useLang();
  const { id, errors, controlProps } = useFieldMeta(props.pointer, props.hint);
  const [text, setText] = useState(() => numberToInput(props.value, lang));
  useEffect(() => {
    // Follow the value when it changes from outside (reload, reordering rows).
    setText((current) => {
      const parsed = parseDecimal(current);
      const same = parsed === props.value || (Number.isNaN(parsed) && Number.isNaN(props.value));
      return same ? current : numberToInput(props.value, lang);
    });
  }, [props.value, lang]);
  return (
    <div className={`field field-number ${errors.length ? 'field-invalid' : ''} ${props.className ?? ''}`}>
      <Label htmlFor={id} label={props.label} required={props.required} />
      <FieldMessages id={id} hint={props.hint} errors={errors} />
      <input
        {...controlProps}
        type="text"
        inputMode={props.integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        aria-required={props.required || undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          props.onChange(parseDecimal(e.target.value));
        }}
      />
    </div>
  );
}

export function SelectField(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    options: Option[];
    emptyLabel?: string;
  },
) {
  const { id, errors, controlProps } = useFieldMeta(props.pointer, props.hint);
  const known = props.value === '' || props.options.some((o) => o.value === props.value);
  return (
    <div className={`field ${errors.length ? 'field-invalid' : ''} ${props.className ?? ''}`}>
      <Label htmlFor={id} label={props.label} required={props.required} />
      <FieldMessages id={id} hint={props.hint} errors={errors} />
      <select
        {...controlProps}
        aria-required={props.required || undefined}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.emptyLabel !== undefined || props.value === '' ? (
          <option value="">{props.emptyLabel ?? '—'}</option>
        ) : null}
        {known ? null : <option value={props.value}>{props.value}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="checkbox">
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={props.id}>{props.label}</label>
    </div>
  );
}

/** A group of checkboxes choosing values from a list, e.g. languages or weekdays. */
export function CheckboxGroup(props: {
  legend: string;
  pointer: string;
  options: Option[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  hint?: ReactNode;
  inline?: boolean;
}) {
  const { id, errors } = useFieldMeta(props.pointer, props.hint);
  const toggle = (value: string, on: boolean) => {
    const set = new Set(props.values);
    if (on) set.add(value);
    else set.delete(value);
    // Keep the order of the options, then any values the options do not list.
    const ordered = props.options.map((o) => o.value).filter((v) => set.has(v));
    props.onChange([...ordered, ...props.values.filter((v) => set.has(v) && !ordered.includes(v))]);
  };
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`group ${props.inline ? 'group-inline' : ''} ${errors.length ? 'field-invalid' : ''}`}
      aria-describedby={
        [props.hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') ||
        undefined
      }
    >
      <legend>{props.legend}</legend>
      <FieldMessages id={id} hint={props.hint} errors={errors} />
      <div className="group-options">
        {props.options.map((o) => (
          <CheckboxField
            key={o.value}
            id={`${id}-${o.value}`}
            label={o.label}
            checked={props.values.includes(o.value)}
            onChange={(on) => toggle(o.value, on)}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** One text in Finnish, Swedish and English: three labelled inputs side by side. */
export function LocalizedField(
  props: Omit<Common, 'hint'> & {
    value: Localized;
    onChange: (value: Localized) => void;
    multiline?: boolean;
  },
) {
  const { t } = useTranslation();
  const labels = {
    fi: t('common.inFinnish', { field: props.label }),
    sv: t('common.inSwedish', { field: props.label }),
    en: t('common.inEnglish', { field: props.label }),
  };
  return (
    <div className="localized">
      {UI_LANGUAGES.map((l) => (
        <TextField
          key={l}
          label={labels[l]}
          pointer={`${props.pointer}/${l}`}
          value={props.value[l]}
          onChange={(v) => props.onChange({ ...props.value, [l]: v })}
          multiline={props.multiline ?? false}
          required={props.required ?? false}
          inputLang={l}
        />
      ))}
    </div>
  );
}

/** One choice from a few options, shown all at once: radio buttons in a fieldset bound to a pointer. */
export function RadioGroup(props: {
  legend: string;
  pointer: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  required?: boolean;
}) {
  const { id, errors } = useFieldMeta(props.pointer, props.hint);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`group ${errors.length ? 'field-invalid' : ''}`}
      aria-describedby={
        [props.hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') ||
        undefined
      }
    >
      <legend>
        {props.legend}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      <FieldMessages id={id} hint={props.hint} errors={errors} />
      <div className="group-options">
        {props.options.map((o) => (
          <div className="checkbox" key={o.value}>
            <input
              id={`${id}-${o.value}`}
              type="radio"
              name={id}
              value={o.value}
              checked={props.value === o.value}
              aria-invalid={errors.length > 0 ? true : undefined}
              onChange={() => props.onChange(o.value)}
            />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
