/**
 * Signing in to the web app: the server is an OpenID Connect relying party (openid-client). It
 * sends the browser to the identity provider (the county's own, configured by OIDC_*, or the
 * built-in one at /idp) with the authorization code flow and PKCE, takes the code back at
 * /auth/callback, checks the ID token, and starts a web session: an httpOnly cookie naming a
 * session row. API clients use bearer tokens instead (POST /api/auth/token for demo users).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as oidc from 'openid-client';
import type { Db } from '../../db/connection.js';
import { DomainError } from '../../http/errors.js';
import { type Lang, type Message, pickLanguage } from '../../http/messages.js';
import { operation, problems } from '../../http/openapi.js';
import { installAuth } from './guard.js';
import { type BuiltinIdp, CALLBACK_PATH, WEB_CLIENT_ID } from './idp.js';
import { errorPage } from './idp-pages.js';
import { msg } from './messages.js';
import { createSession, endSession, SESSION_COOKIE } from './sessions.js';
import { DEMO_ISSUER, type VerifiedToken } from './tokens.js';

export interface ExternalIdp {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  scope: string;
}

export interface SignInOptions {
  db: Db;
  /** The built-in provider; null when only the county's provider signs in. */
  builtin: BuiltinIdp | null;
  external: ExternalIdp | undefined;
  secureCookies: boolean;
  verify: (token: string) => Promise<VerifiedToken>;
  /** The root app, so the server reaches its own built-in provider without the network. */
  root: () => FastifyInstance;
}

const LOGIN_COOKIE = 'saumaton_login';
const LOGIN_SECONDS = 600;

interface LoginState {
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
  provider: 'builtin' | 'external';
  lang: Lang;
}

/** Only a path of this site: never another origin (`//evil`, `https:`), never a backslash trick. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || /[\\\s]/.test(value))
    return '/';
  return value.slice(0, 500);
}

/** fetch for openid-client that reaches the built-in provider through Fastify's inject. */
function injectFetch(root: () => FastifyInstance): oidc.CustomFetch {
  return async (url, options) => {
    const u = new URL(url);
    const headers: Record<string, string> = {};
    new Headers(options.headers as HeadersInit).forEach((v, k) => {
      headers[k] = v;
    });
    headers.host = u.host;
    const body = options.body;
    const res = await root().inject({
      method: (options.method ?? 'GET') as 'GET',
      url: u.pathname + u.search,
      headers,
      ...(body == null
        ? {}
        : {
            payload:
              typeof body === 'string'
                ? body
                : Buffer.from(await new Response(body as BodyInit).arrayBuffer()),
          }),
    });
    const outHeaders = new Headers();
    for (const [k, v] of Object.entries(res.headers))
      if (v !== undefined) outHeaders.set(k, Array.isArray(v) ? v.join(', ') : String(v));
    const empty = res.statusCode === 204 || res.statusCode === 304;
    return new Response(empty ? null : new Uint8Array(res.rawPayload), {
      status: res.statusCode,
      headers: outHeaders,
    });
  };
}

export class RelyingParty {
  private readonly configs = new Map<string, Promise<oidc.Configuration>>();

  constructor(private readonly opts: SignInOptions) {}

  /** The provider the web app signs in with: the county's when configured, else the built-in one. */
  providerKind(): 'builtin' | 'external' {
    return this.opts.external ? 'external' : 'builtin';
  }

  async configuration(req: FastifyRequest, kind: 'builtin' | 'external'): Promise<oidc.Configuration> {
    const ext = this.opts.external;
    const builtin = this.opts.builtin;
    const key = kind === 'external' ? 'external' : (builtin?.originOf(req) ?? '');
    let config = this.configs.get(key);
    if (!config) {
      if (kind === 'external' && ext) {
        config = oidc.discovery(
          new URL(ext.issuer),
          ext.clientId,
          ext.clientSecret,
          undefined,
          new URL(ext.issuer).protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {},
        );
      } else if (builtin) {
        const origin = builtin.originOf(req);
        config = builtin.clientSecret().then((secret) =>
          oidc.discovery(new URL(builtin.issuerFor(origin)), WEB_CLIENT_ID, secret, undefined, {
            execute: [oidc.allowInsecureRequests],
            [oidc.customFetch]: injectFetch(this.opts.root),
          }),
        );
      } else {
        throw new DomainError(404, 'no-route', msg('auth.builtinOff'));
      }
      // A failed discovery is not kept: the provider may be up next time.
      config.catch(() => this.configs.delete(key));
      this.configs.set(key, config);
    }
    return config;
  }

  /** The user a provider's subject is: users of the built-in provider have its fixed issuer. */
  async userFor(kind: 'builtin' | 'external', subject: string) {
    const issuer = kind === 'builtin' ? DEMO_ISSUER : (this.opts.external?.issuer ?? '');
    return this.opts.db
      .selectFrom('userAccount')
      .select(['id', 'issuer'])
      .where('issuer', '=', issuer)
      .where('subject', '=', subject)
      .where('active', '=', true)
      .executeTakeFirst();
  }
}

/** An error answered as a page for the browser, not Problem Details: these routes are navigations. */
const htmlPage = (description: string) => ({
  description,
  content: { 'text/html': { schema: { type: 'string' } } },
});

function htmlProblem(reply: FastifyReply, status: number, lang: Lang, message: Message) {
  return reply
    .code(status)
    .type('text/html')
    .header('cache-control', 'no-store')
    .send(errorPage(lang, message));
}

/** The browser's sign-in and sign-out (not under /api: these are page navigations). */
export function signInRoutes(rp: RelyingParty, opts: SignInOptions) {
  const cookieBase = { httpOnly: true, secure: opts.secureCookies, sameSite: 'lax' as const };
  return async (app: FastifyInstance) => {
    app.get(
      '/auth/login',
      {
        schema: {
          tags: ['sign-in'],
          ...operation({
            id: 'startSignIn',
            summary: 'Start signing in to the web app: redirects to the identity provider',
            description:
              'A page navigation, not an API call: after signing in, the identity provider sends the ' +
              'browser to GET /auth/callback, which starts the session and returns to `returnTo`.',
            callers: 'public',
          }),
          querystring: {
            type: 'object',
            properties: {
              returnTo: { type: 'string', maxLength: 500 },
              lang: { type: 'string', maxLength: 10 },
            },
          },
          response: {
            302: { type: 'null', description: "To the identity provider's sign-in page (Location)" },
            ...problems(400),
            503: htmlPage('The identity provider cannot be reached'),
          },
        },
      },
      async (req: FastifyRequest<{ Querystring: { returnTo?: string; lang?: string } }>, reply) => {
        const kind = rp.providerKind();
        const lang = pickLanguage(req.query.lang ?? req.headers['accept-language']);
        let config: oidc.Configuration;
        try {
          config = await rp.configuration(req, kind);
        } catch (e) {
          req.log.error({ err: { message: (e as Error).message } }, 'identity provider unreachable');
          return htmlProblem(
            reply,
            503,
            lang,
            msg('auth.callbackFailed', {
              reason: 'identity provider unreachable',
            }),
          );
        }
        const state: LoginState = {
          verifier: oidc.randomPKCECodeVerifier(),
          state: oidc.randomState(),
          nonce: oidc.randomNonce(),
          returnTo: safeReturnTo(req.query.returnTo),
          provider: kind,
          lang,
        };
        const redirectUri = new URL(CALLBACK_PATH, originFor(req, opts)).href;
        const url = oidc.buildAuthorizationUrl(config, {
          redirect_uri: redirectUri,
          scope: kind === 'external' ? (opts.external?.scope ?? 'openid') : 'openid profile',
          code_challenge: await oidc.calculatePKCECodeChallenge(state.verifier),
          code_challenge_method: 'S256',
          state: state.state,
          nonce: state.nonce,
          ui_locales: lang,
          // The demo provider asks every time, so one browser can switch between demo users.
          ...(kind === 'builtin' ? { prompt: 'login' } : {}),
        });
        reply.setCookie(LOGIN_COOKIE, JSON.stringify(state), {
          ...cookieBase,
          signed: true,
          path: '/auth',
          maxAge: LOGIN_SECONDS,
        });
        return reply.header('cache-control', 'no-store').redirect(url.href, 302);
      },
    );

    app.get(
      CALLBACK_PATH,
      {
        schema: {
          tags: ['sign-in'],
          ...operation({
            id: 'completeSignIn',
            summary: 'Where the identity provider returns the browser: starts the web session',
            callers: 'public',
          }),
          response: {
            303: {
              type: 'null',
              description: `Signed in: the session cookie (${SESSION_COOKIE}) is set, on to the page asked for`,
            },
            400: htmlPage('The sign-in expired or failed'),
            403: htmlPage('The identity provider knows the user, Saumaton does not'),
          },
        },
      },
      async (req, reply) => {
        const raw = req.cookies[LOGIN_COOKIE];
        const unsigned = raw ? reply.unsignCookie(raw) : null;
        reply.clearCookie(LOGIN_COOKIE, { path: '/auth' });
        let state: LoginState | null = null;
        try {
          state = unsigned?.valid && unsigned.value ? (JSON.parse(unsigned.value) as LoginState) : null;
        } catch {
          state = null;
        }
        const lang = state?.lang ?? pickLanguage(req.headers['accept-language']);
        if (!state)
          return htmlProblem(
            reply,
            400,
            lang,
            msg('auth.callbackFailed', { reason: msg('auth.loginExpired') }),
          );
        let subject: string;
        try {
          const config = await rp.configuration(req, state.provider);
          const tokens = await oidc.authorizationCodeGrant(
            config,
            new URL(req.url, originFor(req, opts)),
            {
              pkceCodeVerifier: state.verifier,
              expectedState: state.state,
              expectedNonce: state.nonce,
              idTokenExpected: true,
            },
            { redirect_uri: new URL(CALLBACK_PATH, originFor(req, opts)).href },
          );
          subject = String(tokens.claims()?.sub ?? '');
        } catch (e) {
          const reason =
            e instanceof oidc.AuthorizationResponseError
              ? (e.error_description ?? e.error)
              : (e as Error).message || 'error';
          return htmlProblem(
            reply,
            400,
            lang,
            msg('auth.callbackFailed', {
              reason: String(reason).slice(0, 200),
            }),
          );
        }
        const user = subject ? await rp.userFor(state.provider, subject) : undefined;
        if (!user) return htmlProblem(reply, 403, lang, msg('auth.unknownAccount'));
        const session = await createSession(opts.db, user.id, user.issuer);
        reply.setCookie(SESSION_COOKIE, session.token, {
          ...cookieBase,
          path: '/',
          expires: session.expiresAt,
        });
        return reply.header('cache-control', 'no-store').redirect(state.returnTo, 303);
      },
    );

    await app.register(async (scope) => {
      // Signing out changes state: with a session cookie it needs the CSRF token like any write.
      installAuth(scope, opts.db, opts.verify, { optional: true });
      scope.post(
        '/auth/logout',
        {
          schema: {
            tags: ['sign-in'],
            ...operation({
              id: 'signOut',
              summary: 'Sign out: ends the session (needs the CSRF token in "x-csrf-token")',
              callers: 'optional',
            }),
            response: { 204: { type: 'null' }, ...problems(400, 401, 403) },
          },
        },
        async (req, reply) => {
          const cookie = req.cookies[SESSION_COOKIE];
          if (cookie) await endSession(opts.db, cookie);
          reply.clearCookie(SESSION_COOKIE, { path: '/' });
          return reply.code(204).send();
        },
      );
    });
  };
}

function originFor(req: FastifyRequest, opts: SignInOptions): string {
  return opts.builtin ? opts.builtin.originOf(req) : `${req.protocol}://${req.host}`;
}
