/**
 * A small form's frame: the error summary above it, the field errors handed to its fields, the
 * form itself (validated by us, not the browser; busy while sending) and its submit button.
 */
import type { ReactNode } from 'react';
import { ErrorSummary } from './ErrorSummary.js';
import { FieldErrorsContext } from './fields.js';
import type { useSubmit } from './useSubmit.js';

export function FormShell(props: {
  form: Pick<ReturnType<typeof useSubmit>, 'problem' | 'busy' | 'fieldErrors'>;
  onSubmit: () => unknown;
  /** The summary's heading when sending fails; "saving did not succeed" by default. */
  problemTitle?: string;
  submitLabel: string;
  /** A button that opens or ends something serious is red. */
  submitClass?: 'primary' | 'danger';
  /** More buttons after the submit button, e.g. "Cancel". */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { form } = props;
  return (
    <>
      {form.problem ? (
        <ErrorSummary
          title={props.problemTitle}
          summary={form.problem.summary}
          detail={form.problem.detail}
          errors={form.problem.errors}
          seq={form.problem.seq}
        />
      ) : null}
      <FieldErrorsContext.Provider value={form.fieldErrors}>
        <form
          noValidate
          className="record-form"
          aria-busy={form.busy}
          onSubmit={(e) => {
            e.preventDefault();
            void props.onSubmit();
          }}
        >
          {props.children}
          <div className="actions">
            <button type="submit" className={props.submitClass ?? 'primary'} disabled={form.busy}>
              {props.submitLabel}
            </button>
            {props.actions}
          </div>
        </form>
      </FieldErrorsContext.Provider>
    </>
  );
}
