import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.js';
import { fieldId } from './fields.js';

/** Focuses the control for a pointer, or the nearest enclosing one that exists (e.g. a row's fieldset). */
export function focusField(pointer: string): void {
  const parts = pointer.split('/');
  while (parts.length > 1) {
    const el = document.getElementById(fieldId(parts.join('/')));
    if (el) {
      el.focus();
      el.scrollIntoView({ block: 'center' });
      return;
    }
    parts.pop();
  }
}

/**
 * What went wrong with a save, at the top of the form: the server's detail and a link to each
 * field to fix. Announced as an alert and focused, so nobody misses it.
 */
export function ErrorSummary(props: {
  summary: string;
  detail: string;
  errors: FieldError[];
  seq: number;
  /** The heading; "saving did not succeed" by default. */
  title?: string;
}) {
  const { summary, detail, errors, seq } = props;
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus on every new failure
  useEffect(() => {
    ref.current?.focus();
  }, [seq]);
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <h2>{props.title ?? t('common.problemTitle')}</h2>
      <p>{summary}</p>
      {/* The server explains in the UI language (the API client sends Accept-Language). */}
      {detail ? <p className="detail">{detail}</p> : null}
      {errors.length > 0 ? (
        <ul>
          {errors.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              <a
                href={`#${fieldId(e.field)}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  focusField(e.field);
                }}
              >
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
