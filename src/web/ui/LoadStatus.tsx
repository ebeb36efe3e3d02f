/** What a list's loading says while there is nothing to show: the failure as an alert, or "loading". */
import { useTranslation } from 'react-i18next';
import type { AsyncState } from './useAsync.js';

export function LoadStatus({ state }: { state: Pick<AsyncState<unknown>, 'data' | 'error'> }) {
  const { t } = useTranslation();
  if (state.error)
    return (
      <p role="alert" className="notice notice-danger">
        {state.error.isNetwork ? t('problem.network') : state.error.detail}
      </p>
    );
  return state.data === undefined ? <Loading /> : null;
}

/** "Loading…", marked busy: while a list, a session or a screen's code is on its way. */
export function Loading() {
  const { t } = useTranslation();
  return <p aria-busy="true">{t('common.loading')}</p>;
}
