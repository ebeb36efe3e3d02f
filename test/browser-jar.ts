/**
 * A browser's cookie jar and redirect-following, for HTTP tests of the sign-in flow: requests
 * to the app under test go through inject; requests to another origin (a county's identity
 * provider in a test) go over the network with fetch.
 */
import type { FastifyInstance } from 'fastify';

export interface Hop {
  status: number;
  url: string;
  location: string | undefined;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly app: FastifyInstance,
    /** The origin the app is reached at: requests there go through inject. */
    readonly origin: string,
    /** Requests at the app's origin that go over the network all the same (another server there). */
    private readonly viaNetwork: (url: URL) => boolean = () => false,
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(setCookie: string | string[] | undefined) {
    for (const c of [setCookie ?? []].flat()) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (!value || /expires=Thu, 01 Jan 1970/i.test(c) || /max-age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** One request, no redirect following. */
  async request(
    method: string,
    url: string,
    opts: { form?: Record<string, string>; headers?: Record<string, string> } = {},
  ): Promise<Hop> {
    const u = new URL(url, this.origin);
    const headers: Record<string, string> = { ...opts.headers };
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    const body = opts.form ? new URLSearchParams(opts.form).toString() : undefined;
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
    if (u.origin === this.origin && !this.viaNetwork(u)) {
      const res = await this.app.inject({
        method: method as 'GET',
        url: u.pathname + u.search,
        headers: { ...headers, host: u.host },
        ...(body ? { payload: body } : {}),
      });
      this.keep(res.headers['set-cookie']);
      const location = res.headers.location as string | undefined;
      return {
        status: res.statusCode,
        url: u.href,
        location,
        body: res.body,
        headers: res.headers as Record<string, string | string[] | undefined>,
      };
    }
    const res = await fetch(u, { method, headers, redirect: 'manual', ...(body ? { body } : {}) });
    this.keep(res.headers.getSetCookie());
    const out: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      out[k] = v;
    });
    return {
      status: res.status,
      url: u.href,
      location: res.headers.get('location') ?? undefined,
      body: await res.text(),
      headers: out,
    };
  }

  /** A navigation: follows redirects like a browser (303 and 302 become GET). */
  async go(
    method: string,
    url: string,
    opts: { form?: Record<string, string> } = {},
  ): Promise<{ final: Hop; hops: Hop[] }> {
    const hops: Hop[] = [];
    let hop = await this.request(method, url, opts);
    hops.push(hop);
    while (hop.status >= 300 && hop.status < 400 && hop.location && hops.length < 15) {
      hop = await this.request('GET', new URL(hop.location, hop.url).href);
      hops.push(hop);
    }
    return { final: hop, hops };
  }
}

/** The action of the first form on a page, and the page's language. */
export function formAction(html: string): string {
  const m = /<form[^>]*action="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error(`no form on the page: ${html.slice(0, 300)}`);
  return m[1].replace(/&amp;/g, '&');
}
