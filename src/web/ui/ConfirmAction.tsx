/**
 * An action on one row that asks first ("End", "Withdraw"): which row is being confirmed, the
 * request's state, and its failure in words. Asking moves focus to the confirm button;
 * cancelling puts it back on the row's own button.
 */
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api.js';
import { focusSoon } from './focus.js';
import { problemSummary, toApiError } from './useSubmit.js';

export function useConfirmedAction<T extends { id: string }>(opts: {
  /** The id of the row's button, focused again on cancel. */
  buttonId: (item: T) => string;
  /** The id of the confirm button. */
  confirmId: string;
  act: (item: T) => Promise<void>;
  /** After it succeeded: announce, reload, move focus. */
  done: (item: T) => void;
  /** Said before the failure's summary, e.g. "The relationship was not ended." */
  problemPrefix?: string;
  failed?: (err: ApiError) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const ask = (item: T) => {
    setError(null);
    setConfirming(item);
    focusSoon(opts.confirmId);
  };

  const cancel = () => {
    const item = confirming;
    setConfirming(null);
    setError(null);
    if (item) focusSoon(opts.buttonId(item));
  };

  const confirm = async () => {
    const item = confirming;
    if (!item) return;
    setBusy(true);
    setError(null);
    try {
      await opts.act(item);
      setConfirming(null);
      opts.done(item);
    } catch (e) {
      const err = toApiError(e);
      setError(
        `${opts.problemPrefix ?? ''} ${problemSummary(err, t)} ${err.isNetwork ? '' : err.detail}`.trim(),
      );
      opts.failed?.(err);
    } finally {
      setBusy(false);
    }
  };

  return { confirming, error, busy, ask, cancel, confirm, confirmId: opts.confirmId };
}

/** The confirmation under the list while a row's action is being confirmed. */
export function ConfirmBox<T extends { id: string }>(props: {
  action: ReturnType<typeof useConfirmedAction<T>>;
  confirmLabel: string;
  /** What is about to happen to the row, in words. */
  children: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const { action } = props;
  if (!action.confirming) return null;
  return (
    <div className="notice notice-danger">
      {props.children(action.confirming)}
      {action.error ? (
        <p role="alert" className="field-error">
          {action.error}
        </p>
      ) : null}
      <div className="actions">
        <button
          id={action.confirmId}
          type="button"
          className="danger"
          disabled={action.busy}
          onClick={() => void action.confirm()}
        >
          {props.confirmLabel}
        </button>
        <button type="button" onClick={action.cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
