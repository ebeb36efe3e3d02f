/**
 * A list screen: search, filters, a table and paging. Filters live in the URL, so a filtered
 * list survives reload and the back button.
 */
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { formatNumber } from '../format.js';
import { useLang } from '../i18n/index.js';
import { Link, useSearchParams } from '../router.js';
import { useSession } from '../session.js';
import type { Records, ResourceName } from '../types.js';
import type { Option } from './fields.js';
import { PageHeading } from './PageHeading.js';
import { Pager } from './Pager.js';
import { useAsync } from './useAsync.js';

export interface Column<T> {
  header: string;
  render: (item: T) => ReactNode;
}

export interface Filter {
  /** The API's query parameter. */
  name: string;
  label: string;
  kind: 'select' | 'date' | 'text';
  options?: Option[];
}

const PAGE_SIZE = 20;

export function ResourceList<R extends ResourceName>(props: {
  resource: R;
  title: string;
  newLabel: string;
  searchable?: boolean;
  filters: Filter[];
  columns: Column<Records[R]>[];
  intro?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const canEdit = useSession().can('catalogue.write');
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const [q, setQ] = useState(params.get('q') ?? '');
  const urlQ = params.get('q') ?? '';
  useEffect(() => setQ(urlQ), [urlQ]);

  const query: Record<string, string | number> = { limit: PAGE_SIZE, offset };
  const keys = [...(props.searchable === false ? [] : ['q']), 'active', ...props.filters.map((f) => f.name)];
  for (const key of keys) {
    const v = params.get(key);
    if (v) query[key] = v;
  }
  const list = useAsync(() => api.list(props.resource, query), [props.resource, params.toString()]);
  const setFilter = (name: string, value: string) => setParams({ [name]: value, offset: null });

  return (
    <>
      <PageHeading title={props.title}>{props.title}</PageHeading>
      {props.intro}
      {canEdit ? (
        <p>
          <Link className="button primary" to={`/${props.resource}/new`}>
            {props.newLabel}
          </Link>
        </p>
      ) : null}
      <search aria-label={t('common.filters')}>
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            setFilter('q', q.trim());
          }}
        >
          {props.searchable !== false ? (
            <div className="field">
              <label htmlFor="filter-q">{t('common.search')}</label>
              <div className="search-row">
                <input id="filter-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
                <button type="submit">{t('common.searchButton')}</button>
              </div>
            </div>
          ) : null}
          {props.filters.map((f) => (
            <div className="field" key={f.name}>
              <label htmlFor={`filter-${f.name}`}>{f.label}</label>
              {f.kind === 'select' ? (
                <select
                  id={`filter-${f.name}`}
                  value={params.get(f.name) ?? ''}
                  onChange={(e) => setFilter(f.name, e.target.value)}
                >
                  <option value="">{t('common.all')}</option>
                  {(f.options ?? []).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={`filter-${f.name}`}
                  type={f.kind === 'date' ? 'date' : 'text'}
                  value={params.get(f.name) ?? ''}
                  onChange={(e) => setFilter(f.name, e.target.value)}
                />
              )}
            </div>
          ))}
          <div className="field">
            <label htmlFor="filter-active">{t('common.status')}</label>
            <select
              id="filter-active"
              value={params.get('active') ?? ''}
              onChange={(e) => setFilter('active', e.target.value)}
            >
              <option value="">{t('common.all')}</option>
              <option value="true">{t('common.activeOnly')}</option>
              <option value="false">{t('common.inactiveOnly')}</option>
            </select>
          </div>
        </form>
      </search>

      <div className="results">
        <h2 id="results-heading" aria-live="polite">
          {list.data
            ? t('common.results', { count: list.data.total, formatted: formatNumber(list.data.total, lang) })
            : t('common.loading')}
        </h2>
        {list.error ? (
          <p role="alert" className="notice notice-danger">
            {list.error.isNetwork ? t('problem.network') : list.error.detail}
          </p>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          <section className="table-wrap" aria-labelledby="results-heading" tabIndex={0}>
            <table aria-busy={list.loading}>
              <caption className="sr-only">{props.title}</caption>
              <thead>
                <tr>
                  {props.columns.map((c) => (
                    <th key={c.header} scope="col">
                      {c.header}
                    </th>
                  ))}
                  <th scope="col">{t('common.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((item) => (
                  <tr key={item.id} className={item.active ? '' : 'inactive'}>
                    {props.columns.map((c) => (
                      <td key={c.header}>{c.render(item)}</td>
                    ))}
                    <td>
                      <span className={`badge ${item.active ? 'badge-active' : 'badge-inactive'}`}>
                        {item.active ? t('common.active') : t('common.inactive')}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : list.data ? (
          <p>{t('common.noResults')}</p>
        ) : null}
        {list.data && list.data.total > PAGE_SIZE ? (
          <Pager
            offset={offset}
            limit={PAGE_SIZE}
            total={list.data.total}
            onChange={(o) => setParams({ offset: o ? String(o) : null })}
          />
        ) : null}
      </div>
    </>
  );
}
