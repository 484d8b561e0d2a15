import * as oauth from 'oauth4webapi';

/**
 * Sign-in by redirect to the OpenID Connect provider: the authorization code flow with PKCE (S256),
 * state and nonce, as a public client (no secret in a browser). Loaded only when someone signs in
 * that way, so the first page's JavaScript stays small.
 */

/** The sign-in the platform's /web-config.json describes. */
export interface ProviderConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly scope: string;
  readonly redirectPath: string;
}

/** What the provider gave this tab: the access token the platform checks, and the ID token for signing out there. */
export interface ProviderTokens {
  readonly accessToken: string;
  readonly idToken: string;
  /** The page the person was on when they chose to sign in (a path on this platform). */
  readonly returnTo: string;
  /** The provider's end_session_endpoint, when it has one (RP-initiated logout). */
  readonly endSession: string | null;
}

/** Why a sign-in that came back from the provider was not accepted, for the sign-in page to say plainly. */
export class SignInRefused extends Error {
  constructor(
    readonly reason: 'state' | 'no-request' | 'provider' | 'failed',
    detail: string,
  ) {
    super(detail);
  }
}

// Kept in this tab only, for the one round trip to the provider, and removed as soon as the answer is read.
const PENDING_KEY = 'monitor.oidc.pending';

interface Pending {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
  readonly returnTo: string;
}

// Plain http is only possible for an issuer on localhost (the platform refuses any other): allow it there.
const httpOptions = (issuer: URL) => (issuer.protocol === 'http:' ? { [oauth.allowInsecureRequests]: true } : {});

const discover = async (issuer: string) => {
  const url = new URL(issuer);
  return oauth.processDiscoveryResponse(url, await oauth.discoveryRequest(url, { algorithm: 'oidc', ...httpOptions(url) }));
};

const redirectUri = (config: ProviderConfig) => new URL(config.redirectPath, location.origin).href;

/** Only a path on this platform: never an address elsewhere (`//host`, `https:…`) to send the person to. */
export const safeReturnPath = (value: unknown): string =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';

/** Sends the browser to the provider's sign-in, remembering (for this tab) what proves the answer is ours. */
export const startSignIn = async (config: ProviderConfig, returnTo: string): Promise<void> => {
  const as = await discover(config.issuer);
  if (!as.authorization_endpoint) throw new Error(`${config.issuer} names no authorization_endpoint`);
  const pending: Pending = {
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    verifier: oauth.generateRandomCodeVerifier(),
    returnTo: safeReturnPath(returnTo),
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(as.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: redirectUri(config),
    response_type: 'code',
    scope: config.scope,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.href);
};

const takePending = (): Pending | null => {
  const raw = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  try {
    const pending = JSON.parse(raw ?? 'null') as Pending | null;
    return pending && typeof pending.state === 'string' && typeof pending.verifier === 'string' ? pending : null;
  } catch {
    return null;
  }
};

// The provider's words come from the address bar: shown as text, and not at any length.
const short = (text: string | null | undefined) => (text ?? '').slice(0, 300);

/** Reads the provider's answer at the callback: checks state, exchanges the code (PKCE), checks the ID token and its nonce. */
export const finishSignIn = async (config: ProviderConfig, callback: URL): Promise<ProviderTokens> => {
  const pending = takePending();
  const error = callback.searchParams.get('error');
  if (!pending) throw new SignInRefused('no-request', '');
  if (callback.searchParams.get('state') !== pending.state) throw new SignInRefused('state', '');
  if (error)
    throw new SignInRefused(
      'provider',
      `${short(error)}${callback.searchParams.has('error_description') ? `: ${short(callback.searchParams.get('error_description'))}` : ''}`,
    );
  try {
    const as = await discover(config.issuer);
    const client: oauth.Client = { client_id: config.clientId };
    const params = oauth.validateAuthResponse(as, client, callback, pending.state);
    const url = new URL(config.issuer);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      redirectUri(config),
      pending.verifier,
      httpOptions(url),
    );
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: pending.nonce,
      requireIdToken: true,
    });
    // Only a web address is ever navigated to (never a javascript: one, whatever the discovery document says).
    const endSession =
      as.end_session_endpoint && /^https?:$/.test(new URL(as.end_session_endpoint).protocol) ? as.end_session_endpoint : null;
    return { accessToken: tokens.access_token, idToken: tokens.id_token!, returnTo: pending.returnTo, endSession };
  } catch (problem) {
    if (problem instanceof oauth.ResponseBodyError)
      throw new SignInRefused(
        'provider',
        `${short(problem.error)}${problem.error_description ? `: ${short(problem.error_description)}` : ''}`,
      );
    throw new SignInRefused('failed', short((problem as Error).message));
  }
};
