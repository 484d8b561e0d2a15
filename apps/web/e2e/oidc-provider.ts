import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The audience the platform is started with (MONITOR_OIDC_AUDIENCE): the provider's access tokens for it carry it. */
export const AUDIENCE = 'provincial-implementation-monitor';
export const WEB_CLIENT_ID = 'monitor-web';
/** The scope the web app asks for (MONITOR_OIDC_WEB_SCOPE): `monitor` is the platform's API scope here. */
export const WEB_SCOPE = 'openid monitor';
const RESOURCE = `urn:${AUDIENCE}`;

/** A person with an account at the provider, and the claims the provider puts in their access tokens. */
export interface TestAccount {
  readonly login: string;
  readonly password: string;
  readonly claims: Record<string, unknown>;
}

export interface RunningProvider {
  readonly issuer: string;
  /** Registers the web app at the platform's address (its redirect and post-logout addresses, its CORS origin). */
  registerWebApp(platformUrl: string): void;
  stop(): Promise<void>;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const formBody = async (req: IncomingMessage): Promise<URLSearchParams> => {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 10_000) break;
  }
  return new URLSearchParams(text);
};

/**
 * A real OpenID Connect provider (panva's oidc-provider 8.8.1, as apps/api's spec uses) on a loopback
 * port: the web app is a public client (authorization code, PKCE), the person signs in on a login page
 * served here (nothing loaded from elsewhere: oidc-provider's own dev pages import a web font), and the
 * access token is a JWT for the platform's audience (resource indicators) with the account's claims.
 */
export const startProvider = async (accounts: readonly TestAccount[]): Promise<RunningProvider> => {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server: Server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const byLogin = new Map(accounts.map((a) => [a.login, a]));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'web-e2e', alg: 'RS256', use: 'sig' };

  const configure = (platformUrl: string) => {
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: WEB_CLIENT_ID,
          application_type: 'web',
          token_endpoint_auth_method: 'none',
          grant_types: ['authorization_code'],
          response_types: ['code'],
          redirect_uris: [`${platformUrl}/signin/callback`],
          post_logout_redirect_uris: [`${platformUrl}/`],
        },
      ],
      cookies: { keys: ['a-cookie-key-for-the-web-tests'] },
      jwks: { keys: [signingKey] },
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60, IdToken: 600, AccessToken: 600 },
      pkce: { required: () => true },
      // The browser app fetches discovery and the token endpoint from the platform's pages: only that origin.
      clientBasedCORS: (_ctx, origin) => origin === platformUrl,
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      findAccount: (_ctx, sub) => (byLogin.has(sub) ? { accountId: sub, claims: () => ({ sub }) } : undefined),
      // The platform is a first-party application: signing in grants its scope without a consent page.
      loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
        const accountId = ctx.oidc.session?.accountId;
        if (!accountId || !ctx.oidc.client) return undefined;
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
        grant.addOIDCScope('openid');
        grant.addResourceScope(RESOURCE, 'monitor');
        await grant.save();
        return grant;
      },
      features: {
        devInteractions: { enabled: false },
        rpInitiatedLogout: {
          enabled: true,
          logoutSource: (ctx, form) => {
            ctx.body = page('Sign out', `${form}<button form="op.logoutForm" type="submit" name="logout" value="yes">Sign out</button>`);
          },
          postLogoutSuccessSource: (ctx) => {
            ctx.body = page('Signed out', '');
          },
        },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => RESOURCE,
          // The web app names no resource at the token endpoint: the one granted at sign-in is the platform.
          useGrantedResource: () => true,
          getResourceServerInfo: () => ({
            scope: 'monitor',
            audience: AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 600,
            jwt: { sign: { alg: 'RS256' } },
          }),
        },
      },
      extraTokenClaims: (_ctx, token) => byLogin.get((token as { accountId?: string }).accountId ?? '')?.claims,
    });
    const callback = provider.callback();

    // The login page: a plain form, labelled fields; a wrong password is refused on the page.
    const interaction = async (req: IncomingMessage, res: ServerResponse) => {
      const details = await provider.interactionDetails(req, res);
      const form = (problem = '') =>
        page(
          'Sign in at the provider',
          `${problem ? `<p role="alert">${escape(problem)}</p>` : ''}<form method="post" action="/interaction/${details.uid}">` +
            `<label for="login">Login</label> <input id="login" name="login" autocomplete="off"> ` +
            `<label for="password">Password</label> <input id="password" name="password" type="password"> ` +
            `<button type="submit">Sign in</button></form>`,
        );
      if (req.method === 'GET') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(form());
      const body = await formBody(req);
      const account = byLogin.get(body.get('login') ?? '');
      if (!account || account.password !== body.get('password'))
        return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(form('Wrong login or password'));
      await provider.interactionFinished(req, res, { login: { accountId: account.login } }, { mergeWithLastSubmission: false });
    };

    handle = (req, res) => {
      if (req.url?.startsWith('/interaction/')) {
        interaction(req, res).catch((error: Error) => res.writeHead(400, { 'content-type': 'text/plain' }).end(error.message));
      } else callback(req, res);
    };
  };

  return {
    issuer,
    registerWebApp: configure,
    stop: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
};
