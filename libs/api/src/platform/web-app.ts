import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Only the platform itself: scripts, styles, the API over HTTP and WebSocket. Government networks are
 * closed, and a page that tried to load anything else would fail there; the browser refuses it here too.
 * Where the web app signs in at an OpenID Connect provider, the issuer's origin is added to connect-src,
 * for what the sign-in fetches: the discovery document and the token endpoint. Nothing else: the page
 * goes to the provider by navigating (not a form post, so form-action stays 'self'), loads nothing
 * of the provider's, and the provider's own pages are under the provider's policy.
 */
export const webContentSecurityPolicy = (providerOrigin: string | null = null): string => {
  const provider = providerOrigin ? ` ${providerOrigin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${provider}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
};

/** The policy of a platform that signs in with development tokens (or with provider tokens pasted, no redirect). */
export const WEB_CONTENT_SECURITY_POLICY = webContentSecurityPolicy();

// A file a page loads (answered 404 when absent, never with the app). Not any dotted path: ids hold dots
// (/tasks/ha-nam.2811-kh-ubnd.t09 is a page).
const ASSET_FILE = /\.(m?js|css|map|png|jpe?g|gif|svg|ico|webp|woff2?|ttf|json|webmanifest)$/i;

// Paths the API answers itself; everything else a browser asks for as a page is the app's (client routes).
const API_PATHS = /^\/(graphql|health|ready)(\/|$)/;

interface Req {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
}
interface Res {
  setHeader(name: string, value: string): void;
  sendFile(path: string): void;
  json(body: unknown): void;
}

/** What the sign-in page needs to know: development tokens, or the provider whose tokens are accepted and the claims that name role and province. */
export interface WebSignIn {
  readonly oidc: {
    readonly issuer: string;
    readonly roleClaim: string;
    readonly provinceClaim: string;
    /** The web app's public client, when it signs in by redirect to the provider. */
    readonly webClient: { readonly clientId: string; readonly scope: string } | null;
  } | null;
}

/** The path the provider sends the browser back to with the authorization code (register `<platform>/signin/callback`). */
export const WEB_SIGN_IN_CALLBACK = '/signin/callback';

/** What /web-config.json says: nothing secret (the issuer, the claim names, a public client id). */
export const webConfigOf = ({ oidc }: WebSignIn) => ({
  oidc: oidc
    ? {
        issuer: oidc.issuer,
        roleClaim: oidc.roleClaim,
        provinceClaim: oidc.provinceClaim,
        signIn: oidc.webClient
          ? { clientId: oidc.webClient.clientId, scope: oidc.webClient.scope, redirectPath: WEB_SIGN_IN_CALLBACK }
          : null,
      }
    : null,
});

const ASSETS = { immutable: true, maxAge: '365d', index: false, fallthrough: false } as const;

/**
 * Serves the web app built into `dir` (apps/web/dist) at `/`: hashed assets cached for good, and any
 * other page address (/decisions/…, /tasks/…) answered with index.html so a shared link opens its view.
 * A browser asking for /graphql as a page gets the bundled GraphQL explorer (dist/explorer); API
 * clients (JSON, WebSocket) are answered by GraphQL as before. `/web-config.json` tells the sign-in page
 * which tokens the platform accepts (nothing secret: see webConfigOf). Returns false when the app is not built
 * (the API is served all the same).
 */
export const serveWebApp = (app: NestExpressApplication, dir: string, signIn: WebSignIn): boolean => {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const explorer = join(dir, 'explorer', 'index.html');
  app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets/', ...ASSETS });
  app.useStaticAssets(join(dir, 'explorer', 'assets'), { prefix: '/explorer/assets/', ...ASSETS });
  const pageFor = (path: string): string | null => {
    if (path === '/graphql' || path === '/graphql/') return existsSync(explorer) ? explorer : null;
    return API_PATHS.test(path) ? null : index;
  };
  const config = webConfigOf(signIn);
  const csp = webContentSecurityPolicy(signIn.oidc?.webClient ? new URL(signIn.oidc.issuer).origin : null);
  app.use((req: Req, res: Res, next: () => void) => {
    if (req.method === 'GET' && req.path === '/web-config.json') return res.json(config);
    const wantsPage = (req.method === 'GET' || req.method === 'HEAD') && String(req.headers['accept'] ?? '').includes('text/html');
    if (!wantsPage || ASSET_FILE.test(req.path)) return next();
    const page = pageFor(req.path);
    if (!page) return next();
    res.setHeader('content-security-policy', csp);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(page);
  });
  return true;
};
