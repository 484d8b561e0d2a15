import { signal } from '@preact/signals';

/** The signed-in token, kept for this browser tab only (sessionStorage), and what it claims. */
export interface Session {
  readonly token: string;
  readonly role: string;
  readonly province: string | null;
  readonly subject: string;
}

const KEY = 'monitor.token';

/** Reads the JWT's claims for display only; the platform checks the signature on every request. */
export const claimsOf = (token: string): Session | null => {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    if (typeof json['role'] !== 'string') return null;
    const province = typeof json['province'] === 'string' ? json['province'] : null;
    return { token, role: json['role'], province, subject: String(json['sub'] ?? '') };
  } catch {
    return null;
  }
};

const restore = (): Session | null => {
  const token = sessionStorage.getItem(KEY);
  return token ? claimsOf(token) : null;
};

export const session = signal<Session | null>(restore());

export const signIn = (value: Session) => {
  sessionStorage.setItem(KEY, value.token);
  session.value = value;
};

export const signOut = () => {
  sessionStorage.removeItem(KEY);
  session.value = null;
};
