import { signal } from '@preact/signals';

/** The signed-in token, kept for this browser tab only (sessionStorage), and what it claims. */
export interface Session {
  readonly token: string;
  readonly role: string;
  readonly province: string | null;
  readonly subject: string;
  /** Signed in by redirect to an OpenID Connect provider that can sign out too: what signing out there needs. */
  readonly provider?: { readonly endSession: string; readonly clientId: string; readonly idToken: string };
}

/** The claims naming role and province: `role`/`province` for development tokens, the configured ones for a provider's. */
export interface ClaimNames {
  readonly role: string;
  readonly province: string;
}

export const DEVELOPMENT_CLAIMS: ClaimNames = { role: 'role', province: 'province' };
const ROLES = ['ANALYST', 'PROVINCE', 'AUDITOR', 'ADMIN'];
// The explorer (GraphiQL, /graphql) reads the token from here.
const TOKEN_KEY = 'monitor.token';
const SESSION_KEY = 'monitor.session';

/** A claim by name, or by dotted path ("realm_access.roles") as the platform reads it. */
const claim = (payload: Record<string, unknown>, name: string): unknown =>
  name in payload
    ? payload[name]
    : name.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], payload);

/** The platform role a claim names: a string, or the one platform role in a list (ADMIN wins, as on the server). */
const roleOf = (value: unknown): string | null => {
  const names = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string').map((v) => v.toUpperCase());
  const platform = names.filter((n) => ROLES.includes(n));
  return platform.includes('ADMIN') ? 'ADMIN' : platform.length === 1 ? platform[0]! : null;
};

/** Reads the JWT's claims for display and navigation only; the platform checks the token on every request. */
export const claimsOf = (token: string, names: ClaimNames = DEVELOPMENT_CLAIMS): Session | null => {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))),
    ) as Record<string, unknown>;
    const role = roleOf(claim(json, names.role));
    if (!role) return null;
    const province = claim(json, names.province);
    return { token, role, province: typeof province === 'string' ? province : null, subject: String(json['sub'] ?? '') };
  } catch {
    return null;
  }
};

const restore = (): Session | null => {
  const token = globalThis.sessionStorage?.getItem(TOKEN_KEY);
  if (!token) return null;
  try {
    const saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Session | null;
    if (saved?.token === token) return saved;
  } catch {
    // a damaged entry: read the token again below
  }
  return claimsOf(token);
};

export const session = signal<Session | null>(restore());

export const signIn = (value: Session) => {
  sessionStorage.setItem(TOKEN_KEY, value.token);
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(value));
  session.value = value;
};

export const signOut = () => {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(SESSION_KEY);
  session.value = null;
};

/** The provider's sign-out (RP-initiated logout) for a session signed in there, back to the platform's start page. */
export const providerSignOutUrl = (provider: NonNullable<Session['provider']>, origin = location.origin): string => {
  const url = new URL(provider.endSession);
  url.searchParams.set('client_id', provider.clientId);
  url.searchParams.set('id_token_hint', provider.idToken);
  url.searchParams.set('post_logout_redirect_uri', new URL('/', origin).href);
  return url.href;
};
