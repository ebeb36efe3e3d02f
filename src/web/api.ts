/**
 * Typed client for the Saumaton API (same origin). Failures arrive as RFC 9457 Problem Details
 * and are thrown as ApiError, with the field errors keyed by JSON pointer so forms can show each
 * message at its field. Updates send the version they read (If-Match and "version"). Every
 * request asks for the UI language (Accept-Language), so the server explains in it.
 *
 * Signed in, the browser sends the session cookie itself (same origin); every request that
 * changes something also carries the session's CSRF token (`x-csrf-token`), which the server
 * checks against the cookie. A 401 from any call tells the session that it has ended.
 */
import i18n from 'i18next';
import type {
  CodeSystem,
  CodeSystemSummary,
  ContractedProducer,
  Draft,
  Municipality,
  Page,
  Records,
  ResourceName,
} from './types.js';

export interface FieldError {
  /** JSON pointer into the request body, e.g. `/name/fi` or `/steps/2/serviceId`. */
  field: string;
  /** What to fix, in the language asked for. */
  message: string;
  /** The server's stable message key, e.g. `price.negative`. */
  code?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
  ) {
    super(detail || title);
    this.name = 'ApiError';
  }

  /** Status 0: the server could not be reached at all. */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

/** The UI language for Accept-Language: fi, sv or en (the server answers in English otherwise). */
function uiLanguage(): string | undefined {
  return i18n.resolvedLanguage ?? i18n.language ?? undefined;
}

/** The session's CSRF token, set by the session provider once it knows who is signed in. */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Listeners told when a call answers 401: the session has ended (or never began). */
const unauthorizedListeners = new Set<(error: ApiError) => void>();
export function onUnauthorized(listener: (error: ApiError) => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type Query = Record<string, string | number | boolean | null | undefined>;

function queryString(params: Query): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

export async function request<T>(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  let res: Response;
  const lang = uiLanguage();
  try {
    res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(lang ? { 'accept-language': lang } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(csrfToken && !SAFE_METHODS.has(method) ? { 'x-csrf-token': csrfToken } : {}),
        ...headers,
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'network', 'Network error', e instanceof Error ? e.message : String(e));
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a proxy's error page, say): reported below with the status only.
  }
  if (!res.ok) {
    const p = (json ?? {}) as Partial<{ title: string; detail: string; code: string; errors: FieldError[] }>;
    const error = new ApiError(
      res.status,
      p.code ?? `http-${res.status}`,
      p.title ?? res.statusText,
      p.detail ?? p.title ?? res.statusText,
      Array.isArray(p.errors) ? p.errors : [],
    );
    if (res.status === 401) for (const l of unauthorizedListeners) l(error);
    throw error;
  }
  return json as T;
}

/** Listeners told when a resource changes, so cached option lists can refresh. */
const changeListeners = new Set<(resource: ResourceName) => void>();
export function onResourceChange(listener: (resource: ResourceName) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}
function changed(resource: ResourceName): void {
  for (const l of changeListeners) l(resource);
}

/** The body the API accepts: the record less the fields only the server sets. */
function toInput<R extends ResourceName>(resource: R, draft: Draft<R> | Records[R]): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, ...rest } = draft as Record<string, unknown>;
  if (resource === 'units' && !rest.municipalityCode) delete rest.municipalityCode;
  return rest;
}

export const api = {
  list<R extends ResourceName>(resource: R, params: Query = {}): Promise<Page<Records[R]>> {
    return request('GET', `/api/${resource}${queryString(params)}`);
  },

  /** Every record matching the filters, fetched a page of 500 at a time (for select options). */
  async listAll<R extends ResourceName>(resource: R, params: Query = {}): Promise<Records[R][]> {
    const items: Records[R][] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await api.list(resource, { ...params, limit: 500, offset });
      items.push(...page.items);
      if (page.items.length === 0 || items.length >= page.total) return items;
    }
  },

  get<R extends ResourceName>(resource: R, id: string): Promise<Records[R]> {
    return request('GET', `/api/${resource}/${encodeURIComponent(id)}`);
  },

  async create<R extends ResourceName>(resource: R, draft: Draft<R>): Promise<Records[R]> {
    const { version: _v, ...body } = toInput(resource, draft);
    const rec = await request<Records[R]>('POST', `/api/${resource}`, body);
    changed(resource);
    return rec;
  },

  async update<R extends ResourceName>(
    resource: R,
    id: string,
    version: number,
    draft: Draft<R>,
  ): Promise<Records[R]> {
    const body = { ...toInput(resource, draft), version };
    const rec = await request<Records[R]>('PUT', `/api/${resource}/${encodeURIComponent(id)}`, body, {
      'if-match': `"${version}"`,
    });
    changed(resource);
    return rec;
  },

  async remove(resource: ResourceName, id: string): Promise<void> {
    await request<void>('DELETE', `/api/${resource}/${encodeURIComponent(id)}`);
    changed(resource);
  },

  async contractedProducers(serviceId: string, on?: string): Promise<ContractedProducer[]> {
    const res = await request<{ items: ContractedProducer[] }>(
      'GET',
      `/api/services/${encodeURIComponent(serviceId)}/producers${queryString({ on })}`,
    );
    return res.items;
  },

  async codeSystems(): Promise<CodeSystemSummary[]> {
    return (await request<{ items: CodeSystemSummary[] }>('GET', '/api/codesystems')).items;
  },

  codeSystem(id: string): Promise<CodeSystem> {
    return request('GET', `/api/codesystems/${encodeURIComponent(id)}`);
  },

  async municipalities(region?: string): Promise<Municipality[]> {
    return (await request<{ items: Municipality[] }>('GET', `/api/municipalities${queryString({ region })}`))
      .items;
  },
};
