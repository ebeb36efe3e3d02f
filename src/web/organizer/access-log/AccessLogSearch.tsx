/**
 * The administrator's access log ("Käyttöloki", /access-log): search by client id, user id,
 * outcome, basis and days; the results newest first, in words, paged. The terms live in the
 * URL, so a search survives reload and can be linked to (the review links a client's log).
 * Clients appear only by their pseudonymous id: the organizer never needs their identity.
 */
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError } from '../../api.js';
import { dateTimeParts, formatNumber, nextDay, parseDay, startOfDayInFinland } from '../../format.js';
import { useLang } from '../../i18n/index.js';
import { useSearchParams } from '../../router.js';
import {
  type AccessLogEntry,
  type AccessLogQuery,
  BASES,
  type Basis,
  OUTCOMES,
  type Outcome,
  trustApi,
} from '../../trustApi.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { FieldErrorsContext, SelectField, TextField } from '../../ui/fields.js';
import { PageHeading } from '../../ui/PageHeading.js';
import { Pager } from '../../ui/Pager.js';
import { useSubmit } from '../../ui/useSubmit.js';
import { describeForAudit } from './auditText.js';

const PAGE_SIZE = 25;
/** As the server's identifiers (schema-kit Id). */
const ID = /^[A-Za-z0-9_.:-]{1,64}$/;

/** The search as typed: days as people write them. */
interface Terms {
  clientId: string;
  actorId: string;
  outcome: string;
  basis: string;
  from: string;
  to: string;
}

const FIELDS = ['clientId', 'actorId', 'outcome', 'basis', 'from', 'to'] as const;

/** A day from the URL (YYYY-MM-DD) as it is typed in the form (1.3.2026); anything else as it is. */
function dayForInput(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : day;
}

function termsFrom(params: URLSearchParams): Terms {
  const get = (k: string) => params.get(k) ?? '';
  return {
    clientId: get('clientId'),
    actorId: get('actorId'),
    outcome: get('outcome'),
    basis: get('basis'),
    from: dayForInput(get('from')),
    to: dayForInput(get('to')),
  };
}

/** The server's pointer for a query parameter ("querystring:/clientId") as the form's ("/clientId"). */
function atFields(e: unknown): unknown {
  if (!(e instanceof ApiError) || e.errors.length === 0) return e;
  const errors = e.errors.map((f) => ({ ...f, field: f.field.replace(/^querystring:/, '') }));
  return new ApiError(e.status, e.code, e.title, e.detail, errors);
}

export function AccessLogSearch() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const [terms, setTerms] = useState<Terms>(() => termsFrom(params));
  const [results, setResults] = useState<{ items: AccessLogEntry[]; total: number } | null>(null);
  const [tick, setTick] = useState(0);
  const form = useSubmit();
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);

  /** The query for the terms, or what to fix first. */
  const check = (s: Terms): { query: AccessLogQuery } | { errors: FieldError[] } => {
    const errors: FieldError[] = [];
    const clientId = s.clientId.trim();
    const actorId = s.actorId.trim();
    if (clientId && !ID.test(clientId)) errors.push({ field: '/clientId', message: t('auditLog.idInvalid') });
    if (actorId && !ID.test(actorId)) errors.push({ field: '/actorId', message: t('auditLog.idInvalid') });
    const from = parseDay(s.from);
    const to = parseDay(s.to);
    if (from === 'invalid') errors.push({ field: '/from', message: t('auditLog.dateInvalid') });
    if (to === 'invalid') errors.push({ field: '/to', message: t('auditLog.dateInvalid') });
    if (from && to && from !== 'invalid' && to !== 'invalid' && to < from)
      errors.push({ field: '/to', message: t('auditLog.toBeforeFrom') });
    if (errors.length || from === 'invalid' || to === 'invalid') return { errors };
    return {
      query: {
        clientId: clientId || undefined,
        actorId: actorId || undefined,
        outcome: (s.outcome || undefined) as Outcome | undefined,
        basis: (s.basis || undefined) as Basis | undefined,
        from: from ? (startOfDayInFinland(from) ?? undefined) : undefined,
        // The server's end is exclusive: up to the start of the next day.
        to: to ? (startOfDayInFinland(nextDay(to)) ?? undefined) : undefined,
        limit: PAGE_SIZE,
        offset,
      },
    };
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the URL's terms (key) and a repeated search (tick) decide when to search
  useEffect(() => {
    const fromUrl = termsFrom(params);
    setTerms(fromUrl);
    const checked = check(fromUrl);
    if ('errors' in checked) {
      setResults(null);
      form.invalid(checked.errors);
      return;
    }
    let current = true;
    void form.run(async () => {
      try {
        const page = await trustApi.accessLog(checked.query);
        if (current) setResults(page);
      } catch (e) {
        if (current) setResults(null);
        throw atFields(e);
      }
    });
    return () => {
      current = false;
    };
  }, [key, tick]);

  const submit = () => {
    const checked = check(terms);
    if ('errors' in checked) {
      setResults(null);
      form.invalid(checked.errors);
      return;
    }
    const day = (text: string) => {
      const d = parseDay(text);
      return d && d !== 'invalid' ? d : null;
    };
    const next = new URLSearchParams();
    const values: Record<(typeof FIELDS)[number], string | null> = {
      clientId: terms.clientId.trim() || null,
      actorId: terms.actorId.trim() || null,
      outcome: terms.outcome || null,
      basis: terms.basis || null,
      from: day(terms.from),
      to: day(terms.to),
    };
    for (const f of FIELDS) if (values[f]) next.set(f, values[f] as string);
    // The same search again asks the server again: new entries may have come in.
    if (next.toString() === key) setTick((n) => n + 1);
    else setParams({ ...values, offset: null });
  };

  const clear = () => {
    const none = Object.fromEntries([...FIELDS, 'offset'].map((f) => [f, null]));
    if (key === '') setTick((n) => n + 1);
    else setParams(none);
    setTerms(termsFrom(new URLSearchParams()));
  };

  const set = (field: keyof Terms) => (value: string) => setTerms((s) => ({ ...s, [field]: value }));
  const total = results?.total ?? 0;

  return (
    <>
      <PageHeading title={t('auditLog.title')}>{t('auditLog.title')}</PageHeading>
      <p className="lead">{t('auditLog.intro')}</p>
      {form.problem ? (
        <ErrorSummary
          title={t('auditLog.problem')}
          summary={form.problem.summary}
          detail={form.problem.detail}
          errors={form.problem.errors}
          seq={form.problem.seq}
        />
      ) : null}
      <search aria-label={t('auditLog.searchLabel')}>
        <FieldErrorsContext.Provider value={form.fieldErrors}>
          <form
            noValidate
            className="record-form audit-search"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <div className="row-fields">
              <TextField
                label={t('auditLog.clientId')}
                pointer="/clientId"
                hint={t('auditLog.clientIdHint')}
                value={terms.clientId}
                onChange={set('clientId')}
              />
              <TextField
                label={t('auditLog.actorId')}
                pointer="/actorId"
                hint={t('auditLog.actorIdHint')}
                value={terms.actorId}
                onChange={set('actorId')}
              />
            </div>
            <div className="row-fields">
              <SelectField
                label={t('auditLog.outcome')}
                pointer="/outcome"
                value={terms.outcome}
                emptyLabel={t('auditLog.allOutcomes')}
                options={OUTCOMES.map((o) => ({ value: o, label: t(`auditLog.outcomes.${o}`) }))}
                onChange={set('outcome')}
              />
              <SelectField
                label={t('auditLog.basis')}
                pointer="/basis"
                value={terms.basis}
                emptyLabel={t('auditLog.allBases')}
                options={BASES.map((b) => ({ value: b, label: t(`auditLog.bases.${b}`) }))}
                onChange={set('basis')}
              />
            </div>
            <div className="row-fields">
              <TextField
                label={t('auditLog.from')}
                pointer="/from"
                hint={t('auditLog.dateHint')}
                className="field-date"
                inputMode="numeric"
                value={terms.from}
                onChange={set('from')}
              />
              <TextField
                label={t('auditLog.to')}
                pointer="/to"
                hint={t('auditLog.dateHint')}
                className="field-date"
                inputMode="numeric"
                value={terms.to}
                onChange={set('to')}
              />
            </div>
            <div className="actions">
              <button type="submit" className="primary" disabled={form.busy}>
                {t('auditLog.search')}
              </button>
              <button type="button" onClick={clear} disabled={form.busy}>
                {t('auditLog.clear')}
              </button>
            </div>
          </form>
        </FieldErrorsContext.Provider>
      </search>
      <div className="results">
        <h2 id="audit-results" tabIndex={-1} aria-live="polite">
          {results
            ? t('auditLog.count', { count: total, formatted: formatNumber(total, lang) })
            : form.busy
              ? t('common.loading')
              : t('auditLog.resultsTitle')}
        </h2>
        {results && results.items.length === 0 ? <p>{t('auditLog.none')}</p> : null}
        {results && results.items.length > 0 ? <AuditTable items={results.items} busy={form.busy} /> : null}
        {results && total > PAGE_SIZE ? (
          <Pager
            offset={offset}
            limit={PAGE_SIZE}
            total={total}
            onChange={(o) => setParams({ offset: o ? String(o) : null })}
          />
        ) : null}
      </div>
    </>
  );
}

function AuditTable({ items, busy }: { items: AccessLogEntry[]; busy: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-wrap" aria-labelledby="audit-results" tabIndex={0}>
      <table className="audit-table" aria-busy={busy}>
        <caption className="sr-only">{t('auditLog.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('auditLog.columns.at')}</th>
            <th scope="col">{t('auditLog.columns.who')}</th>
            <th scope="col">{t('auditLog.columns.action')}</th>
            <th scope="col">{t('auditLog.columns.client')}</th>
            <th scope="col">{t('auditLog.columns.basis')}</th>
            <th scope="col">{t('auditLog.columns.outcome')}</th>
            <th scope="col">{t('auditLog.columns.channel')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry) => {
            const row = describeForAudit(entry, t, lang);
            const kind = row.denied ? 'row-denied' : row.emergency ? 'row-emergency' : undefined;
            let action: ReactNode = row.action;
            // An action without words of its own keeps the log's code, so nothing is hidden.
            if (row.action === t('auditLog.actions.other'))
              action = (
                <>
                  {row.action}{' '}
                  <code>
                    {entry.action} {entry.resource}
                  </code>
                </>
              );
            return (
              <tr key={entry.id} className={kind}>
                <td>{t('common.dateTime', dateTimeParts(entry.at, lang))}</td>
                <td>
                  <span className="audit-name">{row.name}</span>
                  {row.roleAndOrg ? <span className="audit-meta">{row.roleAndOrg}</span> : null}
                  <code className="audit-meta">{entry.actorId}</code>
                </td>
                <td>{action}</td>
                <td>{entry.clientId ? <code>{entry.clientId}</code> : t('common.none')}</td>
                <td>
                  {entry.basis === 'break_the_glass' ? (
                    <span className="badge badge-emergency">{row.basis}</span>
                  ) : (
                    row.basis
                  )}
                </td>
                <td>
                  <span className={`badge ${row.denied ? 'badge-denied' : 'badge-active'}`}>
                    {row.outcome}
                  </span>
                </td>
                <td>{row.channel}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
