/**
 * Load, edit, save, deactivate and delete one record. Saves send the version that was read;
 * a 412 means someone else saved first, and the user is offered the newer version.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type FieldError } from '../api.js';
import { navigate } from '../router.js';
import type { Draft, Records, ResourceName } from '../types.js';
import { useAnnounce } from './Announcer.js';

export interface Problem {
  /** Translated headline for the kind of failure. */
  summary: string;
  /** The server's own explanation, in the UI language, when there is one. */
  detail: string;
  errors: FieldError[];
  seq: number;
}

export function toDraft<R extends ResourceName>(rec: Records[R]): Draft<R> {
  const {
    id: _i,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    ...rest
  } = rec as Records[R] & Record<string, unknown>;
  return rest as unknown as Draft<R>;
}

/** Pointers of numbers that could not be read (NaN), for messages before anything is sent. */
export function unreadableNumbers(value: unknown, pointer = ''): string[] {
  if (typeof value === 'number') return Number.isNaN(value) ? [pointer] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unreadableNumbers(v, `${pointer}/${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => unreadableNumbers(v, `${pointer}/${k}`));
  return [];
}

export function useRecordEditor<R extends ResourceName>(
  resource: R,
  id: string | null,
  empty: () => Draft<R>,
  opts: { pathOf?: (rec: Records[R]) => string } = {},
) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [record, setRecord] = useState<Records[R] | null>(null);
  const [draft, setDraft] = useState<Draft<R>>(empty);
  const [loading, setLoading] = useState(id !== null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: tick reloads; empty() is only for new records
  useEffect(() => {
    if (id === null) {
      setRecord(null);
      setDraft(empty());
      setLoading(false);
      return;
    }
    let current = true;
    setLoading(true);
    api.get(resource, id).then(
      (rec) => {
        if (!current) return;
        setRecord(rec);
        setDraft(toDraft<R>(rec));
        setLoadError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!current) return;
        setLoadError(e instanceof ApiError ? e : new ApiError(0, 'client', 'Error', String(e)));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [resource, id, tick]);

  const fail = useCallback(
    (e: unknown) => {
      const err = e instanceof ApiError ? e : new ApiError(0, 'client', 'Error', String(e));
      if (err.status === 412) setStale(true);
      const summary =
        err.status === 412
          ? t('problem.stale')
          : err.isNetwork
            ? t('problem.network')
            : err.status === 409
              ? t('problem.conflict')
              : err.status === 404
                ? t('problem.notFound')
                : err.errors.length > 0
                  ? t('problem.validation')
                  : t('problem.other');
      setProblem((p) => ({
        summary,
        detail: err.isNetwork ? '' : err.detail,
        errors: err.errors,
        seq: (p?.seq ?? 0) + 1,
      }));
    },
    [t],
  );

  const save = useCallback(async () => {
    const unreadable = unreadableNumbers(draft);
    if (unreadable.length) {
      setProblem((p) => ({
        summary: t('problem.validation'),
        detail: '',
        errors: unreadable.map((field) => ({ field, message: t('problem.number') })),
        seq: (p?.seq ?? 0) + 1,
      }));
      return;
    }
    setBusy(true);
    try {
      const rec = record
        ? await api.update(resource, record.id, record.version, draft)
        : await api.create(resource, draft);
      setRecord(rec);
      setDraft(toDraft<R>(rec));
      setProblem(null);
      if (!record) navigate(opts.pathOf ? opts.pathOf(rec) : `/${resource}/${rec.id}`, { replace: true });
      else if (opts.pathOf) navigate(opts.pathOf(rec));
      announce(record ? t('common.saved') : t('common.created'));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }, [draft, record, resource, announce, t, fail, opts]);

  const setActive = useCallback(
    async (active: boolean) => {
      if (!record) return;
      setBusy(true);
      try {
        const rec = await api.update(resource, record.id, record.version, { ...toDraft<R>(record), active });
        setRecord(rec);
        setDraft((d) => ({ ...d, active: rec.active }));
        setProblem(null);
        announce(active ? t('common.activated') : t('common.deactivated'));
      } catch (e) {
        fail(e);
      } finally {
        setBusy(false);
      }
    },
    [record, resource, announce, t, fail],
  );

  const remove = useCallback(async () => {
    if (!record) return;
    setBusy(true);
    try {
      await api.remove(resource, record.id);
      navigate(`/${resource}`);
      announce(t('common.deleted'));
    } catch (e) {
      fail(e);
      setBusy(false);
    }
  }, [record, resource, announce, t, fail]);

  const reload = useCallback(() => {
    setProblem(null);
    setStale(false);
    setTick((n) => n + 1);
  }, []);

  const patch = useCallback((changes: Partial<Draft<R>>) => setDraft((d) => ({ ...d, ...changes })), []);

  return {
    record,
    draft,
    setDraft,
    patch,
    loading,
    loadError,
    problem,
    stale,
    busy,
    save,
    setActive,
    remove,
    reload,
  };
}

export type RecordEditor<R extends ResourceName> = ReturnType<typeof useRecordEditor<R>>;
