/**
 * The organizer's statistics ("Tilastot", /statistics; scope analytics.read): the client
 * registry counted on a day, with counts of 1–4 shown only as "under 5" and a breakdown that
 * cannot be shown safely said so; and the access log counted over a period. Only aggregates
 * reach the page: never a name or an identity code.
 */
import type { TFunction } from 'i18next';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError } from '../../api.js';
import { formatDate, formatNumber, languageName, parseDay, today } from '../../format.js';
import { type UiLanguage, useLang } from '../../i18n/index.js';
import { kindName } from '../../relationshipText.js';
import { tKey, userSummary } from '../../roles.js';
import { signInHref, useSession } from '../../session.js';
import { FinnishDateField } from '../../ui/FinnishDateField.js';
import { FormShell } from '../../ui/FormShell.js';
import { PageHeading } from '../../ui/PageHeading.js';
import { TableRegion } from '../../ui/TableRegion.js';
import { useSubmit } from '../../ui/useSubmit.js';
import { type AccessStatistics, type Cell, type ClientStatistics, statisticsApi } from './statisticsApi.js';

/** As the server's limit on a period of the access log. */
const MAX_PERIOD_DAYS = 366;

/** A day (YYYY-MM-DD) as it is typed (1.3.2026). */
function dayForInput(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : day;
}

/** `days` days before a day (YYYY-MM-DD). */
function daysBefore(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
function periodDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000) + 1;
}

/** The server's pointer for a query parameter ("querystring:/on") as the form's ("/on"). */
function atFields(e: unknown): unknown {
  if (!(e instanceof ApiError) || e.errors.length === 0) return e;
  const errors = e.errors.map((f) => ({ ...f, field: f.field.replace(/^querystring:/, '') }));
  return new ApiError(e.status, e.code, e.title, e.detail, errors);
}

/** A 403 from the server said in the screen's words as well as the server's. */
function explained(e: unknown, t: TFunction): unknown {
  if (e instanceof ApiError && e.status === 403)
    return new ApiError(
      e.status,
      e.code,
      e.title,
      `${t('statistics.forbidden')} ${e.detail}`.trim(),
      e.errors,
    );
  return e;
}

/** A typed day, or the problem at its field. */
function checkDay(
  text: string,
  field: string,
  required: string,
  invalid: string,
  errors: FieldError[],
): string | null {
  const day = parseDay(text);
  if (day === null) errors.push({ field, message: required });
  else if (day === 'invalid') errors.push({ field, message: invalid });
  else return day;
  return null;
}

export function Statistics() {
  const { t } = useTranslation();
  const lang = useLang();
  const { state, user, can } = useSession();
  const title = t('statistics.title');
  if (state.status === 'loading') return <p aria-busy="true">{t('common.loading')}</p>;
  if (!user)
    return (
      <>
        <PageHeading title={t('session.required')}>{t('session.required')}</PageHeading>
        <p>{t('session.requiredExplain')}</p>
        <p>
          <a className="button primary" href={signInHref(lang)}>
            {t('session.signIn')}
          </a>
        </p>
      </>
    );
  if (!can('analytics.read'))
    return (
      <>
        <PageHeading title={t('session.notAllowed')}>{t('session.notAllowed')}</PageHeading>
        <p>{t('statistics.notAllowedExplain', { who: userSummary(user, t) })}</p>
      </>
    );
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{t('statistics.intro')}</p>
      <ClientSection />
      <AccessSection />
    </>
  );
}

/** "1 234", or "alle 5" for a suppressed count. */
function cellText(cell: Cell, minCell: number, lang: UiLanguage, t: TFunction): string {
  if (cell.suppressed || cell.count === null) return t('statistics.suppressed', { min: minCell });
  return formatNumber(cell.count, lang);
}

interface Row {
  key: string;
  label: ReactNode;
  value: string;
}

/** A breakdown as a table under its own heading: the category, then the count. */
function StatTable(props: {
  id: string;
  title: string;
  caption: string;
  keyHeader: string;
  countHeader: string;
  rows: Row[];
  note?: string;
  busy: boolean;
}) {
  const headingId = `${props.id}-title`;
  return (
    <section className="stat-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{props.title}</h3>
      {props.note ? <p className="hint">{props.note}</p> : null}
      <TableRegion labelledBy={headingId}>
        <table className="stat-table" aria-busy={props.busy}>
          <caption className="sr-only">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.keyHeader}</th>
              <th scope="col" className="num">
                {props.countHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}

function ClientSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const [onText, setOnText] = useState(() => dayForInput(today()));
  const [data, setData] = useState<ClientStatistics | null>(null);
  const form = useSubmit();

  const load = (text: string) => {
    const errors: FieldError[] = [];
    const on = checkDay(text, '/on', t('statistics.clients.onRequired'), t('statistics.dateInvalid'), errors);
    if (!on) {
      setData(null);
      form.invalid(errors);
      return;
    }
    void form.run(async () => {
      try {
        setData(await statisticsApi.clients(on));
      } catch (e) {
        setData(null);
        throw explained(atFields(e), t);
      }
    });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the first look is at today, once
  useEffect(() => load(onText), []);

  const date = data ? formatDate(data.on, lang) : '';
  const caption = (what: string) => t('statistics.clients.caption', { what, date });
  const count = t('statistics.clients.count');
  const min = data?.minCell ?? 5;
  const value = (c: Cell) => cellText(c, min, lang, t);
  const dimension = <K,>(
    id: string,
    title: string,
    d: { withheld: boolean; items: (K & Cell)[] },
    row: (item: K & Cell, i: number) => { key: string; label: ReactNode },
    note?: string,
  ) =>
    d.withheld ? (
      <section className="stat-block" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="notice">{t('statistics.withheld')}</p>
      </section>
    ) : (
      <StatTable
        id={id}
        title={title}
        caption={caption(title)}
        keyHeader={title}
        countHeader={count}
        busy={form.busy}
        note={note}
        rows={d.items.map((item, i) => ({ ...row(item, i), value: value(item) }))}
      />
    );

  return (
    <section className="stat-section" aria-labelledby="stat-clients">
      <h2 id="stat-clients">{t('statistics.clients.title')}</h2>
      <FormShell
        form={form}
        onSubmit={() => load(onText)}
        problemTitle={t('statistics.problem')}
        submitLabel={t('statistics.show')}
      >
        <FinnishDateField
          label={t('statistics.clients.on')}
          pointer="/on"
          hint={t('statistics.clients.onHint')}
          required
          value={onText}
          onChange={setOnText}
        />
      </FormShell>
      <p className="stat-total" aria-live="polite">
        {data
          ? t('statistics.clients.total', { date, n: value(data.total) })
          : form.busy
            ? t('common.loading')
            : ''}
      </p>
      {data ? (
        <>
          <p className="hint">{t('statistics.suppressedExplain', { max: min - 1 })}</p>
          {dimension(
            'stat-municipality',
            t('statistics.clients.byMunicipality'),
            data.byMunicipality,
            (m) => ({
              key: m.code ?? 'unknown',
              // English has no names of its own for the municipalities: the Finnish one.
              label: m.name
                ? lang === 'sv'
                  ? m.name.sv
                  : m.name.fi
                : t('statistics.clients.unknownMunicipality'),
            }),
          )}
          {dimension('stat-age', t('statistics.clients.byAgeBand'), data.byAgeBand, (a) => ({
            key: a.band,
            label: t('statistics.clients.years', { band: a.band.replace('-', '–') }),
          }))}
          {dimension('stat-language', t('statistics.clients.byLanguage'), data.byLanguage, (l) => ({
            key: l.language,
            label: languageName(l.language, lang),
          }))}
          {dimension('stat-centre', t('statistics.clients.bySoteCentre'), data.bySoteCentre, (c) => ({
            key: c.unitId ?? 'none',
            label: c.unitName ?? c.unitId ?? t('statistics.clients.noCentre'),
          }))}
          {dimension('stat-in-force', t('statistics.clients.inForce'), data.relationships.inForce, (r) => ({
            key: String(r.inForce),
            label: r.inForce ? t('statistics.clients.inForceYes') : t('statistics.clients.inForceNo'),
          }))}
          {dimension(
            'stat-kind',
            t('statistics.clients.byKind'),
            data.relationships.byKind,
            (r) => ({ key: r.kind, label: kindName(r.kind, t) }),
            t('statistics.clients.byKindNote'),
          )}
        </>
      ) : null}
    </section>
  );
}

function AccessSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const [period, setPeriod] = useState(() => {
    const end = today();
    return { from: dayForInput(daysBefore(end, 29)), to: dayForInput(end) };
  });
  const [data, setData] = useState<AccessStatistics | null>(null);
  const form = useSubmit();

  const load = (p: { from: string; to: string }) => {
    const errors: FieldError[] = [];
    const invalid = t('statistics.dateInvalid');
    const from = checkDay(p.from, '/from', t('statistics.access.fromRequired'), invalid, errors);
    const to = checkDay(p.to, '/to', t('statistics.access.toRequired'), invalid, errors);
    if (from && to && to < from) errors.push({ field: '/to', message: t('statistics.access.toBeforeFrom') });
    else if (from && to && periodDays(from, to) > MAX_PERIOD_DAYS)
      errors.push({ field: '/to', message: t('statistics.access.tooLong') });
    if (!from || !to || errors.length) {
      setData(null);
      form.invalid(errors);
      return;
    }
    void form.run(async () => {
      try {
        setData(await statisticsApi.access(from, to));
      } catch (e) {
        setData(null);
        throw explained(atFields(e), t);
      }
    });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the first look is at the last 30 days, once
  useEffect(() => load(period), []);

  const from = data ? formatDate(data.from, lang) : '';
  const to = data ? formatDate(data.to, lang) : '';
  const caption = (what: string) => t('statistics.access.caption', { what, from, to });
  const count = t('statistics.access.count');
  const n = (x: number) => formatNumber(x, lang);
  const table = (id: string, title: string, keyHeader: string, rows: Row[], countHeader = count) => (
    <StatTable
      id={id}
      title={title}
      caption={caption(title)}
      keyHeader={keyHeader}
      countHeader={countHeader}
      busy={form.busy}
      rows={rows}
    />
  );

  return (
    <section className="stat-section" aria-labelledby="stat-access">
      <h2 id="stat-access">{t('statistics.access.title')}</h2>
      <FormShell
        form={form}
        onSubmit={() => load(period)}
        problemTitle={t('statistics.problem')}
        submitLabel={t('statistics.show')}
      >
        <div className="row-fields">
          <FinnishDateField
            label={t('statistics.access.fromDay')}
            pointer="/from"
            hint={t('statistics.access.periodHint')}
            required
            value={period.from}
            onChange={(v) => setPeriod((p) => ({ ...p, from: v }))}
          />
          <FinnishDateField
            label={t('statistics.access.toDay')}
            pointer="/to"
            required
            value={period.to}
            onChange={(v) => setPeriod((p) => ({ ...p, to: v }))}
          />
        </div>
      </FormShell>
      <p className="stat-total" aria-live="polite">
        {data
          ? t('statistics.access.total', { from, to, n: n(data.total) })
          : form.busy
            ? t('common.loading')
            : ''}
      </p>
      {data ? (
        <>
          <p className="hint">{t('statistics.access.countsNote')}</p>
          {table(
            'stat-basis',
            t('statistics.access.byBasis'),
            t('statistics.access.byBasis'),
            data.byBasis.map((b) => ({
              key: b.basis,
              label: tKey(t, `auditLog.bases.${b.basis}`, b.basis),
              value: n(b.count),
            })),
          )}
          {table(
            'stat-outcome',
            t('statistics.access.byOutcome'),
            t('statistics.access.byOutcome'),
            data.byOutcome.map((o) => ({
              key: o.outcome,
              label: tKey(t, `auditLog.outcomes.${o.outcome}`, o.outcome),
              value: n(o.count),
            })),
          )}
          {table(
            'stat-channel',
            t('statistics.access.byChannel'),
            t('statistics.access.byChannel'),
            data.byChannel.map((c) => ({
              key: c.channel,
              label: tKey(t, `auditLog.channels.${c.channel}`, c.channel),
              value: n(c.count),
            })),
          )}
          {table(
            'stat-break-glass',
            t('statistics.access.breakGlass'),
            t('statistics.access.status'),
            data.breakGlass.byReviewStatus.map((s) => ({
              key: s.status,
              label: tKey(t, `review.statuses.${s.status}`, s.status),
              value: n(s.count),
            })),
            t('statistics.access.breakGlassCount'),
          )}
          {table(
            'stat-day',
            t('statistics.access.byDay'),
            t('statistics.access.day'),
            data.byDay.map((d) => ({ key: d.date, label: formatDate(d.date, lang), value: n(d.count) })),
          )}
        </>
      ) : null}
    </section>
  );
}
