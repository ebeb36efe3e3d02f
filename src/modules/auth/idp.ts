/**
 * The built-in identity provider (oidc-provider) at /idp: a real OpenID Connect provider, so the
 * web app signs in the same way (authorization code + PKCE) against it as against a county's own
 * provider. It knows the users whose accounts have its issuer (the demo users and test users);
 * they sign in with a password on its sign-in page. Its state is kept in the database
 * (idp-store.ts), shared by every server process. It is for the demo and tests: a county runs its
 * own provider.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import formbody from '@fastify/formbody';
import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { Db } from '../../db/connection.js';
import { type Lang, pickLanguage } from '../../http/messages.js';
import { trainingAccounts } from './accounts.js';
import { errorPage, loginPage } from './idp-pages.js';
import { databaseAdapter } from './idp-store.js';
import { msg } from './messages.js';
import { verifyPassword } from './passwords.js';
import { serverSecret } from './secrets.js';
import { signInLimiter, signInName, signInRateLimit } from './sign-in-limit.js';
import { DEMO_ISSUER, signingJwk } from './tokens.js';

export const IDP_PATH = '/idp';
export const WEB_CLIENT_ID = 'saumaton-web';
export const CALLBACK_PATH = '/auth/callback';

export interface IdpOptions {
  /** The address users reach the server at; unset → taken from each request (demo, tests). */
  publicUrl?: string | undefined;
  secureCookies: boolean;
}

/** Finds a user of the built-in provider who may sign in. */
async function findUser(db: Db, subject: string) {
  return db
    .selectFrom('userAccount')
    .select(['subject', 'displayName', 'passwordHash'])
    .where('issuer', '=', DEMO_ISSUER)
    .where('subject', '=', subject)
    .where('active', '=', true)
    .executeTakeFirst();
}

const languageOf = (locales: unknown, header: string | undefined): Lang =>
  pickLanguage(typeof locales === 'string' && locales ? locales.replace(/\s+/g, ',') : header);

export class BuiltinIdp {
  private readonly providers = new Map<
    string,
    { provider: Provider; handler: ReturnType<Provider['callback']> }
  >();

  constructor(
    private readonly db: Db,
    private readonly opts: IdpOptions,
  ) {}

  /** The origin a request reached the server at (PUBLIC_URL when set). */
  originOf(req: FastifyRequest): string {
    return this.opts.publicUrl ? new URL(this.opts.publicUrl).origin : `${req.protocol}://${req.host}`;
  }

  issuerFor(origin: string): string {
    return `${origin}${IDP_PATH}`;
  }

  async clientSecret(): Promise<string> {
    return serverSecret(this.db, 'idp-client');
  }

  /** One provider per origin the server is reached at (the issuer names the origin). */
  async providerFor(origin: string) {
    const known = this.providers.get(origin);
    if (known) return known;
    if (this.providers.size >= 8) this.providers.clear();
    const provider = new Provider(this.issuerFor(origin), await this.configuration(origin));
    provider.proxy = true;
    const entry = { provider, handler: provider.callback() };
    this.providers.set(origin, entry);
    return entry;
  }

  private async configuration(origin: string): Promise<Configuration> {
    const db = this.db;
    const secure = this.opts.secureCookies;
    return {
      adapter: databaseAdapter(db),
      clients: [
        {
          client_id: WEB_CLIENT_ID,
          client_secret: await this.clientSecret(),
          redirect_uris: [`${origin}${CALLBACK_PATH}`],
          post_logout_redirect_uris: [`${origin}/`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
          id_token_signed_response_alg: 'ES256',
        },
      ],
      jwks: { keys: [(await signingJwk(db)) as never] },
      async findAccount(_ctx, sub) {
        const user = await findUser(db, sub);
        if (!user) return undefined;
        return { accountId: sub, claims: async () => ({ sub, name: user.displayName }) };
      },
      claims: { openid: ['sub'], profile: ['name'] },
      scopes: ['openid', 'profile'],
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `${IDP_PATH}/interaction/${interaction.uid}` },
      cookies: {
        keys: [await serverSecret(db, 'idp-cookie')],
        long: { httpOnly: true, sameSite: 'lax', secure },
        short: { httpOnly: true, sameSite: 'lax', secure },
      },
      pkce: { required: () => true },
      // The web app is the county's own application: its users are not asked to consent to it.
      async loadExistingGrant(ctx: KoaContextWithOIDC) {
        const client = ctx.oidc.client;
        const session = ctx.oidc.session;
        if (!client || !session?.accountId) return undefined;
        const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
        if (grantId) return ctx.oidc.provider.Grant.find(grantId);
        if (client.clientId !== WEB_CLIENT_ID) return undefined;
        const grant = new ctx.oidc.provider.Grant({
          clientId: client.clientId,
          accountId: session.accountId,
        });
        grant.addOIDCScope('openid profile');
        await grant.save();
        return grant;
      },
      ttl: {
        AuthorizationCode: 60,
        IdToken: 600,
        AccessToken: 600,
        Interaction: 600,
        Session: 3600,
        Grant: 3600,
      },
      async renderError(ctx, out) {
        const lang = languageOf(undefined, ctx.get('accept-language'));
        ctx.type = 'html';
        ctx.body = errorPage(
          lang,
          msg('auth.callbackFailed', { reason: String(out.error_description ?? out.error ?? 'error') }),
        );
      },
    };
  }
}

const raw = (req: FastifyRequest) => req.raw as IncomingMessage & { originalUrl?: string };

/** Routes of the built-in provider: its own endpoints, and its sign-in page. */
export function idpRoutes(
  idp: BuiltinIdp,
  db: Db,
  opts: {
    /** Where sign-in attempts count (shared by every process on PostgreSQL); unset → in this process. */
    rateLimitStore?: FastifyRateLimitStoreCtor | undefined;
  } = {},
) {
  return async (app: FastifyInstance) => {
    // The provider's endpoints read their own request bodies: pass requests through untouched.
    await app.register(async (mount) => {
      mount.removeAllContentTypeParsers();
      mount.addContentTypeParser('*', (_req, _payload, done) => done(null));
      const handle = async (req: FastifyRequest, reply: FastifyReply) => {
        const { handler } = await idp.providerFor(idp.originOf(req));
        reply.hijack();
        const r = raw(req);
        r.originalUrl = r.url;
        r.url = (r.url ?? '').slice(IDP_PATH.length) || '/';
        handler(r, reply.raw as ServerResponse);
      };
      mount.all(IDP_PATH, { schema: { hide: true } }, handle);
      mount.all(`${IDP_PATH}/*`, { schema: { hide: true } }, handle);
    });

    await app.register(async (pages) => {
      await pages.register(formbody, { bodyLimit: 4096 });
      await pages.register(rateLimit, signInLimiter(opts.rateLimitStore));
      // Training accounts (the demo county's users) are listed on the page with their password.
      const listed = async () =>
        (await trainingAccounts(db)).map((a) => ({
          subject: a.subject,
          description: a.hint.description,
          password: a.hint.password,
        }));

      pages.get(
        `${IDP_PATH}/interaction/:uid`,
        { schema: { hide: true } },
        async (req: FastifyRequest<{ Params: { uid: string } }>, reply) => {
          const { provider } = await idp.providerFor(idp.originOf(req));
          const details = await provider.interactionDetails(req.raw, reply.raw);
          const lang = languageOf(details.params.ui_locales, req.headers['accept-language']);
          return reply
            .type('text/html')
            .header('cache-control', 'no-store')
            .send(
              loginPage({
                lang,
                action: `${IDP_PATH}/interaction/${details.uid}/login`,
                trainingAccounts: await listed(),
              }),
            );
        },
      );

      pages.post(
        `${IDP_PATH}/interaction/:uid/login`,
        {
          schema: { hide: true },
          config: { rateLimit: signInRateLimit },
        },
        async (req: FastifyRequest<{ Params: { uid: string } }>, reply) => {
          const { provider } = await idp.providerFor(idp.originOf(req));
          const details = await provider.interactionDetails(req.raw, reply.raw);
          const lang = languageOf(details.params.ui_locales, req.headers['accept-language']);
          const body = (req.body ?? {}) as Record<string, unknown>;
          const username = signInName(body.username);
          const password = typeof body.password === 'string' ? body.password.slice(0, 200) : '';
          const user = username ? await findUser(db, username) : undefined;
          if (!user || !(await verifyPassword(password, user.passwordHash ?? null)))
            return reply
              .code(401)
              .type('text/html')
              .header('cache-control', 'no-store')
              .send(
                loginPage({
                  lang,
                  action: `${IDP_PATH}/interaction/${details.uid}/login`,
                  username,
                  error: msg('auth.badCredentials'),
                  trainingAccounts: await listed(),
                }),
              );
          reply.hijack();
          await provider.interactionFinished(
            req.raw,
            reply.raw,
            { login: { accountId: user.subject } },
            { mergeWithLastSubmission: false },
          );
        },
      );
    });
  };
}
