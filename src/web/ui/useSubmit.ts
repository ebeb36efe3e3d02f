/**
 * A small form's sending state: busy while the request runs, and what went wrong, by field,
 * for ErrorSummary and the fields (the same JSON pointers the API uses in `errors[].field`).
 */
import type { TFunction } from 'i18next';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError } from '../api.js';
import type { Problem } from './useRecordEditor.js';

/** The translated headline for a failed request. */
export function problemSummary(err: ApiError, t: TFunction): string {
  if (err.isNetwork) return t('problem.network');
  if (err.status === 412) return t('problem.stale');
  if (err.status === 409) return t('problem.conflict');
  if (err.status === 404) return t('problem.notFound');
  if (err.status === 401) return t('problem.unauthorized');
  if (err.status === 403) return t('problem.forbidden');
  if (err.errors.length > 0) return t('problem.validation');
  return t('problem.other');
}

export function toApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, 'client', 'Error', String(e));
}

/**
 * Runs a request, moving the server's field errors under `prefix`: where several forms share a
 * page, each form's pointers carry its own prefix (`/relationship/validUntil`), so their ids differ.
 */
export async function underPrefix(prefix: string, send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (e) {
    if (e instanceof ApiError && e.errors.length > 0)
      throw new ApiError(
        e.status,
        e.code,
        e.title,
        e.detail,
        e.errors.map((f) => ({ ...f, field: `${prefix}${f.field}` })),
      );
    throw e;
  }
}

export function useSubmit() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = useCallback(
    (e: unknown) => {
      const err = toApiError(e);
      setProblem((p) => ({
        summary: problemSummary(err, t),
        detail: err.isNetwork ? '' : err.detail,
        errors: err.errors,
        seq: (p?.seq ?? 0) + 1,
      }));
    },
    [t],
  );

  /** Errors found before sending (a required choice left empty). */
  const invalid = useCallback(
    (errors: FieldError[]) =>
      setProblem((p) => ({ summary: t('problem.validation'), detail: '', errors, seq: (p?.seq ?? 0) + 1 })),
    [t],
  );

  /** Runs the request; true when it succeeded. */
  const run = useCallback(
    async (send: () => Promise<void>): Promise<boolean> => {
      setBusy(true);
      try {
        await send();
        setProblem(null);
        return true;
      } catch (e) {
        fail(e);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [fail],
  );

  const fieldErrors = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const e of problem?.errors ?? []) m.set(e.field, [...(m.get(e.field) ?? []), e.message]);
    return { errors: m };
  }, [problem]);

  const clear = useCallback(() => setProblem(null), []);
  return { problem, busy, run, invalid, fail, clear, fieldErrors };
}
